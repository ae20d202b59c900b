// Computes a metric for England, every region, every current LA and any former LA with figures,
// for every period its sources allow. Regions and England come from the publisher's own rows when
// the source has them; otherwise from summed LA numerators and denominators (never by averaging
// rates), and only when every LA that existed has figures (an LA missing from the source counts as
// a gap unless the source gives its predecessors or successors instead).
import { createdOn, type Geography } from '../geography/areas.ts'
import { estimate } from '../statistics/intervals.ts'
import type { MeasureDefinition, MetricDefinition, Segment, Series } from './definition.ts'
import { evaluateSeries, type Cell, type EvaluatedSeries, type ObservationIndex } from './series.ts'
import type { MissingReason } from '../../contract/vocabulary.ts'
import type { MetricValue } from '../../contract/schemas.ts'
import { periodOrder, periodStart, type MetricPeriod } from '../../contract/periods.ts'

export interface ComputedMetric {
  definition: MeasureDefinition
  periods: MetricPeriod[]
  values: MetricValue[]
}

type Draft = Omit<MetricValue, 'metric' | 'area' | 'period' | 'segment'>

const EMPTY: Draft = {
  value: null,
  numerator: null,
  denominator: null,
  ci95: null,
  ci998: null,
  missing: null,
  basis: null,
  coverage: null,
  sources: [],
}

function missing(reason: MissingReason, basis: Draft['basis'] = null, sources: readonly string[] = []): Draft {
  return { ...EMPTY, missing: reason, basis, sources: [...sources] }
}

function union(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())].sort()
}

function isLa(g: Geography, code: string): boolean {
  const t = g.byCode.get(code)?.type
  return t === 'la' || t === 'former_la'
}

function basisOf(g: Geography, code: string): 'source' | 'published' {
  return isLa(g, code) ? 'source' : 'published'
}

/** Did the LA exist when the period started? (Former LAs and LAs created by a reorganisation.) */
function existed(g: Geography, code: string, period: MetricPeriod): boolean {
  const start = periodStart(period)
  const former = g.former.find((f) => f.code === code)
  if (former) return start < former.effective
  const created = createdOn(g, code)
  return created === undefined || start >= created
}

function ratioDraft(
  kind: 'proportion' | 'rate' | 'amount_rate',
  num: number,
  den: number,
  per: number,
  basis: Draft['basis'],
  coverage: number | null,
  sources: string[],
): Draft {
  if (den === 0) return missing('no_denominator', basis, sources)
  const base = { ...EMPTY, numerator: num, denominator: den, basis, coverage, sources }
  // Pounds per head: a ratio of sums, with no sampling interval.
  if (kind === 'amount_rate') return { ...base, value: (num / den) * per }
  if (kind === 'rate') return { ...base, ...estimate('rate', num, den, per) }
  // A share above 100% cannot be true: a return whose count exceeds the total it is part of (direct
  // payments for a service outnumbering the personal budgets) is not used.
  if (num > den) return missing('count_above_total', basis, sources)
  if (!Number.isInteger(num) || !Number.isInteger(den)) return { ...base, value: (num / den) * 100 }
  return { ...base, ...estimate('percent', num, den) }
}

/**
 * Sum LA numerators and denominators within each region and for England, where the sources do not
 * both have a row for it (a regional count over a denominator published for LAs only would mix
 * two sets of areas). LAs in `leftOut` are counted in neither sum.
 */
function aggregateCounts(
  g: Geography,
  period: MetricPeriod,
  num: Map<string, Cell>,
  den: Map<string, Cell>,
  build: (n: number, d: number, coverage: number, sources: string[]) => Draft,
  out: Map<string, Draft>,
  leftOut: ReadonlySet<string> = new Set(),
): void {
  const targets = [g.england, ...g.regions].filter((a) => !(num.has(a.code) && den.has(a.code)))
  const hasFigures = (code: string) => num.get(code)?.value != null && den.get(code)?.value != null
  // Every LA, not only those with rows: an LA the source leaves out is a gap too.
  const relatives = (code: string) => [
    ...g.former.filter((f) => f.successorCodes.includes(code)).map((f) => f.code),
    ...(g.former.find((f) => f.code === code)?.successorCodes ?? []),
  ]
  const areas = [...g.las, ...g.former]
  for (const target of targets) {
    let n = 0
    let d = 0
    let covered = 0
    let gaps = 0
    let sources: string[] = []
    for (const area of areas) {
      if (leftOut.has(area.code)) continue
      if (target.type === 'region' && area.regionCode !== target.code) continue
      const code = area.code
      if (hasFigures(code)) {
        const cell = num.get(code)!
        const dc = den.get(code)!
        n += cell.value!
        d += dc.value!
        covered++
        sources = union(sources, cell.sources, dc.sources)
      } else if (existed(g, code, period)) {
        // A gap, unless the source reported this ground under the area's predecessors or successors
        // instead (a reorganisation year) and gave this area no figure of its own at all.
        const partial = num.get(code)?.value != null || den.get(code)?.value != null
        if (partial || !relatives(code).some(hasFigures)) gaps++
      }
    }
    if (covered === 0) continue
    out.set(target.code, gaps > 0 ? missing('incomplete_coverage', 'sum_of_las', sources) : build(n, d, covered, sources))
  }
}

/**
 * A former LA whose successors cover exactly its area (each has no other predecessor: Cumbria, split
 * into Cumberland and Westmorland and Furness) can lack one count in its last period, where that
 * source is already on the new geography (ONS mid-2022 population for January 2023). Its
 * successors' sum is then its figure. Returns the former LAs so filled.
 */
function fillFromSuccessors(g: Geography, period: MetricPeriod, cells: Map<string, Cell>, other: ReadonlyMap<string, Cell>): Set<string> {
  const filled = new Set<string>()
  for (const f of g.former) {
    if (cells.has(f.code) || other.get(f.code)?.value == null || !existed(g, f.code, period)) continue
    const exact = f.successorCodes.every((s) => g.former.filter((x) => x.successorCodes.includes(s)).length === 1)
    // Only where the other count is on the old geography alone, so that no area is counted twice.
    const otherOnNew = f.successorCodes.some((s) => other.get(s)?.value != null)
    const parts = f.successorCodes.map((s) => cells.get(s))
    if (!exact || otherOnNew || parts.some((c) => c?.value == null)) continue
    cells.set(f.code, {
      value: parts.reduce((sum, c) => sum + c!.value!, 0),
      missing: null,
      sources: union(...parts.map((c) => c!.sources)),
    })
    filled.add(f.code)
  }
  return filled
}

interface SegmentResult {
  periods: Map<string, MetricPeriod>
  /** period -> area -> draft */
  drafts: Map<string, Map<string, Draft>>
}

function evaluateSegment(seg: Segment, index: ObservationIndex, g: Geography): SegmentResult {
  const evaluate = (s: Series): EvaluatedSeries => evaluateSeries(s, index)
  const drafts = new Map<string, Map<string, Draft>>()
  if (seg.kind === 'proportion' || seg.kind === 'rate') {
    const num = evaluate(seg.numerator)
    const den = evaluate(seg.denominator)
    const per = seg.kind === 'rate' ? seg.per : 100
    const kind = seg.kind === 'rate' && seg.amounts ? 'amount_rate' : seg.kind
    for (const [periodId, numCells] of num.table) {
      const period = num.periods.get(periodId)!
      const denCells = den.table.get(periodId) ?? new Map<string, Cell>()
      const out = new Map<string, Draft>()
      if (seg.numerator.absentMeansZero) {
        for (const [area, d] of denCells)
          if (!numCells.has(area) && d.value !== null) numCells.set(area, { value: 0, missing: null, sources: d.sources })
      }
      const leftOut = new Set(seg.leftOut?.areas ?? [])
      if (leftOut.size > 0) {
        // England and the regions from their other LAs only: their published rows count the left-out areas.
        for (const a of [g.england, ...g.regions]) {
          numCells.delete(a.code)
          denCells.delete(a.code)
        }
      }
      const fromSuccessors = new Set([
        ...fillFromSuccessors(g, period, numCells, denCells),
        ...fillFromSuccessors(g, period, denCells, numCells),
      ])
      for (const [area, n] of numCells) {
        const d = denCells.get(area)
        const basis = fromSuccessors.has(area) ? 'sum_of_successors' : basisOf(g, area)
        if (n.missing) out.set(area, missing(n.missing, basis, n.sources))
        else if (!d) out.set(area, missing(denCells.size === 0 ? 'not_available' : 'area_not_in_source', basis, n.sources))
        else if (d.missing) out.set(area, missing(d.missing, basis, union(n.sources, d.sources)))
        else out.set(area, ratioDraft(kind, n.value, d.value, per, basis, null, union(n.sources, d.sources)))
      }
      if (denCells.size > 0)
        aggregateCounts(g, period, numCells, denCells, (n, d, c, src) => ratioDraft(kind, n, d, per, 'sum_of_las', c, src), out, leftOut)
      drafts.set(periodId, out)
    }
    return { periods: num.periods, drafts }
  }
  if (seg.kind === 'published') {
    const v = evaluate(seg.value)
    const lower = seg.interval ? evaluate(seg.interval.lower) : null
    const upper = seg.interval ? evaluate(seg.interval.upper) : null
    for (const [periodId, cells] of v.table) {
      const out = new Map<string, Draft>()
      for (const [area, c] of cells) {
        const lo = lower?.table.get(periodId)?.get(area)?.value ?? null
        const hi = upper?.table.get(periodId)?.get(area)?.value ?? null
        out.set(
          area,
          c.missing
            ? missing(c.missing, basisOf(g, area), c.sources)
            : {
                ...EMPTY,
                value: c.value,
                ci95: lo !== null && hi !== null ? { lower: lo, upper: hi } : null,
                basis: basisOf(g, area),
                sources: [...c.sources],
              },
        )
      }
      drafts.set(periodId, out)
    }
    return { periods: v.periods, drafts }
  }
  const [a, b] =
    seg.kind === 'difference'
      ? seg.shareOf
        ? [
            asPercent(evaluate(seg.minuend), evaluate(seg.shareOf.minuend)),
            asPercent(evaluate(seg.subtrahend), evaluate(seg.shareOf.subtrahend)),
          ]
        : [evaluate(seg.minuend), evaluate(seg.subtrahend)]
      : [evaluate(seg.numerator), evaluate(seg.denominator)]
  for (const [periodId, aCells] of a.table) {
    const bCells = b.table.get(periodId) ?? new Map<string, Cell>()
    const out = new Map<string, Draft>()
    for (const [area, x] of aCells) {
      const y = bCells.get(area)
      const basis = basisOf(g, area)
      const sources = union(x.sources, y?.sources ?? [])
      if (x.missing) out.set(area, missing(x.missing, basis, sources))
      else if (!y) out.set(area, missing('area_not_in_source', basis, sources))
      else if (y.missing) out.set(area, missing(y.missing, basis, sources))
      else if (seg.kind === 'quotient' && y.value === 0) out.set(area, missing('no_denominator', basis, sources))
      else out.set(area, { ...EMPTY, value: seg.kind === 'difference' ? x.value - y.value : x.value / y.value, basis, sources })
    }
    drafts.set(periodId, out)
  }
  return { periods: a.periods, drafts }
}

/** 100 × each cell of a series over the same area's cell of its base: the share a proportion segment gives. */
function asPercent(num: EvaluatedSeries, den: EvaluatedSeries): EvaluatedSeries {
  const table = new Map<string, Map<string, Cell>>()
  for (const [periodId, cells] of num.table) {
    const bases = den.table.get(periodId)
    const out = new Map<string, Cell>()
    for (const [area, n] of cells) {
      const d = bases?.get(area)
      const sources = union(n.sources, d?.sources ?? [])
      if (n.missing) out.set(area, { value: null, missing: n.missing, sources })
      else if (!d) out.set(area, { value: null, missing: 'area_not_in_source', sources })
      else if (d.missing) out.set(area, { value: null, missing: d.missing, sources })
      else if (d.value === 0) out.set(area, { value: null, missing: 'no_denominator', sources })
      else out.set(area, { value: (100 * n.value) / d.value, missing: null, sources })
    }
    table.set(periodId, out)
  }
  return { table, periods: num.periods }
}

export function computeMetric(def: MetricDefinition, index: ObservationIndex, g: Geography): ComputedMetric {
  const segments = def.segments.map((seg) => evaluateSegment(seg, index, g))
  const periods = new Map<string, MetricPeriod>()
  for (const s of segments) for (const [id, p] of s.periods) periods.set(id, p)
  // A period in which no area has a figure (e.g. plans counted before any population estimate)
  // is not a period of this metric.
  const withFigures = new Set(
    segments.flatMap((s) => [...s.drafts].filter(([, byArea]) => [...byArea.values()].some((d) => d.value !== null)).map(([id]) => id)),
  )
  const ordered = [...periods.values()].filter((p) => withFigures.has(p.id)).sort((x, y) => periodOrder(x) - periodOrder(y))

  const values: MetricValue[] = []
  for (const period of ordered) {
    // The first segment with a figure for the area; failing that, the first with a row (its reason).
    const chosen = new Map<string, { draft: Draft; segment: number }>()
    segments.forEach((s, i) => {
      for (const [area, draft] of s.drafts.get(period.id) ?? []) {
        const earlier = chosen.get(area)
        if (!earlier || (earlier.draft.value === null && draft.value !== null)) chosen.set(area, { draft, segment: i })
      }
    })
    const firstSegment = segments.findIndex((s) => s.drafts.has(period.id))
    const countsBased = def.segments[firstSegment]!.kind === 'proportion' || def.segments[firstSegment]!.kind === 'rate'
    const emit = (area: string, draft: Draft, segment: number) =>
      values.push({ metric: def.id, area, period: period.id, segment, ...draft })

    for (const area of [g.england, ...g.regions, ...g.las]) {
      const found = chosen.get(area.code)
      const created = area.type !== 'la' || existed(g, area.code, period)
      // A council that did not exist yet: whatever symbol the source put in its row, that is why.
      if (found && (found.draft.value !== null || created)) emit(area.code, found.draft, found.segment)
      else if (area.type === 'la')
        emit(
          area.code,
          missing(created ? 'area_not_in_source' : 'area_not_created', null, found?.draft.sources),
          found?.segment ?? firstSegment,
        )
      else emit(area.code, missing(countsBased ? 'area_not_in_source' : 'not_aggregable'), firstSegment)
    }
    // Former LAs appear only where a source has figures for them, or a reason while they still
    // existed: their history, not the gaps a source leaves after they were abolished.
    for (const f of g.former) {
      const found = chosen.get(f.code)
      if (found && (found.draft.value !== null || existed(g, f.code, period))) emit(f.code, found.draft, found.segment)
    }
  }
  return { definition: def, periods: ordered, values }
}
