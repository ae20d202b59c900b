// The shape of a metric: one declarative entry in the registry says what a metric means, where its
// numbers come from and how to read it. Pages, downloads and embeds are driven by these entries.
import type { PeriodKind } from '../read/periods.ts'
import type { MetricPeriod } from './periods.ts'

/**
 * percent, rates per 1,000 / 10,000 people or per 100 pupils, a ratio of two rates, a difference in
 * percentage points, a score on the publisher's own scale (Attainment 8, Progress 8), and pounds
 * per head.
 */
export type Unit = 'percent' | 'per_1000' | 'per_10000' | 'per_100_pupils' | 'ratio' | 'percentage_points' | 'score' | 'gbp_per_head'
/** Value words (better/worse) only where nobody disputes the direction; otherwise higher/lower. */
export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral'
/** The themes of every area page, in the order a parent thinks (DESIGN.md). */
export const THEMES = [
  { id: 'who', title: 'Who has an EHC plan' },
  { id: 'where', title: 'Where children and young people with plans learn' },
  { id: 'process', title: 'The EHC plan process' },
  { id: 'learning', title: 'Learning and attainment' },
  { id: 'health', title: 'Health' },
  { id: 'post16', title: 'Growing up: post-16 and adulthood' },
  { id: 'exclusions', title: 'Suspensions, exclusions and absence' },
  { id: 'ap', title: 'Alternative provision' },
  { id: 'money', title: 'Money and inspection' },
] as const
export type Theme = (typeof THEMES)[number]['id']

/** One published series: a measure of one source, for one breakdown. */
export interface SeriesPart {
  source: string
  measure: string
  breakdown: string
}

export interface SourcePeriod {
  period: string
  periodKind: PeriodKind
}

/**
 * Maps a source's period onto metric periods. `available` lists every period the series has, so a
 * map can reuse the latest estimate for a later period when no newer one is published.
 */
export type PeriodMap = (p: SourcePeriod, available: readonly SourcePeriod[]) => MetricPeriod[]

/** A sum of published series (e.g. plans at ages 16, 17 ... 25), on metric periods. */
export interface Series {
  parts: readonly SeriesPart[]
  periods: PeriodMap
  /**
   * The source leaves out breakdown rows with nothing in them (DfE's person-level EHC plan files
   * omit, say, an age at which an LA has no plans). As a numerator, an area with no row at all
   * while it has a denominator then means zero rather than missing.
   */
  absentMeansZero?: boolean
  /**
   * Read instead in the periods in which no part has an observation: for example the total number
   * of plans, in the years before the source gave the breakdown whose rows the parts sum.
   */
  fallback?: Series
}

/**
 * LAs the numerator's source leaves out by design (the Isles of Scilly and the City of London in
 * the DSG allocations): England's and the regions' figures are then sums over their other LAs,
 * above and below the line, instead of the published totals, whose denominators count them.
 */
export interface LeftOut {
  areas: readonly string[]
}

/**
 * How a metric is computed from its series. A metric may have several segments (e.g. the old and
 * the new SEN2 collection, or official counts before a derived extract): for each area and period
 * the first segment that has any figure is used.
 */
export type Segment =
  | { kind: 'proportion'; numerator: Series; denominator: Series; leftOut?: LeftOut }
  | {
      kind: 'rate'
      numerator: Series
      denominator: Series
      per: number
      /** The numerator is an amount (pounds), not a count of events: summed, but with no interval. */
      amounts?: true
      leftOut?: LeftOut
    }
  | {
      kind: 'published'
      value: Series
      /** The publisher's own 95% confidence interval (e.g. DfE's for Progress 8). */
      interval?: { lower: Series; upper: Series }
    }
  | {
      kind: 'difference'
      minuend: Series
      subtrahend: Series
      /**
       * Each side a percentage of its own base (100 × minuend / base), as a proportion segment would
       * give it: a gap between two shares worked out from the same counts as the shares themselves.
       */
      shareOf?: { minuend: Series; subtrahend: Series }
    }
  | { kind: 'quotient'; numerator: Series; denominator: Series }

export interface SeriesBreak {
  /** The first period of the new series. */
  from: string
  note: string
}

export interface FlaggedPeriods {
  periods: readonly string[]
  note: string
}

/**
 * A note that belongs beside particular areas' figures for particular periods (a figure DfE
 * amended, a council that returned nothing): shown where those figures are, not only among the
 * caveats. Areas are codes; a region or England is listed where the note concerns its total.
 */
export interface AreaNote {
  areas: readonly string[]
  periods: readonly string[]
  note: string
}

/** Id is the metric's literal id, so that the registry yields the union of every id (MetricId). */
export interface MetricDefinition<Id extends string = string> {
  id: Id
  title: string
  /** The question the metric answers, for a parent. */
  question: string
  theme: Theme
  unit: Unit
  direction: Direction
  ageBand: string
  numeratorLabel: string
  denominatorLabel: string
  segments: readonly Segment[]
  caveats: readonly string[]
  breaks: readonly SeriesBreak[]
  /**
   * Periods the publisher flags as not comparable with others (COVID-19 school closures): no
   * change is given from or to them.
   */
  flaggedPeriods?: FlaggedPeriods
  /** Notes for particular areas and periods, to show beside those figures. */
  areaNotes?: readonly AreaNote[]
  decimals: number
  /** Sentence template: "{value}" becomes the value with its unit, "{number}" the bare number. */
  sentence: string
}

/** An entry of the registry, with its id kept as a literal type. */
export function defineMetric<const Id extends string>(def: MetricDefinition<Id>): MetricDefinition<Id> {
  return def
}

/** Every series a metric reads, in the order of its segments, each followed by its fallbacks. */
export function seriesOf(def: MetricDefinition): Series[] {
  const out: Series[] = []
  const add = (s: Series): void => {
    out.push(s)
    if (s.fallback) add(s.fallback)
  }
  for (const seg of def.segments) {
    if (seg.kind === 'published') {
      add(seg.value)
      if (seg.interval) {
        add(seg.interval.lower)
        add(seg.interval.upper)
      }
    } else if (seg.kind === 'difference') {
      add(seg.minuend)
      add(seg.subtrahend)
      if (seg.shareOf) {
        add(seg.shareOf.minuend)
        add(seg.shareOf.subtrahend)
      }
    } else {
      add(seg.numerator)
      add(seg.denominator)
    }
  }
  return out
}

export function sourcesOf(def: MetricDefinition): string[] {
  return [...new Set(seriesOf(def).flatMap((s) => s.parts.map((p) => p.source)))]
}
