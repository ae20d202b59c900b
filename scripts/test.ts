// ./dashboard test: every test, cheapest first, stopping at the first stage that fails. Lint and
// format checks (ESLint, Prettier: checks only, `npm run format` rewrites), unit tests, the type
// check of pages and scripts (astro check), integration tests (they read the mirror); then, on the
// built site (built first if dist/ is missing), the file check of every link, download and chart
// file (tests/site/), the same check on every page type built once more under a base path
// (SITE_BASE=/send-dashboard/, as GitHub Pages serves a project) from the committed site-data
// fixture, so that an address written without the base path fails, and last the browser tests
// (Playwright with Debian's Chromium, tests/e2e/) on each page template and a sample of areas.
// Prints each stage's time and the total.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { pagesKey } from '../src/build-output/build-keys.ts'
import { noCache, setSiteKey, siteKey } from '../src/build-output/site-folders.ts'
import { buildPages } from './build-pages.ts'

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }

function run(args: string[]): number {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env })
  return result.status ?? 1
}

/** The site checks and the browser tests need a built site; build it when there is none. */
function buildSiteIfMissing(): number {
  if (existsSync('dist/index.html')) return 0
  process.stderr.write('No built site in dist/: building it first (node scripts/build.ts).\n')
  return run(['scripts/build.ts'])
}

const BASE = '/send-dashboard/'
const BASE_SITE = '.build/dist-base'
// Every page type and download, for three LAs: an address is written by a page template, so the
// fixture finds a missing base path as the whole site would, in a tenth of the time.
const SITE_DATA = 'tests/fixtures/site-data'

/** The pages again, from the site-data fixture, served under BASE. */
async function buildUnderBase(): Promise<number> {
  // Unchanged site data and page code: the base-path site of an earlier run is the same site.
  const key = pagesKey(SITE_DATA, { ...process.env, SITE_BASE: BASE })
  if (!noCache() && siteKey(BASE_SITE) === key) {
    process.stderr.write(`The pages under ${BASE} in ${BASE_SITE}/ were built from the same site data and page code: kept.\n`)
    return 0
  }
  try {
    setSiteKey(BASE_SITE, null)
    await buildPages(SITE_DATA, BASE_SITE, { SITE_BASE: BASE })
    setSiteKey(BASE_SITE, key)
    return 0
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
}

interface Stage {
  name: string
  args: string[]
  /** Runs first; the stage fails if it returns non-zero. */
  before?: () => number | Promise<number>
}

const VITEST = 'node_modules/vitest/vitest.mjs'
const stages: Stage[] = [
  { name: 'lint', args: ['node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'format check', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
  { name: 'unused files, exports and dependencies', args: ['node_modules/knip/bin/knip.js'] },
  { name: 'unit tests', args: [VITEST, 'run', '--project', 'unit'] },
  { name: 'type check', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'integration tests', args: [VITEST, 'run', '--project', 'integration'] },
  // dist/ as built: under SITE_BASE when it is set.
  { name: 'site check of dist/', args: ['tests/site/check-site.ts', 'dist'], before: buildSiteIfMissing },
  { name: `site check of the pages built under ${BASE}`, args: ['tests/site/check-site.ts', BASE_SITE, BASE], before: buildUnderBase },
  { name: 'browser tests', args: ['node_modules/@playwright/test/cli.js', 'test'], before: buildSiteIfMissing },
]

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const times: string[] = []
const started = performance.now()
for (const stage of stages) {
  process.stderr.write(`\n=== ${stage.name} ===\n`)
  const stageStarted = performance.now()
  const status = (await stage.before?.()) || run(stage.args)
  times.push(`  ${stage.name}: ${seconds(performance.now() - stageStarted)}`)
  if (status !== 0) {
    process.stderr.write(`\n${times.join('\n')}\n\n${stage.name} failed, after ${seconds(performance.now() - started)}.\n`)
    process.exit(status)
  }
}
process.stderr.write(`\n${times.join('\n')}\n\nAll tests passed in ${seconds(performance.now() - started)}.\n`)
