// The map has a shape for every current LA, and for every LA code the metrics publish.
import { describe, expect, it } from 'vitest'
import { loadGeography } from '../../src/pipeline/geography/areas.ts'
import { loadMapShapes, MAP_HEIGHT, MAP_WIDTH } from '../../src/pipeline/maps/boundaries.ts'
import { computeMetric } from '../../src/pipeline/metrics/compute.ts'
import { METRICS } from '../../src/pipeline/metrics/registry.ts'
import { ObservationIndex } from '../../src/pipeline/metrics/series.ts'
import { readRealSources } from '../helpers/real-data.ts'

/** The absolute points of each ring of a path written as "M<x>,<y>l<dx>,<dy> <dx>,<dy>...z". */
function rings(d: string): Array<Array<[number, number]>> {
  return [...d.matchAll(/M(\d+),(\d+)l([^z]*)z/g)].map(([, x, y, steps]) => {
    const at: [number, number] = [Number(x), Number(y)]
    const points: Array<[number, number]> = [[...at]]
    const numbers = [...steps!.matchAll(/-?\d+/g)].map(([n]) => Number(n))
    for (let i = 0; i < numbers.length; i += 2) {
      at[0] += numbers[i]!
      at[1] += numbers[i + 1]!
      points.push([...at])
    }
    return points
  })
}

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
      for (const code of codes) expect(shapes.paths[code], `${def.id} ${code}`).toMatch(/^(M\d+,\d+l[-\d, ]+z)+$/)
    }
    for (const d of Object.values(shapes.paths))
      for (const ring of rings(d))
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThanOrEqual(MAP_WIDTH)
          expect(y).toBeGreaterThanOrEqual(0)
          expect(y).toBeLessThanOrEqual(MAP_HEIGHT)
        }
  })

  it('writes each ring as its first point and steps from there, with no step of nothing and none in line with the last', async () => {
    const g = loadGeography()
    const data = await readRealSources()
    const shapes = loadMapShapes(data.paths.get('ons-boundaries')!, 'boundaries', g)
    const hartlepool = shapes.paths['E06000001']!
    // Where the map put Hartlepool's first point before the paths were written as steps.
    expect(hartlepool.startsWith('M227,83l')).toBe(true)
    const [ring] = rings(hartlepool)
    const steps = ring!.slice(1).map(([x, y], i) => [x - ring![i]![0], y - ring![i]![1]] as const)
    for (const [i, [dx, dy]] of steps.entries()) {
      expect(dx !== 0 || dy !== 0).toBe(true)
      const next = steps[i + 1]
      if (next) expect(dx * next[1] === dy * next[0] && dx * next[0] + dy * next[1] > 0, `steps ${i} and ${i + 1}`).toBe(false)
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
