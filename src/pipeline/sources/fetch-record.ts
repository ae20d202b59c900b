// What the fetch step did with each registered source, for the build's log, the site data
// (fetch.json, read by the data sources page) and dist/build-info/: which file each figure came
// from, which preferred source fell back and why, and how each source is kept up to date.
import type { FetchReport, Origin } from './fetch.ts'
import type { Source } from '../../contract/schemas.ts'
import type { SourceRecord } from '../../contract/schemas.ts'

function refreshOf(source: Source): Pick<SourceRecord, 'refresh' | 'how' | 'last_refreshed'> {
  const check = source.release_check
  const last_refreshed = source.last_refreshed ?? null
  if (!check) return { refresh: 'not_set', how: 'no release_check in data/sources.json', last_refreshed }
  switch (check.method) {
    case undefined:
    case 'ees':
      return { refresh: 'automatic', how: `Explore Education Statistics: ${check.publication}, release ${check.release}`, last_refreshed }
    case 'ons-dataset':
      return { refresh: 'automatic', how: `ONS dataset page ${check.dataset}, edition ${check.edition}`, last_refreshed }
    case 'github':
      return { refresh: 'automatic', how: `${check.repository}: ${check.path} at ${check.commit.slice(0, 10)}`, last_refreshed }
    case 'govuk':
      return { refresh: 'automatic', how: `GOV.UK page ${check.path}`, last_refreshed }
    case 'web-page':
      return { refresh: 'automatic', how: `data files linked from ${check.url}`, last_refreshed }
    case 'by-hand':
      return { refresh: 'by_hand', how: check.reason, last_refreshed }
    default:
      return { refresh: 'not_set', how: 'unknown release_check method', last_refreshed }
  }
}

export function fetchRecord(sources: readonly Source[], report: FetchReport): SourceRecord[] {
  return sources.map((source) => {
    const base = { id: source.id, title: source.title, kind: source.kind, sha256: source.sha256, ...refreshOf(source) }
    const fetched = report.fetched.find((f) => f.source.id === source.id)
    if (fetched) return { ...base, status: 'used', origin: fetched.origin, from: fetched.from }
    const fell = report.fellBack.find((f) => f.source.id === source.id)
    if (fell) return { ...base, status: 'fell_back', fallback: fell.fallback, why: fell.why, reason: source.fallback!.reason }
    const preferred = sources.find((s) => s.fallback?.source === source.id)
    return { ...base, status: 'not_needed', ...(preferred ? { instead: preferred.id } : {}) }
  })
}

export function fetchSummary(report: FetchReport): string {
  const by = (o: Origin) => report.fetched.filter((f) => f.origin === o).length
  const lines = [
    `  ${report.fetched.length} sources to read: ${by('download')} downloaded by URL, ${by('mirror')} from the mirror, ${by('cache')} already cached; every sha256 verified.`,
  ]
  for (const f of report.fellBack)
    lines.push(`  FALLBACK: ${f.source.id} was not obtained, so ${f.fallback} is read instead (${f.why.replace(/\.$/, '')}).`)
  return lines.join('\n')
}

/** dist/build-info/refresh-by-hand.md: the sources no automatic check watches, with their dates. */
export function refreshByHandMarkdown(records: readonly SourceRecord[]): string {
  const byHand = records.filter((r) => r.refresh !== 'automatic')
  const lines = ['# Sources refreshed by hand', '']
  if (byHand.length === 0) return `${lines.join('\n')}None: check-releases watches every source.\n`
  lines.push(
    'No publisher announces new versions of these in a way check-releases can follow. A maintainer checks them, updates',
    'data/sources.json (and the data release, for extracts) and sets last_refreshed.',
    '',
    '| Source | Last refreshed | Why by hand |',
    '|---|---|---|',
  )
  for (const r of byHand) lines.push(`| ${r.id} | ${r.last_refreshed ?? 'not recorded'} | ${r.how} |`)
  return `${lines.join('\n')}\n`
}
