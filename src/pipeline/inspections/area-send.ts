// Each LA's Ofsted/CQC area SEND inspections, newest first: a fact on the LA page (the outcome in
// the inspectorates' words, the framework and the dates), never a ranked value. Councils formed
// since an inspection show their predecessor's, labelled as such.
import type { Geography } from '../geography/areas.ts'
import type { AreaSendInspection, LaInspections } from '../../contract/schemas.ts'

function noInspection(name: string, reorganised: boolean): string {
  const files = 'inspections published by 31 October 2022, and those under the 2023 framework from January to July 2023'
  return reorganised
    ? `No area SEND inspection of ${name} is in the files used here (${files}); Ofsted's statistics leave out the inspections of the councils it replaced.`
    : `No area SEND inspection of ${name} is in the files used here (${files}).`
}

const newestFirst = (a: AreaSendInspection, b: AreaSendInspection) => b.published.localeCompare(a.published)

export function buildInspections(facts: readonly AreaSendInspection[], g: Geography): Record<string, LaInspections> {
  const byLa = new Map<string, AreaSendInspection[]>()
  for (const f of facts) byLa.set(f.laCode, [...(byLa.get(f.laCode) ?? []), f])
  const result: Record<string, LaInspections> = {}
  for (const la of g.las) {
    const inspections = (byLa.get(la.code) ?? []).sort(newestFirst)
    const predecessors = g.former
      .filter((f) => f.successorCodes.includes(la.code) && byLa.has(f.code))
      .map((f) => ({ code: f.code, name: f.name, inspections: byLa.get(f.code)!.sort(newestFirst) }))
    result[la.code] = {
      inspections,
      predecessors,
      none:
        inspections.length === 0 && predecessors.length === 0
          ? noInspection(
              la.name,
              g.former.some((f) => f.successorCodes.includes(la.code)),
            )
          : null,
    }
  }
  return result
}
