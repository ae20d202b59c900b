// Each LA's Ofsted/CQC area SEND inspections, newest first: a fact on the LA page (the outcome in
// the inspectorates' words, the framework and the dates), never a ranked value. Councils formed
// since an inspection show their predecessor's, labelled as such. An inspection that two files
// record (Ofsted's management information and D2I's table of reports) is shown once, from the file
// that links its report, once the two are found to agree on its outcome. Each council gets the
// address of its page on Ofsted's reports site, from its Ofsted provider number.
import type { Geography } from '../geography/areas.ts'
import { SourceDataError } from '../errors.ts'
import type { OfstedProviders } from '../read/d2i-area-send-inspections.ts'
import type { AreaSendInspection, LaInspections } from '../../contract/schemas.ts'

/** Ofsted's reports site lists a council's reports under its provider number (category 44: local authorities). */
const ofstedPageOf = (urn: string): string => `https://reports.ofsted.gov.uk/provider/44/${urn}`

interface InspectionSources {
  /** Every inspection read, from every file. */
  facts: readonly AreaSendInspection[]
  /** Sources in order of preference where two record the same inspection (the first links the report). */
  preference: readonly string[]
  /** Ofsted provider numbers, and the source they come from. */
  providers?: { source: string; facts: OfstedProviders }
}

function noInspection(name: string, reorganised: boolean, coverage: string): string {
  return reorganised
    ? `No area SEND inspection of ${name} is in the files used here (${coverage}); Ofsted's statistics leave out the inspections of the councils it replaced.`
    : `No area SEND inspection of ${name} is in the files used here (${coverage}).`
}

/** When an inspection happened, for ordering: its report, else its first day, else its month. */
const inspectionDate = (i: AreaSendInspection): string => i.published ?? i.started ?? `${i.month!}-01`
const newestFirst = (a: AreaSendInspection, b: AreaSendInspection) => inspectionDate(b).localeCompare(inspectionDate(a))

/**
 * One record per inspection: records of the same LA with the same publication date are the same
 * inspection. Their outcomes must agree; the preferred file's fields are kept, and where the
 * files give different first days, a note says so.
 */
function mergeRecords(
  facts: readonly AreaSendInspection[],
  preference: readonly string[],
  nameOf: (code: string) => string,
): { inspections: AreaSendInspection[]; notes: string[] } {
  const rank = (s: string) => (preference.includes(s) ? preference.indexOf(s) : preference.length)
  const byKey = new Map<string, AreaSendInspection[]>()
  for (const f of facts) {
    const key = `${f.laCode}|${f.published ?? `${f.source}:${f.row}`}`
    byKey.set(key, [...(byKey.get(key) ?? []), f])
  }
  const notes: string[] = []
  const inspections = [...byKey.values()].map((records) => {
    const [kept, ...others] = [...records].sort((a, b) => rank(a.source) - rank(b.source))
    if (others.length === 0) return kept!
    for (const o of others) {
      if (o.framework !== kept!.framework || (o.outcome !== undefined && kept!.outcome !== undefined && o.outcome !== kept!.outcome))
        throw new SourceDataError(
          { file: kept!.source, row: kept!.row },
          `the inspection of ${nameOf(kept!.laCode)} published ${kept!.published} is "${kept!.outcome ?? kept!.framework}" here and "${o.outcome ?? o.framework}" in ${o.source}, row ${o.row}`,
        )
      if (o.started && kept!.started && o.started !== kept!.started)
        notes.push(
          `The inspection of ${nameOf(kept!.laCode)} published ${kept!.published} starts on ${kept!.started} in ${kept!.source} (row ${kept!.row}) and on ${o.started} in ${o.source} (row ${o.row}); the first is shown.`,
        )
    }
    const priorityActionPlan = kept!.priorityActionPlan ?? others.find((o) => o.priorityActionPlan !== undefined)?.priorityActionPlan
    return {
      ...kept!,
      ...(priorityActionPlan === undefined ? {} : { priorityActionPlan }),
      alsoIn: others.map((o) => ({ source: o.source, row: o.row })),
    }
  })
  return { inspections, notes }
}

export function buildInspections(
  sources: InspectionSources,
  g: Geography,
  coverage: string,
): { byLa: Record<string, LaInspections>; notes: string[] } {
  const { inspections, notes } = mergeRecords(sources.facts, sources.preference, (code) => g.byCode.get(code)?.name ?? code)
  const byLa = new Map<string, AreaSendInspection[]>()
  for (const f of inspections) byLa.set(f.laCode, [...(byLa.get(f.laCode) ?? []), f])
  const urnOf = sources.providers?.facts.urnOf
  const page = (code: string) => {
    const urn = urnOf?.get(code)
    return urn ? { ofstedPage: ofstedPageOf(urn) } : {}
  }
  const result: Record<string, LaInspections> = {}
  for (const la of g.las) {
    const own = (byLa.get(la.code) ?? []).sort(newestFirst)
    const predecessors = g.former
      .filter((f) => f.successorCodes.includes(la.code) && byLa.has(f.code))
      .map((f) => ({ code: f.code, name: f.name, inspections: byLa.get(f.code)!.sort(newestFirst), ...page(f.code) }))
    result[la.code] = {
      inspections: own,
      predecessors,
      none:
        own.length === 0 && predecessors.length === 0
          ? noInspection(
              la.name,
              g.former.some((f) => f.successorCodes.includes(la.code)),
              coverage,
            )
          : null,
      ...page(la.code),
      ...(urnOf?.has(la.code) ? { ofstedPageSource: sources.providers!.source } : {}),
    }
  }
  return { byLa: result, notes }
}
