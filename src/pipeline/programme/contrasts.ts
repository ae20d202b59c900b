// The two comparisons, evaluated for the real assignment and every redraw at once. Each takes one
// number per LA (a change; NaN where the LA has none) and returns, for every assignment, the
// contrast of that number (`t`) and the same contrast of the real-pilot indicator (`u`). Both
// contrasts are linear in the LA numbers, so under a constant effect tau on the real pilots the
// contrast of the effect-free numbers is t - tau * u: what the range (test inversion) needs.
//   all other LAs: mean over the assignment's pilots minus mean over every other LA;
//   neighbours:    mean over the assignment's pilots of (own number minus the mean of its matched
//                  neighbours' numbers), for pilots with a number and at least one such neighbour.
// Several vectors are done together: the loops over redraws and pilots run once, the innermost
// over the vectors, whose numbers are stored LA by LA.
import type { Assignments } from './assignments.ts'

export interface ContrastSample {
  /** Contrast of the LA numbers for each assignment (index 0: the real one); NaN when undefined. */
  t: Float64Array
  /** Contrast of the real-pilot indicator (1 for the real assignment). */
  u: Float64Array
  /** LAs behind the real assignment's contrast: pilots, and comparison LAs (distinct). */
  nPilot: number
  nComparison: number
}

/** The vectors LA by LA, with 0 for a missing number and a 0/1 flag of having one: loops without branches. */
function byLa(xs: readonly Float64Array[], las: number): { value: Float64Array; has: Float64Array } {
  const V = xs.length
  const value = new Float64Array(las * V)
  const has = new Float64Array(las * V)
  xs.forEach((x, v) => {
    for (let i = 0; i < las; i++) {
      const w = x[i]!
      if (Number.isNaN(w)) continue
      value[i * V + v] = w
      has[i * V + v] = 1
    }
  })
  return { value, has }
}

/**
 * All other LAs. With `slots`, the pilot side is only the assignment's pilots in those slots (one
 * partnership's region); the comparison side is still every LA outside the assignment.
 */
export function allOthersContrasts(
  a: Assignments,
  xs: readonly Float64Array[],
  pilot: Uint8Array,
  slots: { start: number; end: number } = { start: 0, end: a.size },
): ContrastSample[] {
  const V = xs.length
  const las = pilot.length
  const { value, has } = byLa(xs, las)
  // Totals over every LA with a number.
  const total = new Float64Array(V)
  const n = new Float64Array(V)
  const pilotsWith = new Float64Array(V)
  for (let i = 0; i < las; i++) {
    for (let v = 0; v < V; v++) {
      const h = has[i * V + v]!
      total[v] = total[v]! + value[i * V + v]!
      n[v] = n[v]! + h
      pilotsWith[v] = pilotsWith[v]! + h * pilot[i]!
    }
  }
  const t = xs.map(() => new Float64Array(a.count))
  const u = xs.map(() => new Float64Array(a.count))
  const nPilot = new Int32Array(V)
  const nComparison = new Int32Array(V)
  // Sums over the whole assignment (its LAs leave the comparison side) and, when only some slots
  // make the pilot side, over those.
  const sumAll = new Float64Array(V)
  const nAll = new Float64Array(V)
  const pilotsAll = new Float64Array(V)
  const partial = slots.start > 0 || slots.end < a.size
  const sum = partial ? new Float64Array(V) : sumAll
  const m = partial ? new Float64Array(V) : nAll
  const pilots = partial ? new Float64Array(V) : pilotsAll
  const accumulate = (k: number, from: number, to: number, sumOut: Float64Array, countOut: Float64Array, pilotsOut: Float64Array) => {
    sumOut.fill(0)
    countOut.fill(0)
    pilotsOut.fill(0)
    for (let s = from; s < to; s++) {
      const i = a.members[k * a.size + s]!
      const p = pilot[i]!
      const at = i * V
      for (let v = 0; v < V; v++) {
        const h = has[at + v]!
        sumOut[v] = sumOut[v]! + value[at + v]!
        countOut[v] = countOut[v]! + h
        pilotsOut[v] = pilotsOut[v]! + h * p
      }
    }
  }
  for (let k = 0; k < a.count; k++) {
    accumulate(k, 0, a.size, sumAll, nAll, pilotsAll)
    if (partial) accumulate(k, slots.start, slots.end, sum, m, pilots)
    for (let v = 0; v < V; v++) {
      const mv = m[v]!
      const rest = n[v]! - nAll[v]!
      const defined = mv > 0 && rest > 0
      t[v]![k] = defined ? sum[v]! / mv - (total[v]! - sumAll[v]!) / rest : NaN
      u[v]![k] = defined ? pilots[v]! / mv - (pilotsWith[v]! - pilotsAll[v]!) / rest : NaN
      if (k === 0) {
        nPilot[v] = mv
        nComparison[v] = rest
      }
    }
  }
  return xs.map((_, v) => ({ t: t[v]!, u: u[v]!, nPilot: nPilot[v]!, nComparison: nComparison[v]! }))
}

/**
 * Neighbours. A pilot's matched neighbours are its neighbours less those in the same assignment,
 * so their sums are each LA's neighbour sums (computed once) less the few left out.
 */
export function neighboursContrasts(a: Assignments, xs: readonly Float64Array[], pilot: Uint8Array): ContrastSample[] {
  const V = xs.length
  const las = pilot.length
  const { value, has } = byLa(xs, las)
  // Per LA and vector: sum, count and pilot count over all its neighbours with a number.
  const nbSum = new Float64Array(las * V)
  const nbCount = new Float64Array(las * V)
  const nbPilots = new Float64Array(las * V)
  for (let i = 0; i < las; i++) {
    for (const j of a.neighbours[i]!) {
      for (let v = 0; v < V; v++) {
        const h = has[j * V + v]!
        nbSum[i * V + v] = nbSum[i * V + v]! + value[j * V + v]!
        nbCount[i * V + v] = nbCount[i * V + v]! + h
        nbPilots[i * V + v] = nbPilots[i * V + v]! + h * pilot[j]!
      }
    }
  }
  const t = xs.map(() => new Float64Array(a.count))
  const u = xs.map(() => new Float64Array(a.count))
  const nPilot = new Int32Array(V)
  const sumDiff = new Float64Array(V)
  const sumPilotDiff = new Float64Array(V)
  const m = new Float64Array(V)
  for (let k = 0; k < a.count; k++) {
    sumDiff.fill(0)
    sumPilotDiff.fill(0)
    m.fill(0)
    for (let s = k * a.size; s < (k + 1) * a.size; s++) {
      const i = a.members[s]!
      const at = i * V
      const p = pilot[i]!
      const from = a.unmatchedStart[s]!
      const to = a.unmatchedStart[s + 1]!
      for (let v = 0; v < V; v++) {
        if (has[at + v] === 0) continue
        let sum = nbSum[at + v]!
        let count = nbCount[at + v]!
        let pilots = nbPilots[at + v]!
        for (let q = from; q < to; q++) {
          const j = a.unmatched[q]!
          const h = has[j * V + v]!
          sum -= value[j * V + v]!
          count -= h
          pilots -= h * pilot[j]!
        }
        if (count === 0) continue
        sumDiff[v] = sumDiff[v]! + value[at + v]! - sum / count
        sumPilotDiff[v] = sumPilotDiff[v]! + p - pilots / count
        m[v] = m[v]! + 1
      }
    }
    for (let v = 0; v < V; v++) {
      const mv = m[v]!
      t[v]![k] = mv === 0 ? NaN : sumDiff[v]! / mv
      u[v]![k] = mv === 0 ? NaN : sumPilotDiff[v]! / mv
      if (k === 0) nPilot[v] = mv
    }
  }
  return xs.map((_, v) => ({ t: t[v]!, u: u[v]!, nPilot: nPilot[v]!, nComparison: comparisonLas(a, has, V, v) }))
}

/** Distinct LAs matched, with a number, to the real pilots that have one. */
function comparisonLas(a: Assignments, has: Float64Array, V: number, v: number): number {
  const real = new Set(a.members.subarray(0, a.size))
  const used = new Set<number>()
  for (const i of real) {
    if (has[i * V + v] === 0) continue
    for (const j of a.neighbours[i]!) if (!real.has(j) && has[j * V + v] === 1) used.add(j)
  }
  return used.size
}
