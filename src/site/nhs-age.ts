// How old the NHS's figures are. The files hold NHS figures up to 2023, so a page that shows them
// says, for each kind of figure, the month of the latest one and how long before the data's date
// that was (src/site/data-date.ts), where it is more than a year: a parent should not read a
// three-year-old waiting time as today's.
import { ageText, referenceDate } from './data-date.ts'
import { themeLayout } from './site-data.ts'
import { longDate } from './words.ts'
import type { MetricInfo } from '../contract/schemas.ts'

/** A figure older than this many months is said to be old. */
const OLD_AFTER_MONTHS = 12

interface FiguresAge {
  /** One per kind of figure: "waiting for an autism assessment, June 2023: 3 years and 5 months old". */
  parts: string[]
  /** The whole sentence. */
  sentence: string
}

/** The last day of a monthly period's month: "2023-06" -> "2023-06-30". */
function monthEnd(id: string): string {
  const [y, m] = id.split('-').map(Number) as [number, number]
  return `${id}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** The age of the latest NHS figures of some measures, by their group on the theme page; null when none is old. */
export function nhsFiguresAge(measures: readonly MetricInfo[], reference: string = referenceDate()): FiguresAge | null {
  const nhs = measures.filter((m) => m.areaLevel !== 'la' && m.latest !== null)
  const byGroup = new Map<string, MetricInfo>()
  for (const m of nhs) if (!byGroup.has(m.group)) byGroup.set(m.group, m)
  const parts: string[] = []
  let old = false
  for (const [group, m] of byGroup) {
    const latest = m.periods.find((p) => p.id === m.latest)!
    if (latest.kind !== 'month' && latest.kind !== 'year_to_month') continue
    const end = monthEnd(latest.id)
    const title = themeLayout(m.theme).groups.find((g) => g.id === group)?.title ?? m.title
    const months = ageText(end, reference)
    old ||= monthsOld(end, reference) > OLD_AFTER_MONTHS
    parts.push(`${title.charAt(0).toLowerCase()}${title.slice(1)}, ${latest.label}: ${months} old`)
  }
  if (!old || parts.length === 0) return null
  return {
    parts,
    sentence: `These NHS figures are old. The latest in the files used here: ${parts.join('; ')}. Ages are counted to ${longDate(reference)}, the day the files used here were last brought up to date; the NHS may have published newer figures since. Each figure’s month is given beside it.`,
  }
}

function monthsOld(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + tm - fm
}
