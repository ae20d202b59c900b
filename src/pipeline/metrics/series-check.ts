// Every series part that the registry names must match observations. A mistyped source, measure or
// breakdown would otherwise read nothing: the metric would lose periods without a word, and where
// absent rows count as zero (absentMeansZero) it would undercount silently. So the build stops,
// naming the metric, the part and the nearest keys the source does have.
import { ConfigError } from '../errors.ts'
import { OBSERVATION_SPECS } from '../read/specs.ts'
import { seriesOf, type MetricDefinition, type Series, type SeriesPart } from './definition.ts'
import type { ObservationIndex } from './series.ts'

/**
 * Sources that have a read spec but are not read in this build (DfE's official exclusions file
 * when the build fell back to its extract): their parts cannot match anything, so only their
 * measure is checked against the measures the spec reads (null: the spec does not list them).
 */
export type OptionalSources = ReadonlyMap<string, readonly string[] | null>

/** The sources with a read spec that are not among those read. */
export function optionalSources(read: Iterable<string>): OptionalSources {
  const ids = new Set(read)
  return new Map(
    Object.entries(OBSERVATION_SPECS)
      .filter(([id]) => !ids.has(id))
      .map(([id, spec]) => [id, 'measures' in spec ? Object.keys(spec.measures) : null]),
  )
}

/** Edit distance counting a swap of neighbouring characters as one edit, to offer the keys nearest to a typo. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

function nearest(wanted: string, candidates: Iterable<string>, n = 5): string {
  return [...candidates]
    .map((c) => ({ c, d: distance(wanted, c) }))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, n)
    .map(({ c }) => `"${c}"`)
    .join(', ')
}

const describePart = (p: SeriesPart) =>
  `{ source: "${p.source}", measure: "${p.measure}", breakdown: "${p.breakdown}" }${p.breakdown === '' ? ' (the total)' : ''}`

function problemOf(part: SeriesPart, series: Series, index: ObservationIndex, optional: OptionalSources): string | null {
  if (optional.has(part.source)) {
    const measures = optional.get(part.source)
    if (measures && !measures.includes(part.measure))
      return `names measure "${part.measure}", which the read spec of ${part.source} does not read (nearest: ${nearest(part.measure, measures)})`
    return null
  }
  const measures = index.measuresOf(part.source)
  if (!measures)
    return `names source "${part.source}", which gave no observation in this build (sources that did, nearest first: ${nearest(part.source, index.sources())})`
  const breakdowns = measures.get(part.measure)
  if (!breakdowns)
    return `names measure "${part.measure}", which ${part.source} does not have (nearest: ${nearest(part.measure, measures.keys())})`
  if (!breakdowns.has(part.breakdown))
    return `names breakdown "${part.breakdown}", which ${part.source} does not give for ${part.measure} (nearest: ${nearest(part.breakdown, breakdowns)})`
  const observations = index.get(part.source, part.measure, part.breakdown)
  const periods = new Map(observations.map((o) => [`${o.periodKind}:${o.period}`, { period: o.period, periodKind: o.periodKind }]))
  const available = [...periods.values()]
  if (!available.some((p) => series.periods(p, available).length > 0))
    return `matches observations (${available.map((p) => `${p.periodKind} ${p.period}`).join(', ')}), but the series' period map turns none of them into a metric period`
  return null
}

/** Stops the build with every series part that matches no observation in any metric period. */
export function checkSeriesParts(defs: readonly MetricDefinition[], index: ObservationIndex, optional: OptionalSources = new Map()): void {
  const problems = new Set<string>()
  for (const def of defs) {
    for (const series of seriesOf(def)) {
      for (const part of series.parts) {
        const problem = problemOf(part, series, index, optional)
        if (problem) problems.add(`metric ${def.id}: series part ${describePart(part)} ${problem}`)
      }
    }
  }
  if (problems.size > 0) {
    throw new ConfigError(
      `${problems.size} series part${problems.size === 1 ? ' in the metric registry (src/pipeline/metrics/registry/) matches' : 's in the metric registry (src/pipeline/metrics/registry/) match'} no observation in any period:\n${[...problems].map((p) => `  - ${p}`).join('\n')}`,
    )
  }
}
