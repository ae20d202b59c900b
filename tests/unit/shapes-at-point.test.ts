import { geoContains } from 'd3'
import type { MultiPolygon, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { shapesAtPoint } from '../../src/pipeline/places/shapes-at-point.ts'

// Two made-up areas about the size of English LAs: one with a hole (a unitary inside a county),
// one in two parts (an island), and the unitary that fills the hole. Outer rings run clockwise,
// holes anticlockwise, as in the ONS TopoJSON and as d3 expects.
const county: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.5, 52.0],
      [-1.5, 52.3],
      [-1.2, 52.5],
      [-0.9, 52.3],
      [-1.0, 52.0],
      [-1.5, 52.0],
    ],
    [
      [-1.3, 52.1],
      [-1.2, 52.1],
      [-1.2, 52.2],
      [-1.3, 52.2],
      [-1.3, 52.1],
    ],
  ],
}
const unitary: Polygon = { type: 'Polygon', coordinates: [county.coordinates[1]!.slice().reverse()] }
const coastal: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [-0.9, 52.3],
        [-0.6, 52.1],
        [-1.0, 52.0],
        [-0.9, 52.3],
      ],
    ],
    [
      [
        [-0.5, 52.2],
        [-0.45, 52.25],
        [-0.45, 52.2],
        [-0.5, 52.2],
      ],
    ],
  ],
}

describe('shapesAtPoint finds the areas a point is in', () => {
  const at = shapesAtPoint([
    { code: 'county', geometry: county },
    { code: 'unitary', geometry: unitary },
    { code: 'coastal', geometry: coastal },
  ])

  it('by hand: inside, in the hole, on the island, outside every area', () => {
    expect(at(-1.4, 52.1)).toEqual(['county'])
    expect(at(-1.25, 52.15)).toEqual(['unitary'])
    expect(at(-0.46, 52.21)).toEqual(['coastal'])
    expect(at(-0.8, 52.15)).toEqual(['coastal'])
    expect(at(-2, 52.1)).toEqual([])
    expect(at(-0.47, 52.24)).toEqual([])
  })

  it('as d3 geoContains (on the sphere) does, at 5,000 points over the areas, except within 50 m of a border', () => {
    let seed = 20261201
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const shapes = { county, unitary, coastal }
    let compared = 0
    for (let i = 0; i < 5_000; i++) {
      const lng = -1.6 + next() * 1.2
      const lat = 51.95 + next() * 0.6
      const spherical = Object.entries(shapes)
        .filter(([, g]) => geoContains(g, [lng, lat]))
        .map(([code]) => code)
      // These edges are up to 30 km long (ONS's generalised edges are a few hundred metres), and a
      // great-circle edge bows from the straight line in degrees by up to about 25 m: points within
      // about 50 m of an edge may fall either side.
      const moved = (g: Polygon | MultiPolygon) =>
        [
          [0.0007, 0],
          [-0.0007, 0],
          [0, 0.0005],
          [0, -0.0005],
        ].some(([dx, dy]) => geoContains(g, [lng + dx!, lat + dy!]) !== geoContains(g, [lng, lat]))
      const nearEdge = moved(county) || moved(coastal)
      if (nearEdge) continue
      expect(at(lng, lat).sort(), `${lng}, ${lat}`).toEqual(spherical.sort())
      compared++
    }
    expect(compared).toBeGreaterThan(4_500)
  })

  it('names a boundary that is not an area', () => {
    expect(() => shapesAtPoint([{ code: 'E10000001', geometry: { type: 'Point', coordinates: [0, 52] } }])).toThrow(/E10000001.*Point/)
  })
})
