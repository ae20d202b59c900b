// Placing towns and districts in LAs (place-index.ts) takes several seconds of geometry, and needs
// nothing the rest of the pipeline makes: the pipeline runs it in this worker thread, beside
// reading the sources and computing the metrics.
import { parentPort, Worker, workerData } from 'node:worker_threads'
import { BuildStepError } from '../errors.ts'
import { loadGeography } from '../geography/areas.ts'
import { buildPlaceIndex, type Place, type PlaceInputs } from './place-index.ts'

export type PlaceTask = Omit<PlaceInputs, 'geography' | 'towns'>
type PlaceReport = { places: Place[] } | { error: string }

/** Starts placing in a worker thread; the promise has the places, or the error that stopped it. */
export function placesInWorker(task: PlaceTask): Promise<Place[]> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: task })
    worker.once('message', (r: PlaceReport) =>
      'places' in r ? done(r.places) : fail(new BuildStepError(`placing towns and districts in LAs: ${r.error}`)),
    )
    worker.once('error', (e) => fail(new BuildStepError(`placing towns and districts in LAs: ${e.message}`)))
    worker.once('exit', (code) => code !== 0 && fail(new BuildStepError(`placing towns and districts in LAs stopped with exit ${code}`)))
  })
}

if (parentPort && (workerData as PlaceTask | undefined)?.boundariesPath) {
  let report: PlaceReport
  try {
    report = { places: buildPlaceIndex({ ...(workerData as PlaceTask), geography: loadGeography() }) }
  } catch (e) {
    report = { error: (e as Error).message }
  }
  parentPort.postMessage(report)
}
