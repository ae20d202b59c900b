// The Change Programme page's view: from the evaluation in the site data to what the page shows,
// claim by claim (a verdict and the one number behind it), then outcome by outcome (primary
// outcomes before secondary ones): a few plain sentences, each comparison's event study as a chart
// and a table, and each partnership's effect. Pure: it takes the site data and the metrics it
// needs, so tests can hand it a small evaluation of their own.
import type { EventStudyInput, EventStudyRule } from '../charts/event-study-chart.ts'
import { fractionalYear } from '../charts/time-axis.ts'
import type {
  ChangeProgramme,
  ClaimVerdict,
  ComparisonResult,
  OutcomeResult,
  OutcomeVerdict,
  PartnershipEffect,
  PeriodEstimate,
  Placebo,
  ProgrammeComparison,
  Tested,
} from '../contract/change-programme.ts'
import type { AreaSummary, MetricInfo, PeriodInfo } from '../contract/schemas.ts'
import {
  differenceUnit,
  placeboText,
  pNumber,
  rangeNumbers,
  signedNumber,
  sizeNumber,
  verdictWords,
  type VerdictWords,
} from './programme-words.ts'
import { routes } from './routes.ts'
import { trendPeriod } from './trend.ts'
import { capitalise, listText } from './words.ts'

const COMPARISON_NAMES: Readonly<Record<ProgrammeComparison, { title: string; others: string }>> = {
  all_other_las: { title: 'Against all other LAs', others: 'all other LAs' },
  neighbours: { title: 'Against each pilot’s similar LAs', others: 'each pilot LA’s statistical neighbours outside the programme' },
}

export interface ClaimView {
  id: string
  claim: string
  verdict: OutcomeVerdict['verdict']
  words: VerdictWords
  /** The primary outcome the verdict rests on. */
  outcome: { title: string; anchor: string }
  secondary: Array<{ title: string; anchor: string; words: VerdictWords; verdict: OutcomeVerdict['verdict'] }>
  missing: ClaimVerdict['missing']
}

export interface PeriodRow {
  /** "January 2024 (programme year 1)", "January 2023 (base)", "Summer term 2019/20 (COVID-19)". */
  period: string
  difference: string
  range: string
  /** "32 / 117": pilot and comparison LAs with both figures. */
  areas: string
  base: boolean
}

/** One test of a comparison, as a table row; a test that could not be made says why. */
export interface TestRow {
  test: string
  difference: string
  range: string
  p: string
}

export interface ComparisonView {
  comparison: ProgrammeComparison
  title: string
  tests: TestRow[]
  testsCaption: string
  /** The pre-trend test's windows and result, in a sentence. */
  preTrend: string | null
  chart: { src: string; alt: string }
  rows: PeriodRow[]
  caption: string
}

export interface OutcomeView {
  metric: MetricInfo
  anchor: string
  role: OutcomeResult['role']
  /** "Primary outcome of “Fewer exclusions”". */
  claims: string
  /** The outcome's verdict, with the one number behind it. */
  reading: (VerdictWords & { verdict: OutcomeVerdict['verdict'] }) | null
  /** What each LA's change is measured from, and how many LAs have figures; or why there is no comparison. */
  context: string
  /** The series changes and COVID-19 terms the charts mark, in a sentence; null when there are none. */
  breaks: string | null
  comparisons: ComparisonView[]
  partnerships: Array<{ partnership: string; effect: string; range: string; p: string; las: string }>
}

export interface ProgrammeView {
  claims: ClaimView[]
  primary: OutcomeView[]
  secondary: OutcomeView[]
  partnerships: Array<{ partnership: string; las: AreaSummary[] }>
}

const outcomeAnchor = (metric: string): string => `outcome-${metric}`

const allVerdicts = (data: ChangeProgramme): Map<string, OutcomeVerdict> =>
  new Map(data.claims.flatMap((c) => [[c.metric, c] as const, ...c.secondary.map((s) => [s.metric, s] as const)]))

export function programmeView(data: ChangeProgramme, metricOf: (id: string) => MetricInfo, las: readonly AreaSummary[]): ProgrammeView {
  const outcomes = new Map(data.outcomes.map((o) => [o.metric, o]))
  const verdicts = allVerdicts(data)
  const claims = data.claims.map((c): ClaimView => {
    const m = metricOf(c.metric)
    return {
      id: c.id,
      claim: c.claim,
      verdict: c.verdict,
      words: verdictWords(c, m, outcomes.get(c.metric), data),
      outcome: { title: m.title, anchor: outcomeAnchor(c.metric) },
      secondary: c.secondary.map((s) => ({
        title: metricOf(s.metric).title,
        anchor: outcomeAnchor(s.metric),
        verdict: s.verdict,
        words: verdictWords(s, metricOf(s.metric), outcomes.get(s.metric), data),
      })),
      missing: c.missing,
    }
  })
  const views = data.outcomes.map((o) => outcomeView(o, metricOf(o.metric), data, verdicts.get(o.metric)))
  const pilots = las.filter((a) => a.partnership)
  return {
    claims,
    primary: views.filter((v) => v.role === 'primary'),
    secondary: views.filter((v) => v.role === 'secondary'),
    partnerships: [...new Set(pilots.map((a) => a.partnership!))].sort().map((partnership) => ({
      partnership,
      las: pilots.filter((a) => a.partnership === partnership),
    })),
  }
}

function claimNames(o: OutcomeResult, data: ChangeProgramme): string {
  const quoted = (id: string) => `“${data.claims.find((c) => c.id === id)!.claim}”`
  const own = o.claims.filter((id) => data.claims.find((c) => c.id === id)!.metric === o.metric)
  const others = o.claims.filter((id) => !own.includes(id))
  return [
    ...(own.length > 0 ? [`Primary outcome of ${listText(own.map(quoted))}`] : []),
    ...(others.length > 0 ? [`${own.length > 0 ? 'also checked' : 'Checked'} for ${listText(others.map(quoted))}`] : []),
  ].join('; ')
}

function outcomeView(o: OutcomeResult, m: MetricInfo, data: ChangeProgramme, verdict: OutcomeVerdict | undefined): OutcomeView {
  return {
    metric: m,
    anchor: outcomeAnchor(o.metric),
    role: o.role,
    claims: `${claimNames(o, data)}.`,
    reading: verdict ? { ...verdictWords(verdict, m, o, data), verdict: verdict.verdict } : null,
    context: context(o, m),
    breaks: breakWords(o, m),
    comparisons: o.comparisons.filter((c) => c.periods.length > 0).map((c) => comparisonView(o, c, m, data)),
    partnerships: o.partnerships.map((p: PartnershipEffect) => ({
      partnership: p.partnership,
      effect: signedNumber(p.estimate),
      range: rangeNumbers(p.low, p.high),
      p: pNumber(p.p),
      las: `${p.nPilot} pilot, ${p.nComparison} other`,
    })),
  }
}

const label = (m: MetricInfo, id: string) => m.periods.find((p) => p.id === id)?.label ?? id

/** "January 2023", or for termly figures "the same term of 2022/23". */
function baseWords(o: OutcomeResult, m: MetricInfo): string {
  if (o.kind === 'term' && o.basePeriods.length > 0)
    return `the same term of ${o.basePeriods[0]!.slice(0, 4)}/${o.basePeriods[0]!.slice(4, 6)}`
  return listText(o.basePeriods.map((id) => label(m, id)))
}

/** "Autumn term 2023/24 to Spring term 2024/25": the periods since the programme began. */
function spanWords(m: MetricInfo, ids: readonly string[]): string {
  const labels = ids.map((id) => label(m, id))
  return labels.length > 2 ? `${labels[0]} to ${labels.at(-1)}` : listText(labels)
}

function context(o: OutcomeResult, m: MetricInfo): string {
  const main = o.comparisons.find((c) => c.comparison === 'all_other_las')
  if (o.programmeYears === 0)
    return `No figures since the programme began: the published figures stop at ${m.periods.at(-1)?.label ?? 'an earlier period'}.`
  if (!main?.effect)
    return 'There is no published figure from just before the programme to measure each LA’s change from, so no comparison can be made yet.'
  const after = main.periods.filter((p) => p.programmeYear >= 1).map((p) => p.period)
  return `Each LA’s change is measured from ${baseWords(o, m)}, the last period before the programme; figures since it began: ${spanWords(m, after)}. ${main.effect.nPilot} pilot and ${main.effect.nComparison} other LAs have both.`
}

/** What a period of the event study is, beside its name. */
function periodNote(p: PeriodEstimate): string {
  if (p.period === p.base) return ' (base)'
  if (p.programmeYear >= 1) return ` (programme year ${p.programmeYear})`
  return p.flagged ? ' (COVID-19)' : ''
}

function testRows(c: ComparisonResult): TestRow[] {
  const none = (test: string, why: string): TestRow => ({ test, difference: why, range: '', p: '' })
  const row = (test: string, t: Tested | Placebo): TestRow => ({
    test,
    difference: signedNumber(t.estimate),
    range: rangeNumbers(t.low, t.high),
    p: pNumber(t.p),
  })
  const rows: TestRow[] = [
    c.effect ? row('Since the programme began', c.effect) : none('Since the programme began', 'no figures since the start'),
    c.effectWithoutFirstYear
      ? row('Without the first year', c.effectWithoutFirstYear)
      : none('Without the first year', 'only the first year is published'),
    c.preTrend ? row('Before the programme (pre-trend)', c.preTrend) : none('Before the programme (pre-trend)', 'no figures early enough'),
  ]
  const mde = c.effect?.minimumDetectableEffect
  if (mde !== null && mde !== undefined) rows.push({ test: 'Smallest detectable change', difference: sizeNumber(mde), range: '', p: '' })
  return rows
}

function comparisonView(o: OutcomeResult, c: ComparisonResult, m: MetricInfo, data: ChangeProgramme): ComparisonView {
  const names = COMPARISON_NAMES[c.comparison]
  const rows = c.periods.map((p): PeriodRow => ({
    period: `${label(m, p.period)}${periodNote(p)}`,
    difference: p.period === p.base ? '0' : signedNumber(p.estimate),
    range: p.period === p.base ? 'zero by definition' : rangeNumbers(p.low, p.high),
    areas: `${p.nPilot} / ${p.nComparison}`,
    base: p.period === p.base,
  }))
  return {
    comparison: c.comparison,
    title: names.title,
    tests: testRows(c),
    preTrend: c.preTrend && `The pre-trend test: ${placeboText(m, c.preTrend)}.`,
    testsCaption: `${m.title}: the tests, pilot LAs against ${names.others}, in ${differenceUnit(m)}`,
    chart: { src: routes.changeProgrammeChart(o.metric, c.comparison), alt: eventStudyLabel(o, c, m, data) },
    rows,
    caption: `${m.title}: each period, pilot LAs minus ${names.others}, change from the base period in ${differenceUnit(m)}`,
  }
}

/** The chart in one or two sentences: what is compared, and every difference after the start. */
function eventStudyLabel(o: OutcomeResult, c: ComparisonResult, m: MetricInfo, data: ChangeProgramme): string {
  const names = COMPARISON_NAMES[c.comparison]
  const before = c.periods.filter((p) => p.programmeYear < 0)
  const after = c.periods.filter((p) => p.programmeYear >= 1)
  const span =
    before.length > 0
      ? ` Before the programme the differences ran from ${signedNumber(Math.min(...before.map((p) => p.estimate)))} to ${signedNumber(Math.max(...before.map((p) => p.estimate)))}.`
      : ''
  const post =
    after.length > 0
      ? ` After it began: ${after.map((p) => `${label(m, p.period)} ${signedNumber(p.estimate)} (${rangeNumbers(p.low, p.high)})`).join('; ')}.`
      : ''
  return `Event study of ${m.title}: pilot LAs minus ${names.others}, in ${differenceUnit(m)}, each LA’s change measured from ${listText(o.basePeriods.map((id) => label(m, id)))}, ${label(m, c.periods[0]!.period)} to ${label(m, c.periods.at(-1)!.period)}; the programme began in September ${data.start.slice(0, 4)}.${span}${post}`
}

/** What a series break is, for its label on the chart. */
function breakLabel(note: string): string {
  return /SEN2/.test(note) ? 'SEN2 change' : /COVID/.test(note) ? 'COVID-19' : /statements/.test(note) ? 'EHC plans begin' : 'Series change'
}

/** The series changes and COVID-19 terms within the periods shown, in one sentence. */
function breakWords(o: OutcomeResult, m: MetricInfo): string | null {
  const shown = o.comparisons[0]?.periods ?? []
  if (shown.length === 0) return null
  const first = shown[0]!.period
  const flagged = shown.some((p) => p.flagged)
  const events = m.breaks
    .filter((b) => b.from > first)
    .map((b) => {
      const kind = breakLabel(b.note)
      if (kind === 'SEN2 change') return `the move of the SEN2 return to a record for each child (figures from ${label(m, b.from)})`
      if (kind === 'COVID-19') return flagged ? null : 'the COVID-19 school closures'
      if (/statements/.test(b.note)) return `the move from statements of SEN to EHC plans (figures from ${label(m, b.from)})`
      return `a change in what was counted (figures from ${label(m, b.from)})`
    })
    .filter((x): x is string => x !== null)
  if (flagged) events.push('the COVID-19 school closures (the shaded terms)')
  if (events.length === 0) return null
  return `${capitalise(listText([...new Set(events)]))} hit every LA at once, so they do not break this difference in differences: each LA’s change crosses them alike. They are marked on the charts.`
}

/** The chart of one comparison's event study. */
export function eventStudyInput(o: OutcomeResult, c: ComparisonResult, m: MetricInfo, data: ChangeProgramme): EventStudyInput {
  const infos = new Map(m.periods.map((p) => [p.id, p]))
  const periods = c.periods.map((p: PeriodEstimate) => {
    const info = infos.get(p.period) as PeriodInfo
    const t = trendPeriod(info)
    return {
      time: t.time,
      short: info.short,
      estimate: p.estimate,
      low: p.low,
      high: p.high,
      base: p.period === p.base,
      flagged: p.flagged,
    }
  })
  const first = c.periods[0]!.period
  const flagged = c.periods.some((p) => p.flagged)
  const ids = m.periods.map((p) => p.id)
  const rules: EventStudyRule[] = m.breaks.flatMap((b) => {
    const at = ids.findIndex((id) => id >= b.from)
    const text = breakLabel(b.note)
    // A break before the first period shown, or a COVID-19 break where the COVID-19 terms are shaded, draws nothing.
    if (at < 1 || b.from <= first || (text === 'COVID-19' && flagged)) return []
    const [before, after] = [trendPeriod(m.periods[at - 1]!), trendPeriod(m.periods[at]!)]
    return [{ time: (before.time + after.time) / 2, label: text, kind: 'break' as const }]
  })
  // The start between the last period before it and the first after it, so that its rule never hides a point.
  const lastBefore = periods.filter((_, i) => c.periods[i]!.programmeYear <= 0).at(-1)
  const firstAfter = periods.find((_, i) => c.periods[i]!.programmeYear >= 1)
  const start = lastBefore && firstAfter ? (lastBefore.time + firstAfter.time) / 2 : fractionalYear(data.start)
  rules.push({ time: start, label: 'Programme starts', kind: 'start' })
  return {
    id: `es-${o.metric}-${c.comparison}`,
    label: eventStudyLabel(o, c, m, data),
    unitLabel: `Pilot LAs minus ${c.comparison === 'all_other_las' ? 'other LAs' : 'neighbours'}, ${differenceUnit(m)}`,
    periods,
    rules,
  }
}
