// The area SEND inspections from everything read: Ofsted's workbook of the 2016 framework (with its
// notes on councils since replaced), Ofsted's management information of early 2023, D2I's table of
// inspections under the framework introduced in 2023 and D2I's lookup of Ofsted provider numbers.
// Where two files record the same inspection, the one that links the report is preferred; the
// differences found between them are added to that file's accounts.
import type { Geography } from '../geography/areas.ts'
import { factsOfFormat, type ReadAll } from '../read/read-sources.ts'
import { buildInspections } from './area-send.ts'
import type { LaInspections, Source } from '../../contract/schemas.ts'

/** Formats of inspection files, the preferred first where two record the same inspection. */
const PREFERENCE = ['d2i-area-send-inspections', 'area-send-inspections-mi', 'area-send-inspections-ods'] as const

/** "inspections from May 2016 to ..., and ...": what the inspection files hold, from their registered periods. */
function coverageOf(sources: readonly Source[]): string {
  return sources.map((s) => s.period.charAt(0).toLowerCase() + s.period.slice(1)).join('; ')
}

export function inspectionsFromSources(read: ReadAll, used: readonly Source[], g: Geography): Record<string, LaInspections> {
  const files = PREFERENCE.flatMap((format) => factsOfFormat(read.facts, format))
  const providers = factsOfFormat(read.facts, 'd2i-ofsted-providers')[0]
  const { byLa, notes } = buildInspections(
    {
      facts: files.flatMap((f) => f.facts),
      preference: files.map((f) => f.source),
      ...(providers ? { providers } : {}),
    },
    g,
    coverageOf(used.filter((s) => files.some((f) => f.source === s.id))),
  )
  const preferred = read.accounts.find((a) => a.source === files[0]?.source)
  preferred?.checks.push(...notes)
  return byLa
}
