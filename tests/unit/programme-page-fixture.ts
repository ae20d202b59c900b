// A small Change Programme evaluation as the page reads it, for the view and component tests: the
// real design and claims, synthetic January panels for three outcomes (the mainstream share with a
// pre-trend, the special-school share with a planted -2 point effect, suspensions with nothing),
// through the pipeline's conversion and the contract, and metric descriptions made up to match.
import { ChangeProgrammeSchema, type ChangeProgramme } from '../../src/contract/change-programme.ts'
import { periodLabel, shortPeriodLabel } from '../../src/contract/periods.ts'
import { MetricInfoSchema, type AreaSummary, type MetricInfo } from '../../src/contract/schemas.ts'
import { CLAIMS, PROGRAMME_OUTCOMES } from '../../src/pipeline/programme/claims.ts'
import { evaluateProgramme } from '../../src/pipeline/programme/evaluation.ts'
import { programmeSiteData } from '../../src/pipeline/programme/to-site-data.ts'
import { realGeography } from '../helpers/read-input.ts'
import { SYNTHETIC_PERIODS, syntheticDesign, syntheticOutcome } from './programme-synthetic.ts'

export const SEN2_NOTE =
  'From January 2023 the SEN2 return holds a record for each child or young person instead of local authority totals.'

export function pageFixture(): { data: ChangeProgramme; metricOf: (id: string) => MetricInfo; las: AreaSummary[] } {
  const design = syntheticDesign()
  const planted = [
    { ...syntheticOutcome(design, { seed: 1, trend: 0.8 }), metric: 'ehcp_mainstream_pct' },
    { ...syntheticOutcome(design, { seed: 2, effect: -2 }), metric: 'ehcp_special_pct' },
    { ...syntheticOutcome(design, { seed: 3 }), metric: 'suspension_rate_ehcp' },
  ]
  const evaluated = new Set(planted.map((o) => o.metric))
  // Every other outcome the claims name has figures only up to January 2023.
  const outcomes = PROGRAMME_OUTCOMES.map((metric, k) => {
    const own = planted.find((o) => o.metric === metric)
    if (own) return own
    const o = syntheticOutcome(design, { seed: 10 + k })
    return { ...o, metric, panel: o.panel.filter((r) => r.period <= '202223') }
  })
  const g = realGeography()
  const evaluation = evaluateProgramme(outcomes, design, { draws: 199 })
  const data = ChangeProgrammeSchema.parse(programmeSiteData(evaluation, (code) => g.byCode.get(code)!.name))
  const metricOf = (id: string): MetricInfo => {
    // Outcomes not evaluated here stop before the programme, as if their figures were not published yet.
    const ids = evaluated.has(id) ? SYNTHETIC_PERIODS : SYNTHETIC_PERIODS.filter((p) => p <= '202223')
    const periods = ids.map((p) => ({ id: p, kind: 'january' as const }))
    return MetricInfoSchema.parse({
      id,
      title: `Title of ${id}`,
      question: '',
      theme: 'where',
      group: 'g',
      areaLevel: 'la',
      unit: id.startsWith('suspension') ? 'per_100_pupils' : 'percent',
      direction: 'neutral',
      ageBand: '0-25',
      numeratorLabel: '',
      denominatorLabel: '',
      caveats: [],
      breaks: [{ from: '202223', note: SEN2_NOTE }],
      decimals: 1,
      sentence: '{value}',
      sources: [],
      derived: false,
      intervals: true,
      periods: periods.map((p) => ({ ...p, label: periodLabel(p), short: shortPeriodLabel(p) })),
      latest: ids.at(-1)!,
    })
  }
  const las = g.las.map((la) => ({ ...la, ...(design.partnership.has(la.code) ? { partnership: design.partnership.get(la.code)! } : {}) }))
  return { data, metricOf, las: las as AreaSummary[] }
}

/** The claims' primary outcomes, in the claims' order. */
export const PRIMARY = CLAIMS.map((c) => c.outcomes[0]!.metric)
