// ./dashboard test: every test, in order of cost. Lint and format checks (ESLint, Prettier: checks
// only, `npm run format` rewrites), unit and integration tests (Vitest), the type check of pages
// and scripts (astro check), then the browser tests (Playwright with Debian's
// Chromium, tests/e2e/) against the built site, which is built first if dist/ is missing; last,
// the pages are built once more under a base path (SITE_BASE=/send-dashboard/, as GitHub Pages
// serves a project) and crawled, so that a link written without the base path fails.
// Stops at the first failing stage.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { pagesKey } from '../src/build-output/build-keys.ts'
import { noCache, setSiteKey, siteKey } from '../src/build-output/site-folders.ts'
import { buildPages } from './build-pages.ts'

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status ?? 1
}

// The link crawl holds every page's links and ids (about 18,000 pages): more than Node's default heap.
const BROWSER_TEST_ENV = { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`.trim() }

/** The browser tests need a built site; build it when there is none. */
function buildSiteIfMissing(): number {
  if (existsSync('dist/index.html')) return 0
  process.stderr.write('No built site in dist/: building it first (node scripts/build.ts).\n')
  return run(['scripts/build.ts'])
}

const BASE = '/send-dashboard/'
const BASE_SITE = '.build/dist-base'
const SITE_DATA = '.build/site-data'

/** The pages again, from the site data of the last build, served under BASE. */
async function buildUnderBase(): Promise<number> {
  if (!existsSync(`${SITE_DATA}/index.json`)) {
    const status = run(['scripts/build-data.ts'])
    if (status !== 0) return status
  }
  // Unchanged site data and page code: the base-path site of an earlier run is the same site.
  const key = pagesKey(SITE_DATA, { ...process.env, SITE_BASE: BASE })
  if (!noCache() && siteKey(BASE_SITE) === key) {
    process.stderr.write(`The pages under ${BASE} in ${BASE_SITE}/ were built from the same site data and page code: kept.\n`)
    return 0
  }
  // Otherwise buildPages brings the folder up to date, rewriting only the files that changed.
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

const stages: Array<{ name: string; args: string[]; env?: NodeJS.ProcessEnv; before?: () => number | Promise<number> }> = [
  { name: 'lint', args: ['node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'format check', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
  { name: 'unit and integration tests', args: ['node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'type check', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'browser tests', args: ['node_modules/@playwright/test/cli.js', 'test'], env: BROWSER_TEST_ENV, before: buildSiteIfMissing },
  {
    name: `link crawl of the site built under ${BASE}`,
    // Its own output folder, so that the first run's results (screenshots among them) are kept.
    args: ['node_modules/@playwright/test/cli.js', 'test', 'tests/e2e/links.spec.ts', '--output', 'test-results/base-path'],
    before: buildUnderBase,
    env: { ...BROWSER_TEST_ENV, SITE_DIR: BASE_SITE, SITE_BASE: BASE },
  },
]

for (const stage of stages) {
  process.stderr.write(`\n=== ${stage.name} ===\n`)
  const status = (await stage.before?.()) || run(stage.args, stage.env)
  if (status !== 0) {
    process.stderr.write(`\n${stage.name} failed.\n`)
    process.exit(status)
  }
}
process.stderr.write('\nAll tests passed.\n')
