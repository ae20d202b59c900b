// The shape of a metric: one declarative entry in the registry says what a metric means, where its
// numbers come from and how to read it. Pages, downloads and embeds are driven by these entries.
import type { PeriodKind } from '../read/periods.ts'
import type { MetricPeriod } from '../../contract/periods.ts'
import type { Direction, Theme, Unit } from '../../contract/vocabulary.ts'

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
  /** For a figure below zero, the sentence with the figure's size (a deficit below zero is a surplus). */
  negativeSentence?: string
}

/** Which NHS table a measure is read from (its source format), for which breakdown, and how its figure is made. */
export type NhsSeries =
  /** NHS England's own percentage, as published (no counts). */
  | { table: 'nhs-autism-waits'; breakdown: string; figure: 'published_percent' }
  /** A count per 1,000 of the ONS population under 18, where the NHS area's boundary follows LAs'. */
  | { table: 'nhs-cyp-mental-health'; breakdown: string; figure: 'per_1000_under_18' }
  /** Of everyone on the waiting list, the share waiting over 18 (or 52) weeks: counts, so an interval. */
  | { table: 'nhs-community-waits'; breakdown: string; figure: 'waiting_over_18_weeks' | 'waiting_over_52_weeks' }

/**
 * A measure the NHS publishes for its own areas (sub-ICB locations or integrated care boards), with
 * their NHS regions and England: the same words as any measure, the level of area it is published
 * for, and the table it comes from. An LA's page shows the figure of the NHS area the LA is placed in.
 */
export interface NhsMeasureDefinition<Id extends string = string> extends Omit<MetricDefinition<Id>, 'segments'> {
  areaLevel: 'nhs_sub_icb' | 'nhs_icb'
  nhs: NhsSeries
  /** Every registered source the figures need: the table, DfE's lookup of LAs to NHS areas, any population. */
  sources: readonly string[]
}

/** Any entry of the registry: a measure of LAs, or of NHS areas. */
export type MeasureDefinition = MetricDefinition | NhsMeasureDefinition

export const isNhsMeasure = (def: MeasureDefinition): def is NhsMeasureDefinition => 'nhs' in def

export function defineNhsMeasure<const Id extends string>(def: NhsMeasureDefinition<Id>): NhsMeasureDefinition<Id> {
  return def
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

export function sourcesOf(def: MeasureDefinition): string[] {
  if (isNhsMeasure(def)) return [...def.sources]
  return [...new Set(seriesOf(def).flatMap((s) => s.parts.map((p) => p.source)))]
}
