// The real assignment of pilots and its seeded redraws for randomisation inference: each redraw
// picks, in every region, as many LAs as the region has pilots (the pilots' regional split is
// kept), uniformly from all its included LAs. For the neighbours comparison each pseudo-pilot is
// matched with its statistical neighbours that are not pseudo-pilots of the same assignment, as a
// real pilot is with its non-pilot neighbours: stored as the few neighbours to leave out, which
// makes the comparison several times faster than listing the ones kept. Computed once and shared
// by every outcome.
import { randomLcg, shuffler } from 'd3'
import type { IndexedDesign } from './design.ts'

export interface Assignments {
  /** Number of assignments: 0 is the real one, 1 ... count - 1 the redraws. */
  count: number
  /** Pilots per assignment, laid out by stratum: `slots[k]` is stratum k's range. */
  size: number
  slots: ReadonlyArray<{ start: number; end: number }>
  /** LA index of slot s of assignment a at a * size + s. */
  members: Int32Array
  /** Each LA's included statistical neighbours (the design's). */
  neighbours: readonly (readonly number[])[]
  /**
   * The neighbours of slot s of assignment a that are in the same assignment, so not matched:
   * unmatched[unmatchedStart[a * size + s] ... unmatchedStart[a * size + s + 1]).
   */
  unmatchedStart: Int32Array
  unmatched: Int32Array
}

export function drawAssignments(d: IndexedDesign, draws: number, seed: number): Assignments {
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a positive whole number, not ${draws}`)
  const count = draws + 1
  const slots: Array<{ start: number; end: number }> = []
  let size = 0
  for (const s of d.strata) {
    slots.push({ start: size, end: size + s.pilots })
    size += s.pilots
  }
  const members = new Int32Array(count * size)
  let at = 0
  for (const s of d.strata) for (const i of s.members) if (d.pilot[i] === 1) members[at++] = i

  const shuffle = shuffler(randomLcg(seed))
  const pools = d.strata.map((s) => Int32Array.from(s.members))
  for (let a = 1; a < count; a++) {
    d.strata.forEach((s, k) => {
      if (s.pilots === 0) return
      const pool = shuffle(pools[k]!)
      // Any fixed positions of a uniformly shuffled pool are a uniform sample without replacement.
      members.set(pool.subarray(0, s.pilots), a * size + slots[k]!.start)
    })
  }

  const unmatchedStart = new Int32Array(count * size + 1)
  const unmatched: number[] = []
  const inAssignment = new Uint8Array(d.codes.length)
  for (let a = 0; a < count; a++) {
    const own = members.subarray(a * size, (a + 1) * size)
    for (const i of own) inAssignment[i] = 1
    for (let s = 0; s < size; s++) {
      unmatchedStart[a * size + s] = unmatched.length
      for (const n of d.neighbours[own[s]!]!) if (inAssignment[n] === 1) unmatched.push(n)
    }
    for (const i of own) inAssignment[i] = 0
  }
  unmatchedStart[count * size] = unmatched.length
  return { count, size, slots, members, neighbours: d.neighbours, unmatchedStart, unmatched: Int32Array.from(unmatched) }
}
