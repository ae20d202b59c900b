import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as ChartCacheModule from '../../src/charts/chart-cache.ts'

type ChartCache = typeof ChartCacheModule
/** A fresh copy of the module, as a new build process would load it. */
const fresh = async (): Promise<ChartCache> => {
  vi.resetModules()
  return import('../../src/charts/chart-cache.ts')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the chart cache', () => {
  it('keeps charts on disk between builds, keyed by their input, in a pack per process holding only the charts it used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-cache-'))
    vi.stubEnv('DASHBOARD_CHART_CACHE', dir)
    vi.stubEnv('DASHBOARD_CHART_PACK', 'embeds-0-of-1')
    const first = await fresh()
    const draw = vi.fn((input: { n: number; label: string }) => `<svg>${input.label}: ${input.n} – é</svg>`)
    first.cachedChart('test', draw)({ n: 1, label: 'one' })
    first.cachedChart('test', draw)({ n: 2, label: 'two' })
    first.saveChartCache()
    expect(readdirSync(dir)).toEqual(['embeds-0-of-1.pack'])

    const second = await fresh()
    const again = second.cachedChart('test', draw)
    draw.mockClear()
    expect(again({ n: 2, label: 'two' })).toBe('<svg>two: 2 – é</svg>')
    expect(draw).not.toHaveBeenCalled()
    expect(again({ n: 3, label: 'three' })).toBe('<svg>three: 3 – é</svg>')
    expect(draw).toHaveBeenCalledTimes(1)
    expect(second.chartTallies()[0]).toMatchObject({ requested: 2, drawn: 1, cached: 1 })
    second.saveChartCache()

    // The second build used charts 2 and 3: chart 1 is no longer kept.
    const third = await fresh()
    draw.mockClear()
    third.cachedChart('test', draw)({ n: 1, label: 'one' })
    expect(draw).toHaveBeenCalledTimes(1)
  })

  it('draws every chart asked for without a cache folder, and counts them', async () => {
    const { cachedChart, chartTallies, saveChartCache } = await fresh()
    const draw = vi.fn((n: number) => `<svg>${n}</svg>`)
    const chart = cachedChart('test', draw)
    expect(chart(1)).toBe('<svg>1</svg>')
    expect(chart(1)).toBe('<svg>1</svg>')
    saveChartCache()
    expect(draw).toHaveBeenCalledTimes(2)
    expect(chartTallies()).toEqual([{ kind: 'test', requested: 2, drawn: 2, cached: 0, ms: expect.any(Number) }])
  })
})
