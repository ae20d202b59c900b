// The measures the NHS publishes for its own areas, from everything read: DfE's lookup of LAs to
// NHS areas, the three NHS tables, and the ONS population aged 0 to 17 (for rates per 1,000).
import { ConfigError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import type { ComputedMetric } from '../metrics/compute.ts'
import type { NhsMeasureDefinition } from '../metrics/definition.ts'
import { breakdownOf, type Observation } from '../read/observation.ts'
import { factsOfFormat, type ReadAll } from '../read/read-sources.ts'
import { nhsAreas, type NhsAreas } from './nhs-areas.ts'
import { computeNhsMeasure } from './nhs-measures.ts'

const POPULATION_SOURCE = 'ons-mye-2022'

/** Population aged 0 to 17 by area, from the single-year-of-age estimates. */
function under18Population(observations: readonly Observation[], source: string): Map<string, number> {
  const ages = new Set(Array.from({ length: 18 }, (_, age) => breakdownOf({ age: String(age) })))
  const total = new Map<string, number>()
  for (const o of observations) {
    if (o.source !== source || o.measure !== 'population' || !ages.has(o.breakdown) || o.value === null) continue
    total.set(o.areaCode, (total.get(o.areaCode) ?? 0) + o.value)
  }
  return total
}

export function nhsMeasuresFromSources(
  read: ReadAll,
  g: Geography,
  measures: readonly NhsMeasureDefinition[],
): { areas: NhsAreas; computed: Array<ComputedMetric & { definition: NhsMeasureDefinition }> } {
  const lookups = factsOfFormat(read.facts, 'nhs-la-lookup')
  if (lookups.length !== 1)
    throw new ConfigError(`data/sources.json: expected exactly one source of DfE's LA to NHS area lookup, found ${lookups.length}`)
  const areas = nhsAreas(lookups[0]!.facts, g)
  const rows = new Map<NhsMeasureDefinition['nhs']['table'], ReturnType<typeof factsOfFormat<'nhs-autism-waits'>>[number]['facts']>()
  for (const table of ['nhs-autism-waits', 'nhs-cyp-mental-health', 'nhs-community-waits'] as const)
    rows.set(
      table,
      factsOfFormat(read.facts, table).flatMap((f) => f.facts),
    )
  const tables = { rows, under18: under18Population(read.observations, POPULATION_SOURCE) }
  return { areas, computed: measures.map((def) => ({ ...computeNhsMeasure(def, tables, areas, g), definition: def })) }
}
