// Before any browser test: stop early, with a clear message, if the site or the browser is missing.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export default function globalSetup(): void {
  const site = resolve(process.env['SITE_DIR'] ?? 'dist')
  if (!existsSync(resolve(site, 'index.html'))) {
    throw new Error(`No built site at ${site}/index.html. Build it first: ./dashboard build (or node scripts/build.ts).`)
  }
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    throw new Error(
      `No Chromium at ${chromium}. Run the browser tests through ./dashboard test, which installs it, or ./dashboard install-browser (or set CHROMIUM_PATH to another Chromium).`,
    )
  }
}
