// The embed generator's workers lower their own priority so that Astro, which renders on one
// thread, gets the processor first: only the calling thread changes, not the process.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'

/** The nice value in a thread's /proc stat line (field 19). */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])

describe.runIf(existsSync('/proc/thread-self'))('lowerThreadPriority', () => {
  it("lowers the calling worker thread's priority and leaves the rest of the process as it was", async () => {
    const before = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))
    const module = JSON.stringify(resolve('src/build-output/thread-priority.ts'))
    const worker = new Worker(
      `import(${module}).then(({ lowerThreadPriority }) => {
         const lowered = lowerThreadPriority()
         require('node:worker_threads').parentPort.postMessage({ lowered, stat: require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8') })
       })`,
      { eval: true },
    )
    const reply = await new Promise<{ lowered: boolean; stat: string }>((got, fail) => worker.once('message', got).once('error', fail))
    await worker.terminate()
    expect(reply.lowered).toBe(true)
    expect(niceOf(reply.stat)).toBe(Math.min(19, before + 10))
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(before)
  })
})
