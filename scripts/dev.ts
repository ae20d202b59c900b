// ./dashboard dev [site-data] [astro dev options]: Astro's dev server on http://127.0.0.1:4321/,
// reading the committed site-data fixture (tests/fixtures/site-data/) unless another site-data
// folder is named, such as a full build's (.build/site-data). Nothing is fetched and the pipeline
// does not run, so it needs neither the data mirror nor a build. Pages reload as their code
// changes; the embed files, which a build writes after Astro, come from a dev-only route
// (src/pages/embed/). Options are passed to `astro dev` (e.g. --port 4400).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const folder = args[0] !== undefined && !args[0].startsWith('-') ? args.shift()! : 'tests/fixtures/site-data'
const siteData = resolve(folder)
if (!existsSync(join(siteData, 'index.json'))) {
  process.stderr.write(`No site data in ${siteData}/ (no index.json). Name a site-data folder, e.g. ./dashboard dev .build/site-data\n`)
  process.exit(1)
}
const defaults = [...(args.includes('--host') ? [] : ['--host', '127.0.0.1']), ...(args.includes('--port') ? [] : ['--port', '4321'])]
process.stderr.write(`Serving the pages from the site data in ${siteData}/\n`)

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...defaults, ...args], {
  stdio: 'inherit',
  env: { ...process.env, SITE_DATA_DIR: siteData, ASTRO_TELEMETRY_DISABLED: '1' },
})
// Ctrl-C in the terminal reaches both processes; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
