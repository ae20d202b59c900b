// The built site's files checked without a browser or a server: every link and resource resolves
// to a file under the base path, every #fragment to an id on its page, every download holds what
// its name says, and every chart file carries its labels. `./dashboard test` runs it on dist/ and on
// the site built under /send-dashboard/.
//
//   node tests/site/check-site.ts [site folder, default dist] [base path, default SITE_BASE or /]
//
// SITE_URL: the site's own address, when the build wrote absolute addresses with it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chartLabelProblem } from './chart-labels.ts'
import { checkLinks } from './check-links.ts'
import { contentProblem } from './file-content.ts'

const SHOWN = 50

const root = process.argv[2] ?? 'dist'
const base = process.argv[3] ?? process.env['SITE_BASE'] ?? '/'
if (!existsSync(join(root, 'index.html'))) {
  process.stderr.write(`No built site at ${root}/index.html. Build it first: ./dashboard build.\n`)
  process.exit(1)
}

const started = performance.now()
const report = checkLinks({ root, base, siteUrl: process.env['SITE_URL'], fileChecks: [contentProblem, chartLabelProblem] })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const n = (x: number) => x.toLocaleString('en-GB')
const plural = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`

const lines = [
  `${root}/ under ${base}: ${n(report.files)} files, ${n(report.pages)} pages, ${n(report.checked)} links checked in ${seconds} s: ${plural(report.problems.length, 'problem')}.`,
  `Links to other hosts (not fetched): ${report.external.size} addresses.`,
  ...[...report.external].sort(([a], [b]) => a.localeCompare(b)).map(([url, times]) => `  ${url} (${n(times)})`),
]
if (report.unlinked.length > 0)
  lines.push(`Pages no other page links to (not an error): ${n(report.unlinked.length)}, e.g. ${report.unlinked.slice(0, 10).join(', ')}`)
process.stdout.write(`${lines.join('\n')}\n`)

if (report.problems.length > 0) {
  const shown = report.problems.slice(0, SHOWN).map((p) => `  ${p.where}: ${p.href === undefined ? '' : `${p.href}: `}${p.problem}`)
  const more = report.problems.length > SHOWN ? [`  ... and ${n(report.problems.length - SHOWN)} more`] : []
  process.stderr.write(
    `\n${shown.length === 1 ? 'The problem' : `The first ${shown.length} problems`} (page: address: what is wrong):\n${[...shown, ...more].join('\n')}\n`,
  )
  process.exit(1)
}
