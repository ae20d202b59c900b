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

describe('each chart drawn once', () => {
  it('reuses a chart asked for again with the same input, and draws one with another input', async () => {
    const { cachedChart, chartTallies } = await fresh()
    const draw = vi.fn((input: { n: number }) => `<svg>${input.n}</svg>`)
    const chart = cachedChart('test', draw)
    expect(chart({ n: 1 })).toBe('<svg>1</svg>')
    expect(chart({ n: 1 })).toBe('<svg>1</svg>')
    expect(chart({ n: 2 })).toBe('<svg>2</svg>')
    expect(draw).toHaveBeenCalledTimes(2)
    expect(chartTallies()).toEqual([{ kind: 'test', requested: 3, drawn: 2, cached: 0, ms: expect.any(Number) }])
  })

  it('answers the very input object it has just drawn without serialising it again, and still counts the request', async () => {
    const { cachedChart, chartTallies } = await fresh()
    const draw = vi.fn((input: { n: number }) => `<svg>${input.n}</svg>`)
    const chart = cachedChart('test', draw)
    const input = { n: 1 }
    const stringify = vi.spyOn(JSON, 'stringify')
    expect(chart(input)).toBe('<svg>1</svg>')
    const serialised = stringify.mock.calls.length
    expect(serialised).toBeGreaterThan(0)
    expect(chart(input)).toBe('<svg>1</svg>')
    expect(stringify.mock.calls.length).toBe(serialised)
    stringify.mockRestore()
    // Another object with the same content is the same chart: found by its text, not drawn.
    expect(chart({ n: 1 })).toBe('<svg>1</svg>')
    expect(draw).toHaveBeenCalledTimes(1)
    expect(chartTallies()).toEqual([{ kind: 'test', requested: 3, drawn: 1, cached: 0, ms: expect.any(Number) }])
  })

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

  it('keeps the charts drawn after useChartPack in that pack, including one it remembered from the pack before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-cache-'))
    vi.stubEnv('DASHBOARD_CHART_CACHE', dir)
    const first = await fresh()
    const draw = vi.fn((input: { area: string }) => `<svg>${input.area}</svg>`)
    const chart = first.cachedChart('test', draw)
    first.useChartPack('embeds-leeds')
    const shared = { area: 'leeds' }
    chart(shared)
    first.useChartPack('embeds-york')
    chart({ area: 'york' })
    // The very object drawn for the last pack, and the same content again: not taken from memory
    // (York's pack would lack it) but looked up in York's pack, so drawn again, once.
    chart(shared)
    chart({ area: 'leeds' })
    first.saveChartCache()
    expect(readdirSync(dir).sort()).toEqual(['embeds-leeds.pack', 'embeds-york.pack'])
    expect(draw).toHaveBeenCalledTimes(3)

    // A later build that takes York first finds both of its charts in York's pack.
    const second = await fresh()
    second.useChartPack('embeds-york')
    const again = second.cachedChart('test', draw)
    draw.mockClear()
    expect(again({ area: 'york' })).toBe('<svg>york</svg>')
    expect(again({ area: 'leeds' })).toBe('<svg>leeds</svg>')
    expect(draw).not.toHaveBeenCalled()
    expect(second.chartTallies()[0]).toMatchObject({ requested: 2, drawn: 0, cached: 2 })
  })

  it('caches nothing on disk without a cache folder', async () => {
    const { cachedChart, chartTallies, saveChartCache } = await fresh()
    cachedChart('test', (n: number) => `<svg>${n}</svg>`)(1)
    saveChartCache()
    expect(chartTallies()[0]).toMatchObject({ drawn: 1, cached: 0 })
  })
})
