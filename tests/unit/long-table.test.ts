import { describe, expect, it } from 'vitest'
import { readD2iLong, readLaitLong } from '../../src/pipeline/read/long-table.ts'
import { fixture, inputFor, tempFile } from '../helpers/read-input.ts'

describe('Data to Insight long extracts', () => {
  it('reads termly rates by phase and SEN status, regions ignored, old codes mapped', () => {
    const { observations, account } = readD2iLong(inputFor(fixture('long/d2i-exclusions.csv')), {
      format: 'd2i-long',
      measures: { susp_rate: 'rate', one_plus_susp_rate: 'rate', perm_excl_rate: 'rate' },
      breakdownColumns: ['education_phase', 'send_category'],
    })
    expect(observations.find((o) => o.areaCode === 'E06000065')).toMatchObject({
      value: 12.5,
      period: '202425',
      periodKind: 'autumn_term',
      breakdown: 'education_phase=Total|send_category=EHC plan',
    })
    expect(observations.filter((o) => o.areaCode === 'E09000007').map((o) => o.value)).toEqual([10.25, 140, 0])
    expect(observations.find((o) => o.measure === 'perm_excl_rate')?.periodKind).toBe('spring_term')
    expect(account.setAside).toEqual({ 'metric "sess_overall_percent" not used': 1 })
    expect(account.recoded).toEqual({ 'E10000023 counted as North Yorkshire (E06000065)': 1 })
  })

  it('keeps only the rows a filter asks for', () => {
    const { observations, account } = readD2iLong(inputFor(fixture('long/d2i-absence.csv')), {
      format: 'd2i-long',
      measures: { enrolments_pa_10_exact_percent: 'percent' },
      breakdownColumns: ['education_phase', 'send_category'],
      keep: { send_detail_display: ['SEN provision'] },
    })
    expect(observations.map((o) => o.value)).toEqual([15.2])
    expect(account.setAside).toEqual({ 'send_detail_display "SEN primary need" not used': 1 })
  })

  it('stops on an unknown LA code', () => {
    const path = tempFile(
      'x.csv',
      'time_period,time_identifier,education_phase,send_category,new_la_code,metric,value\n202425,Autumn term,Total,EHC plan,E09999999,susp_rate,1\n',
    )
    expect(() =>
      readD2iLong(inputFor(path), {
        format: 'd2i-long',
        measures: { susp_rate: 'rate' },
        breakdownColumns: ['education_phase', 'send_category'],
      }),
    ).toThrow(/row 2, column "new_la_code": unknown local authority code "E09999999"/)
  })
})

describe('LAIT long table', () => {
  const { observations, account } = readLaitLong(inputFor(fixture('long/lait.csv')), {
    format: 'lait-long',
    measures: { SEN_TotStat: { kind: 'percent', years: 'january-census' }, TotFixedEx: { kind: 'rate', years: 'academic-year' } },
  })
  it('places England (970), regions (980-990) and LAs by number, and January census years in their academic year', () => {
    expect(observations.find((o) => o.areaCode === 'E08000009')).toMatchObject({
      value: 5.3,
      period: '202425',
      periodKind: 'academic_year',
    })
    expect(observations.find((o) => o.areaCode === 'E92000001')?.value).toBe(5.3)
    expect(observations.find((o) => o.areaCode === 'E12000002')?.value).toBe(5.1)
    expect(observations.find((o) => o.measure === 'TotFixedEx')).toMatchObject({ period: '202324', value: 9.1 })
  })
  it('reads "-" as not available and keeps former LAs', () => {
    expect(observations.filter((o) => o.areaCode === 'E10000006').map((o) => [o.period, o.value, o.missing])).toEqual([
      ['201516', 2.7, null],
      ['202425', null, 'not_available'],
    ])
  })
  it('sets aside Inner/Outer London and unused measures', () => {
    expect(account.setAside).toEqual({ 'Inner or Outer London (not one of the 9 regions)': 1, 'Short Desc "SENFinance" not used': 1 })
  })
})
