// NHS figures as the site data carries them. Each belongs to an NHS area (a sub-ICB location or an
// integrated care board), not to an LA: an LA page shows its NHS area's figure, says which area it
// is and which other LAs it covers, and compares it with England and the NHS region.

export type NhsAreaLevel = 'sub_icb' | 'icb'

export interface NhsFigureDefinition {
  id: string
  title: string
  question: string
  /** The figure in a sentence, as metric definitions have it: "{value}" becomes the figure with its unit. */
  sentence: string
  unit: 'percent' | 'per_1000'
  decimals: number
  /** The level the figure is published at, and so the NHS area an LA is placed in. */
  level: NhsAreaLevel
  /** Period the figures are for, in words ("June 2023", "12 months to August 2023"). */
  period: string
  /** Last day of that period (YYYY-MM-DD). */
  periodEnd: string
  sources: string[]
  caveats: string[]
  /** What the count beside the figure counts ("children waiting more than 18 weeks"), if any. */
  countLabel: string | null
  /** What the count is out of ("on the waiting list"), where the figure is a share or rate of a published total. */
  denominatorLabel: string | null
}

export interface NhsValue {
  value: number | null
  /** The count behind the figure (e.g. children supported, or children waiting), where published. */
  count: number | null
  /** What the count is out of (everyone on the waiting list, or the population under 18), where known. */
  denominator: number | null
  /** Why there is no value, in words. */
  missing: string | null
}

export interface NhsArea {
  code: string
  name: string
  level: NhsAreaLevel
  nhsRegion: string
}

/** One LA's placing for one figure: its NHS area and that area's value, or why there is none. */
export interface LaNhsFigure {
  figure: string
  area: NhsArea | null
  /** The other current LAs the same NHS area serves (codes), for "covers <LA> and its neighbours". */
  alsoServes: string[]
  value: NhsValue
  /** The NHS region's figure, for comparison. */
  nhsRegion: NhsValue | null
}

export interface NhsFigure extends NhsFigureDefinition {
  england: NhsValue
  nhsRegions: Record<string, NhsValue>
}

export interface HealthData {
  figures: NhsFigure[]
  /** Current LA code -> its placing for every figure, in the order of `figures`. */
  las: Record<string, LaNhsFigure[]>
}
