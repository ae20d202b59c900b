// Boundaries for the maps: the ONS upper-tier LA shapes current in 2025, projected once here (not
// on every page) into SVG path strings on a fixed canvas. Every current LA must have a shape.
import { readFileSync } from 'node:fs'
import { geoMercator, geoPath, type GeoContext } from 'd3'
import { feature } from 'topojson-client'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Topology, GeometryCollection } from 'topojson-specification'
import { SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'

export const MAP_WIDTH = 360
export const MAP_HEIGHT = 430

export interface MapShapes {
  width: number
  height: number
  /** LA code -> SVG path data. */
  paths: Record<string, string>
}

interface UtlaProperties {
  areacd: string
  areanm: string
  start?: number | null
  end?: number | null
}

export function loadMapShapes(path: string, displayName: string, g: Geography): MapShapes {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ utla: GeometryCollection<UtlaProperties> }>
  const all = feature(topology, topology.objects.utla) as FeatureCollection<Geometry, UtlaProperties>
  const current = all.features.filter(
    (f) => f.properties.areacd.startsWith('E') && (f.properties.end === undefined || f.properties.end === null),
  )
  const byCode = new Map<string, Feature<Geometry, UtlaProperties>>(current.map((f) => [f.properties.areacd, f]))
  const missing = g.las.filter((la) => !byCode.has(la.code))
  if (missing.length > 0) {
    throw new SourceDataError({ file: displayName }, `no current boundary for ${missing.map((la) => `${la.name} (${la.code})`).join(', ')}`)
  }
  const shapes: FeatureCollection<Geometry, UtlaProperties> = {
    type: 'FeatureCollection',
    features: g.las.map((la) => byCode.get(la.code)!),
  }
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], shapes)
  const paths: Record<string, string> = {}
  for (const la of g.las) {
    const context = new RoundingPath()
    geoPath(projection, context)(byCode.get(la.code)!)
    paths[la.code] = context.toString()
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, paths }
}

/**
 * A path context that rounds to whole units on the 360-wide canvas (under 2 px on a desktop map)
 * and drops the points that rounding makes repeat, which keeps map pages small.
 */
class RoundingPath implements GeoContext {
  private parts: string[] = []
  private last = ''
  private ringStart = ''
  moveTo(x: number, y: number): void {
    const p = `${Math.round(x)},${Math.round(y)}`
    this.parts.push(`M${p}`)
    this.last = p
    this.ringStart = p
  }
  lineTo(x: number, y: number): void {
    const p = `${Math.round(x)},${Math.round(y)}`
    if (p === this.last) return
    this.parts.push(`L${p}`)
    this.last = p
  }
  closePath(): void {
    // A ring that rounded to a single point is invisible: drop it.
    if (this.parts.at(-1) === `M${this.ringStart}`) this.parts.pop()
    else this.parts.push('Z')
  }
  beginPath(): void {}
  // Only used to draw points, which boundaries do not have.
  arc(): void {}
  toString(): string {
    return this.parts.join('')
  }
}
