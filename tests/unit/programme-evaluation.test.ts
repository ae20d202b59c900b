import { describe, expect, it } from 'vitest'
import { programmeDownloadRows, testCount } from '../../src/contract/change-programme-downloads.ts'
import { evaluateProgramme, programmeOutcomes } from '../../src/pipeline/programme/evaluation.ts'
import { programmeSiteData } from '../../src/pipeline/programme/to-site-data.ts'
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../src/pipeline/programme/engine.ts'
import { syntheticDesign, syntheticOutcome } from './programme-synthetic.ts'

describe('the whole evaluation', () => {
  const design = syntheticDesign()
  const outcomes = [
    { ...syntheticOutcome(design, { seed: 1, trend: 0.8 }), metric: 'ehcp_mainstream_pct' },
    { ...syntheticOutcome(design, { seed: 2, effect: -2 }), metric: 'ehcp_special_pct' },
  ]
  const e = evaluateProgramme(outcomes, design, { draws: 999 })

  it('gives a verdict per claim, on the primary outcome', () => {
    expect(e.verdicts.map((v) => [v.metric, v.verdict, v.reason])).toEqual([
      ['perm_exclusion_rate_ehcp', 'cannot_tell', 'no_figures_after'],
      ['ehcp_mainstream_pct', 'cannot_tell', 'pre_trend'],
      ['la_funded_ap_per_10000', 'cannot_tell', 'no_figures_after'],
      ['request_refused_pct', 'cannot_tell', 'no_figures_after'],
      ['mediation_per_1000_appealable', 'cannot_tell', 'no_figures_after'],
      ['ehcp_special_pct', 'supported', 'effect_in_claimed_direction'],
    ])
  })
  it('counts the tests made and fills every download', () => {
    expect(e.comparisons).toBe(2 * 4)
    const data = programmeSiteData(e, (code) => code)
    expect(testCount(data)).toBe(8)
    expect(programmeDownloadRows('estimates', data)).toHaveLength(2 * 2 * 7)
    expect(programmeDownloadRows('la-changes', data)).toHaveLength(2 * 151)
    expect(programmeDownloadRows('partnerships', data)).toHaveLength(2 * 9)
    expect(e).toMatchObject({ seed: DEFAULT_SEED, draws: 999, excluded: ['E06000053', 'E09000001'] })
  })
  it('uses the stated seed and number of draws by default', () => {
    expect(evaluateProgramme([], design)).toMatchObject({ seed: 20230901, draws: 4999, comparisons: 0 })
    expect([DEFAULT_SEED, DEFAULT_DRAWS]).toEqual([20230901, 4999])
  })
  it('needs every outcome the claims name among the computed metrics', () => {
    expect(() => programmeOutcomes([])).toThrow(/perm_exclusion_rate_ehcp was not computed/)
  })
})
