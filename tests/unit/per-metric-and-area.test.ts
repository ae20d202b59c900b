import { describe, expect, it, vi } from 'vitest'
import { forgetViewsOf, perMetricAndArea } from '../../src/site/per-metric-and-area.ts'
import type { AreaSummary, MetricInfo } from '../../src/contract/schemas.ts'

const metric = (id: string) => ({ id }) as MetricInfo
const area = (code: string) => ({ code }) as AreaSummary

describe('a view worked out once per metric and area', () => {
  it('works each pair out once, keeps pairs apart, and remembers a null answer too', () => {
    const work = vi.fn((m: MetricInfo, a: AreaSummary) => (a.code === 'none' ? null : { key: `${m.id} in ${a.code}` }))
    const view = perMetricAndArea(work)
    const leeds = view(metric('ehcp_count'), area('E08000035'))
    expect(leeds).toEqual({ key: 'ehcp_count in E08000035' })
    // The same pair, from other objects with the same ids: the very same answer, not worked out again.
    expect(view(metric('ehcp_count'), area('E08000035'))).toBe(leeds)
    expect(view(metric('ehcp_count'), area('E08000036'))).toEqual({ key: 'ehcp_count in E08000036' })
    // Ids are joined with a separator no id contains: "a" + "bc" is not "ab" + "c".
    expect(view(metric('a'), area('bc'))).toEqual({ key: 'a in bc' })
    expect(view(metric('ab'), area('c'))).toEqual({ key: 'ab in c' })
    expect(view(metric('ehcp_count'), area('none'))).toBeNull()
    expect(view(metric('ehcp_count'), area('none'))).toBeNull()
    expect(work).toHaveBeenCalledTimes(5)
  })

  it('works an area out again once it has been let go of, and keeps the other areas', () => {
    const work = vi.fn((m: MetricInfo, a: AreaSummary) => ({ key: `${m.id} in ${a.code}` }))
    const view = perMetricAndArea(work)
    const leeds = view(metric('ehcp_count'), area('E08000035'))
    const york = view(metric('ehcp_count'), area('E06000014'))
    forgetViewsOf('E08000035')
    expect(view(metric('ehcp_count'), area('E06000014'))).toBe(york)
    const again = view(metric('ehcp_count'), area('E08000035'))
    expect(again).toEqual(leeds)
    expect(again).not.toBe(leeds)
    expect(work).toHaveBeenCalledTimes(3)
  })
})
