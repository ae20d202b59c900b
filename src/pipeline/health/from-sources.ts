// Gathers what the NHS figures need from everything read: DfE's lookup, the three NHS tables and
// the ONS population aged 0 to 17 (for rates per 1,000).
import { ConfigError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import { breakdownOf, type Observation } from '../read/observation.ts'
import { factsOfFormat, type ReadAll } from '../read/read-sources.ts'
import { buildHealthData, type HealthInputs } from './nhs-figures.ts'
import type { HealthData } from '../../contract/health.ts'

const POPULATION_SOURCE = 'ons-mye-2022'

function one<T>(list: T[], what: string): T {
  if (list.length !== 1) throw new ConfigError(`data/sources.json: expected exactly one source of ${what}, found ${list.length}`)
  return list[0]!
}

/** Population aged 0 to 17 by area, from the single-year-of-age estimates. */
export function under18Population(observations: readonly Observation[], source: string): Map<string, number> {
  const ages = new Set(Array.from({ length: 18 }, (_, age) => breakdownOf({ age: String(age) })))
  const total = new Map<string, number>()
  for (const o of observations) {
    if (o.source !== source || o.measure !== 'population' || !ages.has(o.breakdown) || o.value === null) continue
    total.set(o.areaCode, (total.get(o.areaCode) ?? 0) + o.value)
  }
  return total
}

export function healthFromSources(read: ReadAll, g: Geography): HealthData {
  const autism = one(factsOfFormat(read.facts, 'nhs-autism-waits'), 'suspected autism waits')
  const mentalHealth = one(factsOfFormat(read.facts, 'nhs-cyp-mental-health'), "children's mental health services")
  const waits = factsOfFormat(read.facts, 'nhs-community-waits')
  const inputs: HealthInputs = {
    lookup: one(factsOfFormat(read.facts, 'nhs-la-lookup'), "DfE's LA to NHS area lookup").facts,
    autism: { source: autism.source, rows: autism.facts },
    mentalHealth: { source: mentalHealth.source, rows: mentalHealth.facts },
    communityWaits: { sources: waits.map((w) => w.source), rows: waits.flatMap((w) => w.facts) },
    under18: under18Population(read.observations, POPULATION_SOURCE),
    under18Year: 'mid-2022',
  }
  return buildHealthData(inputs, g)
}
