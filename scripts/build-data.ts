// ./dashboard build-data [dir]: run the data pipeline only, writing site data into dir
// (default .build/site-data). Useful when working on the pipeline without building pages.
import { rmSync } from 'node:fs'
import { runMain } from '../src/pipeline/cli.ts'
import { runPipeline } from '../src/pipeline/run.ts'

await runMain(async () => {
  const outDir = process.argv[2] ?? '.build/site-data'
  rmSync(outDir, { recursive: true, force: true })
  await runPipeline({ outDir })
  process.stderr.write(`Site data written to ${outDir}/\n`)
})
