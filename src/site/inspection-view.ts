// An LA's area SEND inspections (Ofsted and CQC) as the pages say them: a fact, never a ranked
// value. The outcome is given in the inspectorates' own words, with its framework and dates; the
// latest first, then the earlier ones and those of the councils an LA replaced.
import type { AreaSendInspection, AreaSummary, LaInspections } from '../pipeline/site-data/types.ts'
import { inspections, source } from './site-data.ts'
import { sourceLine } from './source-line.ts'
import { longDate } from './words.ts'

const FRAMEWORK = {
  '2016': 'the 2016 framework',
  '2023': 'the framework introduced in 2023',
} as const
const FRAMEWORK_SHORT = { '2016': '2016 framework', '2023': '2023 framework' } as const

/** The outcome as published: the 2023 framework's words quoted; under 2016, whether a written statement of action was required. */
export function outcomeText(i: AreaSendInspection): string {
  if (i.framework === '2023')
    return `“${i.outcome}”${i.priorityActionPlan === undefined ? '' : `; priority action plan required: ${i.priorityActionPlan ? 'yes' : 'no'}`}`
  const statement = `written statement of action required: ${i.writtenStatementRequired ? 'yes' : 'no'}`
  return i.revisit
    ? `${statement}; at the revisit (report published ${longDate(i.revisit.published)}), sufficient progress in addressing all significant weaknesses: ${i.revisit.sufficientProgressOnAll.toLowerCase()}`
    : statement
}

/** "Area SEND inspection under the 2016 framework, report published 16 February 2017: ..." */
export function inspectionSentence(i: AreaSendInspection): string {
  return `Area SEND inspection under ${FRAMEWORK[i.framework]}, started ${longDate(i.started)}, report published ${longDate(i.published)}: ${outcomeText(i)}.`
}

export interface InspectionView {
  /** This LA's own inspections, newest first. */
  own: AreaSendInspection[]
  /** Inspections of the councils it replaced, before it was formed. */
  predecessors: LaInspections['predecessors']
  /** Why there is no inspection to show, if so. */
  none: string | null
  /** The plain line for the summary: the latest outcome, or "No area SEND inspection published". */
  summary: string
  /** The sources of the inspections shown: ids, and the short line naming them. */
  sources: string[]
  source: string | null
}

export function inspectionView(a: AreaSummary): InspectionView | null {
  if (a.type !== 'la') return null
  const record = inspections()[a.code]
  if (!record) return null
  // A council formed since its predecessor's inspection shows that one, labelled as such.
  const predecessor = record.inspections.length > 0 ? null : (record.predecessors.find((p) => p.inspections.length > 0) ?? null)
  const latest = record.inspections[0] ?? predecessor?.inspections[0] ?? null
  const sources = [...new Set([...record.inspections, ...record.predecessors.flatMap((p) => p.inspections)].map((i) => i.source))]
  const summary = latest
    ? `Area SEND inspection${predecessor ? ` of ${predecessor.name}, before ${a.name} was formed` : ''} (${FRAMEWORK_SHORT[latest.framework]}), published ${longDate(latest.published)}: ${outcomeText(latest)}.`
    : 'No area SEND inspection published.'
  return {
    own: record.inspections,
    predecessors: record.predecessors,
    none: latest ? null : (record.none ?? 'No area SEND inspection is in the files used here.'),
    summary,
    sources,
    source: sources.length > 0 ? sourceLine(sources.map(source), { short: true }) : null,
  }
}
