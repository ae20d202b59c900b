// A map of every LA, shaded by quarter of the LA values (a threshold scale: no canvas needed for
// the legend). The map is a group of labelled shapes, so a screen reader can read each LA's
// figure; the ranked table on the same page holds the same figures.
import { formatValue, type Unit } from './format.ts'
import { attrs, checkId, el, escapeXml, FONT_FAMILY, FONT_SIZE, roundNumber, SVG_NS } from './svg-document.ts'
import { cachedChart } from './chart-cache.ts'

/** Light to dark blue, one per quarter; distinguishable in the common colour-vision deficiencies. */
const MAP_CLASSES = ['#d2e3f3', '#8fb8de', '#3f7fbf', '#1d4f91'] as const
const NO_FIGURE = '#b1b4b6'

export interface ChoroplethInput {
  id: string
  label: string
  unit: Unit
  decimals: number
  width: number
  height: number
  /** LA code -> SVG path data on a width x height canvas. */
  paths: Readonly<Record<string, string>>
  /** Each LA's shape carries its slug, so a script can outline one LA. */
  areas: ReadonlyArray<{ code: string; slug: string; name: string; value: number | null; note?: string }>
  /** The three cut points between the four shades (the quartiles). */
  thresholds: readonly [number, number, number]
}

function shadeOf(value: number, t: readonly [number, number, number]): number {
  return value <= t[0] ? 0 : value <= t[1] ? 1 : value <= t[2] ? 2 : 3
}

const LEGEND_HEIGHT = 74
/** The map is drawn 360 wide: legend text this size still renders at 12 px in a 328 px phone column. */
const LEGEND_FONT = 13.5

function drawChoropleth(input: ChoroplethInput): string {
  checkId(input.id)
  const fmt = (v: number) => formatValue(v, input.unit, input.decimals)
  const [a, b, c] = input.thresholds
  const classLabels = [`${fmt(a)} or less`, `over ${fmt(a)} to ${fmt(b)}`, `over ${fmt(b)} to ${fmt(c)}`, `over ${fmt(c)}`]
  const quarterWords = ['lowest quarter', 'second-lowest quarter', 'second-highest quarter', 'highest quarter']
  let shapes = ''
  for (const area of input.areas) {
    const d = input.paths[area.code]
    if (d === undefined) throw new Error(`map ${input.id}: no shape for ${area.name} (${area.code})`)
    const shade = area.value === null ? null : shadeOf(area.value, input.thresholds)
    const words =
      area.value === null
        ? `${area.name}: no figure${area.note ? ` (${area.note})` : ''}`
        : `${area.name}: ${fmt(area.value)}, ${quarterWords[shade!]}`
    shapes += el(
      'path',
      {
        d,
        fill: shade === null ? NO_FIGURE : MAP_CLASSES[shade],
        stroke: '#ffffff',
        'stroke-width': 0.4,
        role: 'img',
        'aria-label': words,
        'data-area': area.slug,
      },
      el('title', {}, escapeXml(words)),
    )
  }
  const top = input.height + 8
  const legend = [...classLabels, 'no figure']
    .map((text, i) => {
      const x = (i % 2) * 180
      const y = top + Math.floor(i / 2) * 20
      return (
        el('rect', { x, y, width: 16, height: 12, fill: i < 4 ? MAP_CLASSES[i] : NO_FIGURE, stroke: '#505a5f', 'stroke-width': 0.5 }) +
        el('text', { x: x + 22, y: y + 11, fill: '#1b1b1b', 'font-size': LEGEND_FONT }, escapeXml(text))
      )
    })
    .join('')
  const height = input.height + LEGEND_HEIGHT
  return (
    `<svg${attrs({
      xmlns: SVG_NS,
      viewBox: `0 0 ${input.width} ${roundNumber(height)}`,
      width: input.width,
      height,
      role: 'group',
      'aria-label': input.label,
      class: 'chart-svg chart-svg-map',
      'data-chart': input.id,
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
    })}>` +
    el('title', {}, escapeXml(input.label)) +
    el('g', {}, shapes) +
    el('g', { 'aria-hidden': 'true' }, legend) +
    '</svg>'
  )
}

export const choropleth = cachedChart('map', drawChoropleth)
