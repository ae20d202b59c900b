// The map has a shape for every current LA, and for every LA code the metrics publish.
import { describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { loadMapShapes, MAP_HEIGHT, MAP_WIDTH } from '../../src/pipeline/maps/boundaries.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readRealSources } from '../helpers/real-data.ts'

describe('map shapes from the ONS boundaries', () => {
  it('cover every LA code in every metric, each a closed path inside the canvas', async () => {
    const g = loadGeography()
    const data = await readRealSources()
    const shapes = loadMapShapes(data.paths.get('ons-boundaries')!, 'boundaries', g)
    expect(Object.keys(shapes.paths).sort()).toEqual(g.las.map((la) => la.code).sort())
    const index = new ObservationIndex(data.observations)
    for (const def of METRICS) {
      const codes = new Set(
        computeMetric(def, index, g)
          .values.filter((v) => g.byCode.get(v.area)?.type === 'la')
          .map((v) => v.area),
      )
      for (const code of codes) expect(shapes.paths[code], `${def.id} ${code}`).toMatch(/^M[\d.,]+L.*Z$/)
    }
    for (const d of Object.values(shapes.paths)) {
      for (const [, x, y] of d.matchAll(/(\d+),(\d+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(MAP_WIDTH)
        expect(Number(y)).toBeLessThanOrEqual(MAP_HEIGHT)
      }
    }
  })
  it('stops the build when a current LA has no shape', async () => {
    const g = loadGeography()
    const data = await readRealSources()
    const fewer = { ...g, las: [...g.las, { ...g.las[0]!, code: 'E06999999', name: 'Nowhere' }] }
    expect(() => loadMapShapes(data.paths.get('ons-boundaries')!, 'boundaries.json', fewer)).toThrow(
      /boundaries.json: no current boundary for Nowhere \(E06999999\)/,
    )
  })
})
