import { type PeriodLike, periodOrder } from '../../contract/periods.ts'
// Before and after the SEND and AP Change Programme (started 2023) for each kind of period.
// "Before" keeps only periods in the same series as the first "after" period (after the last
// series break), so that a change of data collection is not read as an effect of the programme.

export type Window = 'before' | 'after' | 'excluded'

/** The first period counted as "after" the programme started, by kind of period. */
const FIRST_AFTER: Record<PeriodLike['kind'], string> = {
  january: '202324', // January 2024: the first census after the programme's first year began
  calendar_year: '2023',
  academic_year: '202324',
  term: '202324-autumn',
  neet_year: '2024',
  financial_year: '202324',
  month: '2023-09',
  year_to_month: '2024-08',
}

export function programmeWindows(periods: readonly PeriodLike[], breaks: ReadonlyArray<{ from: string }>): Map<string, Window> {
  const windows = new Map<string, Window>()
  if (periods.length === 0) return windows
  const kind = periods[0]!.kind
  const order = (id: string) => periodOrder({ id, kind })
  const firstAfter = order(FIRST_AFTER[kind])
  const seriesStart = Math.max(-Infinity, ...breaks.map((b) => order(b.from)).filter((o) => o <= firstAfter))
  for (const p of periods) {
    const o = order(p.id)
    windows.set(p.id, o >= firstAfter ? 'after' : o >= seriesStart ? 'before' : 'excluded')
  }
  return windows
}
