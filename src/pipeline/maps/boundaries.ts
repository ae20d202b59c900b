// Boundaries for the maps: the ONS upper-tier LA shapes current in 2025, projected once here (not
// on every page) into SVG path strings on a fixed canvas. Every current LA must have a shape.
import { readFileSync } from 'node:fs'
import { geoMercator, geoPath, type GeoContext } from 'd3'
import { feature } from 'topojson-client'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Topology, GeometryCollection } from 'topojson-specification'
import { SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import type { MapShapes } from '../../contract/schemas.ts'

export const MAP_WIDTH = 360
export const MAP_HEIGHT = 430

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
 * and writes each ring as compactly as SVG allows, which keeps map pages small (the map was half
 * of a metric page's bytes): steps relative to the last point ("l1,-2"), the command letter once
 * per ring, and no point that rounding makes redundant (one that repeats the last, a step straight
 * back, or a point on the straight line between its neighbours).
 */
class RoundingPath implements GeoContext {
  private rings: string[] = []
  /** The open ring: its first point and its steps from there. */
  private start: [number, number] = [0, 0]
  private steps: Array<[number, number]> = []
  private at: [number, number] = [0, 0]
  moveTo(x: number, y: number): void {
    this.start = this.at = [Math.round(x), Math.round(y)]
    this.steps = []
  }
  lineTo(x: number, y: number): void {
    const next: [number, number] = [Math.round(x), Math.round(y)]
    const dx = next[0] - this.at[0]
    const dy = next[1] - this.at[1]
    if (dx === 0 && dy === 0) return
    this.at = next
    const last = this.steps.at(-1)
    if (last && last[0] * dy === last[1] * dx) {
      // In line with the last step: one step, or none when it goes straight back to where it began.
      const merged: [number, number] = [last[0] + dx, last[1] + dy]
      if (merged[0] === 0 && merged[1] === 0) this.steps.pop()
      else this.steps[this.steps.length - 1] = merged
      return
    }
    this.steps.push([dx, dy])
  }
  closePath(): void {
    // The ring's last step back to its first point is the one "z" draws.
    if (this.at[0] === this.start[0] && this.at[1] === this.start[1]) this.steps.pop()
    // A ring that rounded to a point or a line is invisible: drop it.
    if (this.steps.length < 2) return
    const number = (n: number, first: boolean) => (n < 0 || first ? String(n) : ` ${n}`)
    const pairs = this.steps.map(([dx, dy], i) => `${number(dx, i === 0)}${dy < 0 ? dy : `,${dy}`}`)
    this.rings.push(`M${this.start[0]},${this.start[1]}l${pairs.join('')}z`)
  }
  beginPath(): void {}
  // Only used to draw points, which boundaries do not have.
  arc(): void {}
  toString(): string {
    return this.rings.join('')
  }
}
