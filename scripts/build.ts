// ./dashboard build: fetch the sources, run the pipeline, build the pages, and only then replace
// dist/. Everything is built in .build/next/; if any step fails, dist/ is left exactly as it was.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { BuildStepError } from '../src/pipeline/errors.ts'
import { runPipeline } from '../src/pipeline/run.ts'

const NEXT = '.build/next'
const DIST = 'dist'
const SITE_DATA = '.build/site-data'

await runMain(async () => {
  const started = performance.now()
  rmSync(NEXT, { recursive: true, force: true })
  const siteData = join(NEXT, 'site-data')
  const nextDist = join(NEXT, 'dist')
  mkdirSync(NEXT, { recursive: true })

  await runPipeline({ outDir: siteData })

  process.stderr.write('Building pages with Astro\n')
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(nextDist)], {
    stdio: 'inherit',
    env: { ...process.env, SITE_DATA_DIR: resolve(siteData), ASTRO_TELEMETRY_DISABLED: '1' },
  })
  if (astro.status !== 0) throw new BuildStepError(`the page build (Astro) failed with exit ${astro.status ?? astro.signal}; see its output above`)

  const downloads = join(siteData, 'downloads')
  if (existsSync(downloads)) cpSync(downloads, join(nextDist, 'data'), { recursive: true })

  // Swap: the old site stays in place until the new one is complete.
  const previous = '.build/previous-dist'
  rmSync(previous, { recursive: true, force: true })
  if (existsSync(DIST)) renameSync(DIST, previous)
  renameSync(nextDist, DIST)
  rmSync(previous, { recursive: true, force: true })
  // Keep the site data of the published build for ./dashboard report.
  rmSync(SITE_DATA, { recursive: true, force: true })
  renameSync(siteData, SITE_DATA)
  process.stderr.write(`Site built into ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
})
