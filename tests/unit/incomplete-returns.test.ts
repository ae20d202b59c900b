// Spending returns read as incomplete, by the stated rule, on a hand-made table of five LAs in one
// year (pounds per head = total / 10,000 children): Derby 150, Leicester 200 with independent
// schools at 0, Nottingham 200, Rutland 1, Lincolnshire 200. Median per head of the five: 200.
import { describe, expect, it } from 'vitest'
import { readPreparedTable, type PreparedTableSpec } from '../../src/pipeline/read/prepared-table.ts'
import { fixture, inputFor } from '../helpers/read-input.ts'

const SPEC: PreparedTableSpec = {
  format: 'dfe-prepared',
  measures: { total_spend: 'amount', pop_est: 'average' },
  period: { column: 'year', writes: 'financial-year' },
  geography: { laName: 'la_name' },
  breakdownColumns: ['category'],
  zeroIsMissing: ['total_spend'],
  incompleteReturns: {
    column: 'category',
    total: 'Total',
    parts: ['State', 'Independent or non-maintained'],
    amount: 'total_spend',
    population: 'pop_est',
    belowMedian: 0.1,
  },
}

describe('incomplete spending returns', () => {
  const { observations, account } = readPreparedTable(inputFor(fixture('prepared/spend-returns.csv')), SPEC)
  const total = (area: string) =>
    observations.find((o) => o.areaCode === area && o.measure === 'total_spend' && o.breakdown === 'category=Total')

  it('reads a total whose part is 0 as incomplete, and one below a tenth of the median per head', () => {
    expect(total('E06000016')).toMatchObject({ value: null, missing: 'incomplete_return' }) // Leicester: independent 0
    expect(total('E06000017')).toMatchObject({ value: null, missing: 'incomplete_return' }) // Rutland: £1 < £20
    for (const kept of ['E06000015', 'E06000018', 'E10000019']) expect(total(kept)?.value, kept).toBeGreaterThan(0)
    expect(account.missing).toMatchObject({ incomplete_return: 4, not_available: 1 })
    expect(account.checks).toEqual([
      'Leicester (E06000016) 202122: total of £2,000,000 not used, as an incomplete return (Independent or non-maintained given as 0 or not at all).',
      "Rutland (E06000017) 202122: total of £10,000 not used, as an incomplete return (£1.00 per head, below a tenth of the median LA's £200.00).",
    ])
  })

  it("withholds a short return's parts with its total, and keeps the part returned beside a part not returned", () => {
    const part = (area: string, category: string) =>
      observations.find((o) => o.areaCode === area && o.measure === 'total_spend' && o.breakdown === `category=${category}`)
    for (const category of ['State', 'Independent or non-maintained'])
      expect(part('E06000017', category), category).toMatchObject({ value: null, missing: 'incomplete_return' }) // Rutland
    expect(part('E06000016', 'State')?.value).toBe(2_000_000) // Leicester's state schools, as returned
    expect(part('E06000016', 'Independent or non-maintained')).toMatchObject({ value: null, missing: 'not_available' })
    expect(part('E06000015', 'Independent or non-maintained')?.value).toBe(500_000) // Derby, complete
  })

  it('keeps every total without the rule', () => {
    const { incompleteReturns: _, ...plain } = SPEC
    const all = readPreparedTable(inputFor(fixture('prepared/spend-returns.csv')), plain).observations
    expect(all.filter((o) => o.breakdown === 'category=Total' && o.measure === 'total_spend' && o.value !== null)).toHaveLength(5)
  })
})
