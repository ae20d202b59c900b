// Chart colours. Every colour that carries meaning reaches 3:1 against white (WCAG 1.4.11) and
// every colour used for text reaches 4.5:1 (1.4.3); tests/unit/charts.test.ts checks both.
// Colour is never the only cue: lines differ by width and dash, markers by shape, and each
// comparison is also written as words.

export const palette = {
  /** The area the page is about. */
  area: '#1d4f91',
  /** Its region. */
  region: '#a14c00',
  /** England: near black, drawn dashed in trends. */
  england: '#3d4347',
  /** Every other LA in a distribution (3.8:1 on white, 3.1:1 on the quartile band). */
  otherLa: '#7b8489',
  /** Body text and muted text, as in the site stylesheet. */
  text: '#1b1b1b',
  muted: '#505a5f',
  /** Break rules, axis baselines. */
  rule: '#505a5f',
  // Decorative fills below: context only, never the sole carrier of a figure.
  grid: '#dfe1e2',
  /** The area's 95% interval band is the area colour at this opacity. */
  bandOpacity: 0.18,
  /** Interquartile band behind the dot strip. */
  quartileBand: '#e4e9f1',
  /** Spine chart: range of all LAs (light) and the middle half (darker). */
  spineRange: '#e1e6ed',
  spineQuartiles: '#a9b6c8',
  background: '#ffffff',
} as const

export type SpineComparison = 'similar' | 'higher' | 'lower' | 'not_tested'
export type MarkerShape = 'circle' | 'hollow-circle' | 'triangle-up' | 'triangle-down'

export interface ComparisonStyle {
  colour: string
  shape: MarkerShape
  /** Words shown next to the figure, so colour and shape are never the only cue. */
  words: string
}

/** Neutral words only: higher, lower or similar (never better or worse); shape differs too. */
export const comparisonStyles: Readonly<Record<SpineComparison, ComparisonStyle>> = {
  similar: { colour: '#505a5f', shape: 'circle', words: 'Similar to England' },
  higher: { colour: '#1d4f91', shape: 'triangle-up', words: 'Higher than England' },
  lower: { colour: '#6f3f98', shape: 'triangle-down', words: 'Lower than England' },
  not_tested: { colour: '#505a5f', shape: 'hollow-circle', words: 'Not compared' },
}

/** Colours of meaningful marks (lines, dots, markers, rules): need 3:1 against white. */
export const meaningfulColours: readonly string[] = [
  palette.area,
  palette.region,
  palette.england,
  palette.otherLa,
  palette.rule,
  ...Object.values(comparisonStyles).map((s) => s.colour),
]

/** Colours used for text in charts: need 4.5:1 against white. */
export const textColours: readonly string[] = [
  palette.area,
  palette.region,
  palette.england,
  palette.text,
  palette.muted,
  ...Object.values(comparisonStyles).map((s) => s.colour),
]
