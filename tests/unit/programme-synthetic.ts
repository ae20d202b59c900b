// Synthetic panels for the Change Programme engine: the real LAs, regions and pilots, made-up
// statistical neighbours, and values drawn from a known model, so that a planted effect or pre-trend
// is known exactly:
//   value = 40 + LA level (sd 5) + 0.5 per programme year (every LA) + noise (sd 1)
//           + effect for pilots from programme year 1 + trend x programme year for pilots.
import { randomLcg, randomNormal } from 'd3'
import { loadChangeProgramme } from '../../src/pipeline/geography/change-programme.ts'
import type { Design } from '../../src/pipeline/programme/design.ts'
import type { Outcome, PanelRow } from '../../src/pipeline/programme/panel.ts'
import { programmeYear } from '../../src/pipeline/programme/timing.ts'
import { realGeography } from '../helpers/read-input.ts'

/** The real design, with each LA's "neighbours" the next ten LAs in code order (mixing regions). */
export function syntheticDesign(): Design {
  const g = realGeography()
  const codes = g.las.map((la) => la.code).sort()
  return {
    partnership: loadChangeProgramme(g),
    region: new Map(g.las.map((la) => [la.code, la.regionCode!])),
    neighbours: new Map(codes.map((c, i) => [c, Array.from({ length: 10 }, (_, k) => codes[(i + k + 1) % codes.length]!)])),
  }
}

/** January 2019 to January 2025: programme years -4 to 2, base January 2023. */
export const SYNTHETIC_PERIODS = ['201819', '201920', '202021', '202122', '202223', '202324', '202425']

export interface PanelOptions {
  seed: number
  /** Added to pilots' values from programme year 1. */
  effect?: number
  /** Added to pilots' values per programme year (a pre-trend that never stops). */
  trend?: number
}

export function syntheticOutcome(design: Design, { seed, effect = 0, trend = 0 }: PanelOptions): Outcome {
  const normal = randomNormal.source(randomLcg(seed))
  const level = normal(0, 5)
  const noise = normal(0, 1)
  const panel: PanelRow[] = []
  for (const la of [...design.region.keys()].sort()) {
    const own = level()
    const pilot = design.partnership.has(la)
    for (const period of SYNTHETIC_PERIODS) {
      const year = programmeYear({ id: period, kind: 'january' })
      const planted = pilot ? (year >= 1 ? effect : 0) + trend * year : 0
      panel.push({ la, period, value: 40 + own + 0.5 * year + noise() + planted })
    }
  }
  return { metric: 'synthetic', kind: 'january', panel }
}
