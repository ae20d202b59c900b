// What to read from each registered source: the adapter (by the registry's format) and the
// columns, breakdowns and rows the metrics need, one module per family of sources in specs/.
// Everything else in a file is counted in the accounts as set aside, with the reason.
import type { ObservationSpec } from './formats.ts'
import { ALTERNATIVE_PROVISION_SPECS } from './specs/alternative-provision.ts'
import { AP_PUPIL_SPECS } from './specs/ap-pupils.ts'
import { CHILDREN_IN_NEED_SPECS } from './specs/children-in-need.ts'
import { DSG_SPECS } from './specs/dsg.ts'
import { EHCP_SPECS } from './specs/ehcp.ts'
import { INCLUSION_DASHBOARD_SPECS } from './specs/inclusion-dashboard.ts'
import { POPULATION_SPECS } from './specs/population.ts'
import { POST16_SPECS } from './specs/post16.ts'
import { PREPARED_ABSENCE_SPECS } from './specs/prepared-absence.ts'
import { SCHOOLS_SPECS } from './specs/schools.ts'

export { EXCLUSIONS_OFFICIAL, OFFICIAL_EXCLUSIONS_SPEC } from './specs/schools.ts'

const FAMILIES: ReadonlyArray<Readonly<Record<string, ObservationSpec>>> = [
  EHCP_SPECS,
  POPULATION_SPECS,
  POST16_SPECS,
  SCHOOLS_SPECS,
  INCLUSION_DASHBOARD_SPECS,
  ALTERNATIVE_PROVISION_SPECS,
  CHILDREN_IN_NEED_SPECS,
  DSG_SPECS,
  PREPARED_ABSENCE_SPECS,
  AP_PUPIL_SPECS,
]

function merge(families: typeof FAMILIES): Readonly<Record<string, ObservationSpec>> {
  const all: Record<string, ObservationSpec> = {}
  for (const family of families) {
    for (const [id, spec] of Object.entries(family)) {
      if (id in all) throw new Error(`src/pipeline/read/specs/: source ${id} has two read specs`)
      all[id] = spec
    }
  }
  return all
}

export const OBSERVATION_SPECS = merge(FAMILIES)
