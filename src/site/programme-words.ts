// The Change Programme evaluation in plain words: differences with their sign and unit, likely
// ranges, p-values, and one sentence per verdict. The words describe groups of local authorities
// and what the figures can and cannot show, never how well any council is doing.
import { formatNumber } from '../charts/format.ts'
import type { ChangeProgramme, OutcomeResult, OutcomeVerdict, Placebo, Tested } from '../contract/change-programme.ts'
import type { MetricInfo } from '../contract/schemas.ts'
import type { Unit } from '../contract/vocabulary.ts'
import { listText } from './words.ts'

/** The unit of a difference between two of the metric's figures. */
const DIFFERENCE_UNIT: Readonly<Record<Unit, string>> = {
  percent: 'percentage points',
  per_1000: 'per 1,000',
  per_10000: 'per 10,000',
  per_100_pupils: 'per 100 pupils',
  ratio: 'times',
  percentage_points: 'percentage points',
  score: 'points',
  gbp_per_head: 'pounds per head',
  gbp_per_plan_per_week: 'pounds per child with a plan, per week',
}

export const differenceUnit = (m: MetricInfo): string => DIFFERENCE_UNIT[m.unit]

/**
 * A difference with its sign: two decimals from 1 up, two significant figures below, so that a
 * change in a rare event (a few permanent exclusions per 10,000 pupils) does not read as zero.
 */
export function signedNumber(x: number): string {
  const a = Math.abs(x)
  const decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 || a === 0 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(a)))
  const text = formatNumber(x, decimals)
  return x > 0 && /[1-9]/.test(text) ? `+${text}` : text
}

/** Without a sign: for sizes (the smallest detectable change, an average level). */
export const sizeNumber = (x: number): string => signedNumber(Math.abs(x)).replace('+', '')

const difference = (m: MetricInfo, x: number): string => `${signedNumber(x)} ${differenceUnit(m)}`

/** "−0.8 to +2.9"; an end the method left open is said in words. */
export function rangeNumbers(low: number | null, high: number | null): string {
  if (low === null && high === null) return 'not bounded either way'
  if (low === null) return `anything up to ${signedNumber(high!)}`
  if (high === null) return `${signedNumber(low)} or more`
  return `${signedNumber(low)} to ${signedNumber(high)}`
}

/** A p-value in a table column headed "p": "0.021", "< 0.001". */
export const pNumber = (p: number): string => (p < 0.001 ? '< 0.001' : p.toFixed(3))
const pText = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${pNumber(p)}`)

/** "+1.02 percentage points (likely range −0.81 to +2.90; p = 0.279)". */
function estimateText(m: MetricInfo, t: Pick<Tested, 'estimate' | 'low' | 'high'> & { p?: number }): string {
  return `${difference(m, t.estimate)} (likely range ${rangeNumbers(t.low, t.high)}${t.p === undefined ? '' : `; ${pText(t.p)}`})`
}

export type VerdictLabel = 'Supported' | 'Not supported' | 'Cannot tell yet'
const VERDICT_LABELS: Readonly<Record<OutcomeVerdict['verdict'], VerdictLabel>> = {
  supported: 'Supported',
  not_supported: 'Not supported',
  cannot_tell: 'Cannot tell yet',
}

/** A placebo window: "January 2021", or "the average of January 2020 and January 2021". */
function windowText(m: MetricInfo, ids: readonly string[]): string {
  const labels = m.periods.filter((p) => ids.includes(p.id)).map((p) => p.label)
  if (labels.length <= 1) return labels[0] ?? 'no period'
  return `the average of ${labels.length > 3 ? `${labels[0]} to ${labels.at(-1)}` : listText(labels)}`
}

/** How a pretend start before the programme came out, in a sentence. */
export function placeboText(m: MetricInfo, pl: Placebo): string {
  return `before the programme, from ${windowText(m, pl.before)} to ${windowText(m, pl.after)}, pilot LAs changed by ${estimateText(m, pl)} relative to the other LAs`
}

export interface VerdictWords {
  label: VerdictLabel
  /** Completes the label ("Cannot tell yet, because …", "Supported: …"), with the one number the verdict rests on. */
  because: string
  /** The label with the punctuation that leads into `because`: "Cannot tell yet," or "Supported:". */
  lead: string
}

/** "rose by 1.55 percentage points" / "fell by 0.0098 per 100 pupils": a difference as a movement. */
const movement = (m: MetricInfo, x: number) =>
  x === 0 ? 'did not move' : `${x > 0 ? 'rose' : 'fell'} by ${sizeNumber(x)} ${differenceUnit(m)}`

const main = (o: OutcomeResult | undefined) => o?.comparisons.find((c) => c.comparison === 'all_other_las')
const yearsWords = (n: number) => (n === 1 ? 'the year' : `the ${n} years`)

/** One outcome's verdict in a sentence or two (a claim's primary outcome or a secondary one). */
export function verdictWords(v: OutcomeVerdict, m: MetricInfo, outcome: OutcomeResult | undefined, data: ChangeProgramme): VerdictWords {
  const label = VERDICT_LABELS[v.verdict]
  const c = main(outcome)
  const e = c?.effect
  const moved = e
    ? `since the programme began, the figure ${movement(m, e.estimate)} in pilot LAs relative to other LAs (${pText(e.p)})`
    : ''
  const sofar = e ? `; so far the figure ${movement(m, e.estimate)} in pilot LAs relative to other LAs (${pText(e.p)})` : ''
  const because = ((): string => {
    switch (v.reason) {
      case 'effect_in_claimed_direction':
        return `${moved}, the way the claim says and more than chance would usually give.`
      case 'effect_opposite':
        return `${moved}, the opposite way to the claim.`
      case 'no_difference':
        return `${moved}, no more than chance would often give${e!.minimumDetectableEffect === null ? '' : `, though a change of ${sizeNumber(e!.minimumDetectableEffect)} ${differenceUnit(m)} would most likely have shown`}.`
      case 'pre_trend': {
        const pre = c!.preTrend!
        return `pilot LAs were already moving apart from other LAs before the programme: in ${yearsWords(pre.yearsBefore)} before it began, the figure ${movement(m, pre.estimate)} in pilot LAs relative to other LAs (${pText(pre.p)}).`
      }
      case 'too_little_power': {
        const mde = e!.minimumDetectableEffect!
        const share = outcome?.baseMean ? ` (${Math.round((100 * mde) / Math.abs(outcome.baseMean))}% of the average figure)` : ''
        return `these figures could only show a change of ${sizeNumber(mde)} ${differenceUnit(m)} or more${share}; the difference so far, ${signedNumber(e!.estimate)}, is within chance.`
      }
      case 'too_few_periods':
        return `only the first programme year, a year of transition, is published${sofar}.`
      case 'no_figures_after':
        return `the published figures stop at ${m.periods.at(-1)?.label ?? 'a period'}, before the programme began in September ${data.start.slice(0, 4)}.`
      case 'no_base':
        return 'there is no published figure from just before the programme to measure each LA’s change from.'
      case 'no_figures_before':
        return `the figures start at ${m.periods[0]?.label ?? 'the base period'}, too late to check that pilot and other LAs moved alike before the programme${sofar}.`
      case 'no_direction':
        return `the claim is about how consistent decisions are, which no published figure measures${sofar}.`
    }
  })()
  return {
    label,
    lead: `${label}${v.verdict === 'cannot_tell' ? ',' : ':'}`,
    because: v.verdict === 'cannot_tell' ? `because ${because}` : because,
  }
}
