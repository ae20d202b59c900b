// Area SEND inspections (Ofsted and CQC) as the pages say them: facts, never ranked values.
// - An LA: its latest inspection (of a council it replaced, labelled, where it has none of its
//   own), with the outcome in the inspectorates' own words, the framework, the dates, how long ago
//   the report was published, the next inspection the report announces and a link to the report
//   (or to the council's page on Ofsted's reports site); then the earlier ones.
// - England and a region: how many of its councils' latest inspections had each outcome, a count of
//   facts side by side, never an order of councils.
// The files hold inspections up to a date (their sources' periods), so every view says which
// inspections it can show: a later one may have been published since.
import { areas, inspections, source } from './site-data.ts'
import { sourceLine } from './source-line.ts'
import { ageText, referenceDate, referenceSentence } from './data-date.ts'
import { longDate } from './words.ts'
import { MONTHS } from '../contract/periods.ts'
import type { AreaSendInspection, AreaSummary, LaInspections, Source } from '../contract/schemas.ts'

const FRAMEWORK = {
  '2016': 'the 2016 framework',
  '2023': 'the framework introduced in 2023',
} as const

interface InspectionLink {
  href: string
  text: string
}

/** One inspection in words. */
interface InspectionEntry {
  /** "Under the framework introduced in 2023: “Inconsistent experiences and outcomes”." */
  outcome: string
  /** The report's paragraph on the outcome, where a file holds it, with who took it from the report. */
  words: { text: string; by: string } | null
  /** "Inspected 23 to 27 June 2025; report published 15 August 2025." */
  dates: string
  /** "The report was published 1 year and 4 months ago." */
  age: string | null
  /** The next inspection the report announces, in words. */
  next: string | null
  links: InspectionLink[]
  /** The council it was of, where it was a council the LA replaced. */
  of: string | null
}

export interface LaInspectionView {
  kind: 'la'
  latest: InspectionEntry | null
  /** This LA's earlier inspections and those of the councils it replaced, newest first. */
  earlier: InspectionEntry[]
  /** Why there is no inspection to show, if so. */
  none: string | null
  /** The council's page on Ofsted's reports site, where every report on it is. */
  ofstedPage: InspectionLink | null
  /** The plain line for the summary: the latest outcome and its age, or why there is none. */
  summary: string
  coverage: string
  reference: string
  /** The sources of what is shown: ids, and the short line naming them. */
  sources: string[]
  source: string
}

/** One outcome and how many councils' latest inspections had it. */
export interface OutcomeCount {
  outcome: string
  count: number
  /** The councils, for a region (England's list would be too long to read). */
  councils: string[]
}

export interface SummaryInspectionView {
  kind: 'summary'
  /** How many councils the counts cover. */
  total: number
  /** Latest inspection under the framework introduced in 2023, by outcome. */
  latest2023: OutcomeCount[]
  /** Not yet inspected under it: the latest under the 2016 framework, by its outcome. */
  latest2016: OutcomeCount[]
  none: OutcomeCount
  /** Councils whose latest inspection is of a council they replaced. */
  ofPredecessor: string[]
  /** The words counted for an inspection whose outcome the files do not give (not Ofsted's). */
  notTaken: string
  summary: string
  coverage: string
  reference: string
  sources: string[]
  source: string
}

export type InspectionView = LaInspectionView | SummaryInspectionView

/** The 2023 framework's outcomes in Ofsted's words, in the framework's order. */
const OUTCOMES_2023 = [
  'Typically positive experiences and outcomes',
  'Inconsistent experiences and outcomes',
  'Widespread and/or systemic failings',
] as const
const NOT_TAKEN = 'Outcome not in the files (the report gives it)'
const STATEMENT = { yes: 'Written statement of action required', no: 'No written statement of action required' } as const
const NO_INSPECTION = 'No inspection in the files used here'

const inspectionsOf = (r: LaInspections): AreaSendInspection[] => [...r.inspections, ...r.predecessors.flatMap((p) => p.inspections)]
/** The files an inspection's record draws on: the one it is taken from, and any other that records it. */
const sourcesOf = (i: AreaSendInspection): string[] => [i.source, ...(i.alsoIn ?? []).map((a) => a.source)]

/** "January 2017". */
const monthText = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

/** "23 to 27 June 2025", "28 February to 4 March 2025", "29 December 2025 to 2 January 2026". */
export function dayRange(from: string, to: string): string {
  const [a, b] = [longDate(from).split(' '), longDate(to).split(' ')]
  if (from === to) return longDate(from)
  if (a[2] !== b[2]) return `${longDate(from)} to ${longDate(to)}`
  return a[1] === b[1] ? `${a[0]} to ${longDate(to)}` : `${a[0]} ${a[1]} to ${longDate(to)}`
}

/** The outcome as published: the 2023 framework's words quoted; under 2016, whether a written statement of action was required. */
function outcomeText(i: AreaSendInspection): string {
  if (i.framework === '2023') {
    const plan = i.priorityActionPlan === undefined ? '' : `; priority action plan required: ${i.priorityActionPlan ? 'yes' : 'no'}`
    return i.outcome
      ? `“${i.outcome}”${plan}`
      : `the outcome is not in the files used here (the table’s makers could not take it from the report); the report gives it${plan}`
  }
  const statement = `written statement of action required: ${i.writtenStatementRequired ? 'yes' : 'no'}`
  if (!i.revisit) return statement
  const when = i.revisit.published ? `report published ${longDate(i.revisit.published)}` : `in ${monthText(i.revisit.month!)}`
  return `${statement}; at the revisit (${when}), sufficient progress in addressing all significant weaknesses: ${i.revisit.sufficientProgressOnAll.toLowerCase()}`
}

function datesText(i: AreaSendInspection): string {
  const inspected = i.started
    ? i.ended
      ? `Inspected ${dayRange(i.started, i.ended)}`
      : `Inspection started ${longDate(i.started)}`
    : i.month
      ? `Inspected in ${monthText(i.month)} (the files give the month only)`
      : 'The inspection dates are not in the files used here'
  return `${inspected}${i.published ? `; report published ${longDate(i.published)}` : ''}.`
}

function ageOf(i: AreaSendInspection, reference: string): string {
  if (i.published) return `The report was published ${ageText(i.published, reference)} ago.`
  const from = i.started ?? `${i.month!}-01`
  return `The inspection was ${ageText(from, reference)} ago.`
}

/** "a monitoring inspection within about 18 months (by about 3 August 2026)". */
function nextText(i: AreaSendInspection): string | null {
  if (!i.next) {
    if (i.framework === '2023' && i.outcomeText)
      return 'The files do not give the next inspection: the report’s words above say when it is due.'
    return i.framework === '2016' ? 'The files used here give no date for the next inspection.' : null
  }
  const within = i.next.within.replace(/^(\d+) /, 'about $1 ')
  const by = i.next.by ? ` (by about ${longDate(i.next.by)}, counted from the first day of this one)` : ''
  return i.next.kind === 'monitoring'
    ? `Next: a monitoring inspection within ${within}${by}, as the report announces.`
    : `Next: a full inspection within ${within}${by}, as the report announces.`
}

function entry(i: AreaSendInspection, of: string | null, reference: string | null): InspectionEntry {
  const s = source(i.source)
  return {
    outcome: `${of ? `Inspection of ${of}, before it was replaced. ` : ''}Under ${FRAMEWORK[i.framework]}: ${outcomeText(i)}.`,
    words: i.outcomeText ? { text: i.outcomeText, by: publisherOf(s) } : null,
    dates: datesText(i),
    age: reference ? ageOf(i, reference) : null,
    next: reference ? nextText(i) : null,
    links: i.report ? [{ href: i.report, text: 'Read the report (PDF, on Ofsted’s website)' }] : [],
    of,
  }
}

/** Who took the outcome from the report: "Data to Insight (D2I)". */
function publisherOf(s: Source): string {
  return /extract prepared by (.+?)(?: from |$)/.exec(s.publisher)?.[1] ?? s.publisher
}

/** The latest inspection an LA's pages show: its own, or (labelled) that of a council it replaced. */
function latestOf(r: LaInspections): { inspection: AreaSendInspection; of: string | null } | null {
  if (r.inspections[0]) return { inspection: r.inspections[0], of: null }
  const p = r.predecessors.find((x) => x.inspections.length > 0)
  return p ? { inspection: p.inspections[0]!, of: p.name } : null
}

/** Every file of inspections the site data holds. */
function inspectionSources(): Source[] {
  return [...new Set(Object.values(inspections()).flatMap((r) => inspectionsOf(r).flatMap(sourcesOf)))].sort().map(source)
}

/** "The files used here hold inspections from May 2016 to ...; .... A later inspection may have been published since, ..." */
function coverageText(list: readonly Source[]): string {
  const periods = list.map((s) => s.period.charAt(0).toLowerCase() + s.period.slice(1))
  return `The files used here hold ${periods.join('; ')}. A later inspection may have been published since, on Ofsted’s website.`
}

function laView(a: AreaSummary, record: LaInspections, reference: string): LaInspectionView {
  const latest = latestOf(record)
  const everyFile = inspectionSources()
  const shown = [...new Set([...inspectionsOf(record).flatMap(sourcesOf), ...(record.ofstedPageSource ? [record.ofstedPageSource] : [])])]
  const ids = shown.length > 0 ? shown : everyFile.map((s) => s.id)
  const earlier = [
    ...record.inspections.filter((i) => i !== latest?.inspection).map((i) => entry(i, null, null)),
    ...record.predecessors.flatMap((p) =>
      p.inspections
        .filter((i) => i !== latest?.inspection)
        .map((i) => {
          const e = entry(i, p.name, null)
          return { ...e, links: [...e.links, ...predecessorLinks(p)] }
        }),
    ),
  ]
  const first = latest ? entry(latest.inspection, latest.of, reference) : null
  const page = record.ofstedPage ? { href: record.ofstedPage, text: `Every report on ${a.name} on Ofsted’s website` } : null
  return {
    kind: 'la',
    latest: first,
    earlier,
    none: latest ? null : (record.none ?? 'No area SEND inspection is in the files used here.'),
    ofstedPage: page,
    summary: latest
      ? `Latest area SEND inspection${latest.of ? ` (of ${latest.of}, before ${a.name} was formed)` : ''}: under ${FRAMEWORK[latest.inspection.framework]}, ${outcomeText(latest.inspection)}. ${datesText(latest.inspection)} ${ageOf(latest.inspection, reference)}`
      : (record.none ?? 'No area SEND inspection is in the files used here.'),
    coverage: coverageText(everyFile),
    reference: referenceSentence(reference),
    sources: ids,
    source: sourceLine(ids.map(source), { short: true }),
  }
}

function predecessorLinks(p: LaInspections['predecessors'][number]): InspectionLink[] {
  return p.ofstedPage ? [{ href: p.ofstedPage, text: `Reports on ${p.name} on Ofsted’s website` }] : []
}

/** The outcome an LA's latest inspection is counted under. */
export function latestOutcome(r: LaInspections): string {
  // The words the England and regional counts use: Ofsted's for the 2023 framework.
  const latest = latestOf(r)?.inspection
  if (!latest) return NO_INSPECTION
  if (latest.framework === '2023') return latest.outcome ?? NOT_TAKEN
  return latest.writtenStatementRequired ? STATEMENT.yes : STATEMENT.no
}

function summaryView(a: AreaSummary, reference: string): SummaryInspectionView {
  const councils = areas('la').filter((la) => a.type === 'england' || la.regionCode === a.code)
  const records = inspections()
  const byOutcome = new Map<string, string[]>()
  for (const la of councils) {
    const outcome = latestOutcome(records[la.code]!)
    byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), la.name])
  }
  const count = (outcome: string): OutcomeCount => {
    const names = [...(byOutcome.get(outcome) ?? [])].sort((x, y) => x.localeCompare(y, 'en-GB'))
    // Councils named for a region, and wherever only a few share an outcome; in alphabetical order, never ranked.
    return {
      outcome,
      count: names.length,
      councils: a.type === 'region' || outcome === NOT_TAKEN || outcome === NO_INSPECTION ? names : [],
    }
  }
  const latest2023 = [...OUTCOMES_2023, NOT_TAKEN].map(count).filter((c) => c.outcome !== NOT_TAKEN || c.count > 0)
  const latest2016 = [STATEMENT.yes, STATEMENT.no].map(count)
  const none = count(NO_INSPECTION)
  const of2023 = latest2023.reduce((n, c) => n + c.count, 0)
  const of2016 = latest2016.reduce((n, c) => n + c.count, 0)
  const ofPredecessor = councils.filter((la) => latestOf(records[la.code]!)?.of).map((la) => la.name)
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
  const ids = inspectionSources().map((s) => s.id)
  return {
    kind: 'summary',
    total: councils.length,
    latest2023,
    latest2016,
    none,
    ofPredecessor,
    notTaken: NOT_TAKEN,
    summary:
      `Latest area SEND inspection of each of the ${councils.length} councils: ${of2023} under the framework introduced in 2023 (` +
      `${latest2023.map((c) => `${c.count} ${c.outcome === NOT_TAKEN ? `with the ${lower(c.outcome)}` : `“${lower(c.outcome)}”`}`).join(', ')}); ` +
      (of2016 > 0
        ? `${of2016} not yet inspected under it, whose latest is under the 2016 framework (${latest2016.map((c) => `${c.count} ${lower(c.outcome)}`).join(', ')})`
        : 'none not yet inspected under it') +
      `${none.count > 0 ? `; ${none.count} with no inspection in the files used here` : ''}.`,
    coverage: coverageText(inspectionSources()),
    reference: referenceSentence(reference),
    sources: ids,
    source: sourceLine(ids.map(source), { short: true }),
  }
}

export function inspectionView(a: AreaSummary): InspectionView | null {
  const reference = referenceDate()
  if (a.type === 'england' || a.type === 'region') return summaryView(a, reference)
  if (a.type !== 'la') return null
  const record = inspections()[a.code]
  return record ? laView(a, record, reference) : null
}
