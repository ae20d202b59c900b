// The page-building step of a build: Astro renders every page from finished site data into an
// output folder, and the site data's downloads are copied into its /data/. Used by
// ./dashboard build (into .build/next/dist, then swapped into dist/) and by ./dashboard test
// (a second build under a base path, for the link crawl).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BuildStepError } from '../src/pipeline/errors.ts'

export function buildPages(siteData: string, outDir: string, env: Readonly<Record<string, string>> = {}): void {
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', resolve(outDir)], {
    stdio: 'inherit',
    env: { ...process.env, ...env, SITE_DATA_DIR: resolve(siteData), ASTRO_TELEMETRY_DISABLED: '1' },
  })
  if (astro.status !== 0)
    throw new BuildStepError(`the page build (Astro) failed with exit ${astro.status ?? astro.signal}; see its output above`)
  const downloads = join(siteData, 'downloads')
  if (existsSync(downloads)) cpSync(downloads, join(outDir, 'data'), { recursive: true })
}
