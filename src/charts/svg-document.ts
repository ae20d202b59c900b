// The shared pieces every chart needs: elements written as strings with their attributes escaped
// and their geometry rounded, one way to open the <svg> (role, name, title, size), and a rough text
// measure so labels can be placed without a canvas.

export const SVG_NS = 'http://www.w3.org/2000/svg'
/** The site's system font stack: no web fonts, nothing fetched. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
export const FONT_SIZE = 12
/** viewBox width of every chart: at a 360 px phone (a 328 px column) 12-unit text renders at 12 px or more. */
export const CHART_WIDTH = 320

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/

export function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new Error(`chart id must be letters, digits, "-" or "_", starting with a letter: ${JSON.stringify(id)}`)
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const ESCAPED = /[&<>"']/
const ESCAPED_ALL = /[&<>"']/g

export function escapeXml(s: string): string {
  // Most labels need no escaping: testing first is much cheaper than replacing (charts call this a lot).
  return ESCAPED.test(s) ? s.replace(ESCAPED_ALL, (c) => ENTITIES[c]!) : s
}

/** `name="value"` pairs in the given order; undefined and null are left out. */
export function attrs(a: Readonly<Record<string, string | number | null | undefined>>): string {
  let out = ''
  // for...in, not Object.entries: charts write millions of attributes, and this makes no arrays.
  for (const k in a) {
    const v = a[k]
    if (v === undefined || v === null) continue
    // A rounded number is digits, "-", "." or "e": nothing to escape. Positions and sizes to a
    // tenth of a unit; other numbers (widths of strokes, opacities) as they are given.
    out += typeof v === 'number' ? ` ${k}="${GEOMETRY_ATTRIBUTES.has(k) ? roundNumber(v) : String(v)}"` : ` ${k}="${escapeXml(v)}"`
  }
  return out
}

/** "x,y" for path data, rounded as attributes are. */
export const point = (x: number, y: number): string => `${roundNumber(x)},${roundNumber(y)}`

/** Text set on the middle of a line at y, where dy="0.32em" would put it, without the attribute. */
export const middle = (y: number, fontSize = FONT_SIZE): number => y + 0.32 * fontSize

/** A chart written as a file of its own (chart.svg, at-a-glance.svg): the document, ending its last line. */
export const svgFile = (svg: string): string => `${svg}\n`

/** A complete element as a string; an empty body gives a self-closing tag. */
export function el(tag: string, a: Readonly<Record<string, string | number | null | undefined>>, body = ''): string {
  return body === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`
}

/** A tenth of a unit is below a pixel at any size the charts are shown (320 units across); keeps the bytes down. */
export function roundNumber(n: number): string {
  const r = Math.round(n * 10) / 10
  return String(Object.is(r, -0) ? 0 : r)
}

/** Attributes whose numbers are positions or sizes, rounded to a tenth of a unit. */
const GEOMETRY_ATTRIBUTES = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'dx', 'dy'])

export interface SvgRootOptions {
  id: string
  /** Short chart kind, for a CSS hook: "trend", "strip", "spine". */
  kind: string
  /** The one-sentence summary: becomes aria-label and <title>. */
  label: string
  height: number
  /** Extra presentation attributes for the root (inherited by the marks). */
  extra?: Readonly<Record<string, string>>
}

/**
 * `<svg ...><title>...</title>`: role="img" with the summary as its name, so assistive technology
 * reads one sentence rather than walking the marks; width/height give a sensible size where no
 * CSS applies (a downloaded file), and the site's CSS scales it to the column.
 */
export function openSvg(o: SvgRootOptions): string {
  checkId(o.id)
  const label = o.label.trim()
  if (label === '') throw new Error(`chart ${o.id}: the label (a one-sentence summary) is empty`)
  return (
    `<svg${attrs({
      xmlns: SVG_NS,
      viewBox: `0 0 ${CHART_WIDTH} ${roundNumber(o.height)}`,
      width: CHART_WIDTH,
      height: o.height,
      role: 'img',
      'aria-label': label,
      class: `chart-svg chart-svg-${o.kind}`,
      'data-chart': o.id,
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
      fill: 'currentColor',
      ...o.extra,
    })}>` + el('title', {}, escapeXml(label))
  )
}

// Approximate advance widths (em), taken from DejaVu Sans, the widest common system-ui fallback
// (Linux); San Francisco, Segoe UI and Roboto are narrower, so labels placed by these never clip.
const WIDTHS: ReadonlyArray<[string, number]> = [
  ["ijl.,:;'!|", 0.3],
  ['I ', 0.32],
  ['f/()[]-', 0.37],
  ['tr', 0.41],
  ['sz', 0.54],
  ['0123456789', 0.64],
  ['mW', 0.98],
  ['w%M', 0.95],
  ['×', 0.84],
]
const CHAR_WIDTH = new Map<string, number>(WIDTHS.flatMap(([chars, w]) => Array.from(chars, (c): [string, number] => [c, w])))
/** The same widths by character code for Latin-1 (every character above is in it); 0.62 em beyond. */
const LATIN1_WIDTH = Float64Array.from({ length: 256 }, (_, code) => {
  const c = String.fromCharCode(code)
  return CHAR_WIDTH.get(c) ?? (c >= 'A' && c <= 'Z' ? 0.72 : 0.62)
})

/** `em` plus the width of `s` in em, added character by character (a surrogate pair is one character). */
function addEm(s: string, em = 0): number {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code < 256) em += LATIN1_WIDTH[code]!
    else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
        const next = s.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) i++
      }
      em += 0.62
    }
  }
  return em
}

/** Estimated width of a label in SVG units at the given font size (no canvas on the server). */
export function textWidth(s: string, fontSize = FONT_SIZE, bold = false): number {
  return addEm(s) * fontSize * (bold ? 1.1 : 1)
}

/**
 * Greedy word wrap by estimated width; a single over-long word gets a line of its own. A line's
 * width grows word by word, added in the same order as textWidth adds it, so the same sums.
 */
export function wrapText(s: string, maxWidth: number, fontSize = FONT_SIZE, bold = false): string[] {
  const lines: string[] = []
  const space = LATIN1_WIDTH[32]!
  let line = ''
  let lineEm = 0
  for (const word of s.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') {
      line = word
      lineEm = addEm(word)
      continue
    }
    const em = addEm(word, lineEm + space)
    if (em * fontSize * (bold ? 1.1 : 1) > maxWidth) {
      lines.push(line)
      line = word
      lineEm = addEm(word)
    } else {
      line = `${line} ${word}`
      lineEm = em
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * Spreads label positions so neighbours are at least `gap` apart: labels that would overlap form a
 * group centred on the mean of their wanted positions, kept within [min, max] where it fits.
 * Returns positions in the input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  const place = (sum: number, size: number) => {
    const top = sum / size - ((size - 1) * gap) / 2
    return Math.max(min, Math.min(top, max - (size - 1) * gap))
  }
  const groups: Array<{ sum: number; size: number; top: number }> = []
  for (const o of order) {
    groups.push({ sum: o.y, size: 1, top: place(o.y, 1) })
    for (;;) {
      const cur = groups[groups.length - 1]!
      const prev = groups[groups.length - 2]
      if (prev === undefined || prev.top + prev.size * gap <= cur.top) break
      groups.pop()
      prev.sum += cur.sum
      prev.size += cur.size
      prev.top = place(prev.sum, prev.size)
    }
  }
  const out = new Array<number>(wanted.length)
  let k = 0
  for (const g of groups) for (let j = 0; j < g.size; j++) out[order[k++]!.i] = g.top + j * gap
  return out
}
