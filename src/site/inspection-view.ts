// An LA's area SEND inspections (Ofsted and CQC) as the pages say them: a fact, never a ranked
// value. The outcome is given in the inspectorates' own words, with its framework and dates; the
// latest first, then the earlier ones and those of the councils an LA replaced. The files hold
// inspections up to a date (their sources' periods), so every view says which inspections it can
// show: a later one may have been published since.
import { inspections, source } from './site-data.ts'
import { sourceLine } from './source-line.ts'
import { listText, longDate } from './words.ts'
import type { AreaSendInspection, AreaSummary, LaInspections, Source } from '../contract/schemas.ts'

const FRAMEWORK = {
  '2016': 'the 2016 framework',
  '2023': 'the framework introduced in 2023',
} as const
const FRAMEWORK_SHORT = { '2016': '2016 framework', '2023': '2023 framework' } as const

/** The outcome as published: the 2023 framework's words quoted; under 2016, whether a written statement of action was required. */
function outcomeText(i: AreaSendInspection): string {
  if (i.framework === '2023')
    return `“${i.outcome}”${i.priorityActionPlan === undefined ? '' : `; priority action plan required: ${i.priorityActionPlan ? 'yes' : 'no'}`}`
  const statement = `written statement of action required: ${i.writtenStatementRequired ? 'yes' : 'no'}`
  return i.revisit
    ? `${statement}; at the revisit (report published ${longDate(i.revisit.published)}), sufficient progress in addressing all significant weaknesses: ${i.revisit.sufficientProgressOnAll.toLowerCase()}`
    : statement
}

/** "Under the 2016 framework, started 5 December 2016, report published 16 February 2017: written statement of action required: no." */
export function inspectionSentence(i: AreaSendInspection): string {
  return `Under ${FRAMEWORK[i.framework]}, started ${longDate(i.started)}, report published ${longDate(i.published)}: ${outcomeText(i)}.`
}

export interface InspectionView {
  /** The latest inspection shown, of this LA or (labelled) of a council it replaced. */
  latest: AreaSendInspection | null
  /** Its sentence, with the council's name where it was a predecessor's. */
  latestSentence: string | null
  /** This LA's own earlier inspections, newest first. */
  earlier: AreaSendInspection[]
  /** Inspections of the councils it replaced, before it was formed (all of them, when the latest is not a predecessor's). */
  predecessors: LaInspections['predecessors']
  /** Why there is no inspection to show, if so. */
  none: string | null
  /** The plain line for the summary: the latest outcome, or why there is none. */
  summary: string
  /** Which inspections the files hold, in words (from the sources' periods). */
  coverage: string
  /** The sources of the inspections shown (of every inspection file, where none is shown): ids, and the short line naming them. */
  sources: string[]
  source: string
}

const inspectionsOf = (r: LaInspections): AreaSendInspection[] => [...r.inspections, ...r.predecessors.flatMap((p) => p.inspections)]

/** Every file of inspections the site data holds. */
function inspectionSources(): Source[] {
  return [...new Set(Object.values(inspections()).flatMap((r) => inspectionsOf(r).map((i) => i.source)))].sort().map(source)
}

/** "The files used here hold inspections from May 2016 to ..., and inspections starting January to July 2023." */
function coverageText(inspectionSources: readonly Source[]): string {
  const periods = inspectionSources.map((s) => s.period.charAt(0).toLowerCase() + s.period.slice(1))
  return `The files used here hold ${listText(periods)}: a later inspection may have been published since, on Ofsted's website.`
}

export function inspectionView(a: AreaSummary): InspectionView | null {
  if (a.type !== 'la') return null
  const record = inspections()[a.code]
  if (!record) return null
  // A council formed since its predecessor's inspection shows that one, labelled as such.
  const predecessor = record.inspections.length > 0 ? null : (record.predecessors.find((p) => p.inspections.length > 0) ?? null)
  const latest = record.inspections[0] ?? predecessor?.inspections[0] ?? null
  const everyFile = inspectionSources()
  const shown = [...new Set(inspectionsOf(record).map((i) => i.source))]
  const ids = shown.length > 0 ? shown : everyFile.map((s) => s.id)
  const of = predecessor ? ` of ${predecessor.name}, before ${a.name} was formed` : ''
  const summary = latest
    ? `Latest area SEND inspection in the files used here${of}: ${FRAMEWORK_SHORT[latest.framework]}, report published ${longDate(latest.published)}; ${outcomeText(latest)}.`
    : (record.none ?? 'No area SEND inspection is in the files used here.')
  return {
    latest,
    latestSentence: latest
      ? `${predecessor ? `Inspection of ${predecessor.name}, before ${a.name} was formed. ` : ''}${inspectionSentence(latest)}`
      : null,
    earlier: record.inspections.slice(1),
    predecessors: predecessor
      ? record.predecessors.map((p) => (p === predecessor ? { ...p, inspections: p.inspections.slice(1) } : p))
      : record.predecessors,
    none: latest ? null : (record.none ?? 'No area SEND inspection is in the files used here.'),
    summary,
    coverage: coverageText(everyFile),
    sources: ids,
    source: sourceLine(ids.map(source), { short: true }),
  }
}
