import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/charts/format.ts'

/** What formatNumber promises, as Intl.NumberFormat writes it. */
function intl(decimals?: number): (n: number) => string {
  const digits =
    decimals === undefined
      ? { minimumFractionDigits: 0, maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
  const f = new Intl.NumberFormat('en-GB', { ...digits, signDisplay: 'negative' })
  return (n) => f.format(n).replace('-', '\u2212')
}

/** A small seeded generator, so that every run checks the same numbers. */
function* numbers(count: number): Generator<number> {
  let seed = 20251201
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (let i = 0; i < count; i++) {
    const x = (next() - 0.3) * 10 ** Math.floor(next() * 12 - 5)
    yield x
    // Halves in the last places: where rounding the binary value and rounding its decimal differ.
    yield Math.round(x * 1000) / 1000 + 0.0005
    yield Math.round(x * 100) / 100
  }
}

describe('formatNumber writes numbers exactly as Intl.NumberFormat (en-GB) does', () => {
  it('on halves, signs, zeros, thousands and numbers too small or large for plain decimals', () => {
    const edge = [
      0, -0, 1.005, 2.675, 0.125, -0.004, -0.005, 999.995, 9.995, 99999.5, -99999.5, 1e-7, -3e-9, 123456789012, 0.5, 2.5, -2.5, 1e20, 1e21,
      4.35,
    ]
    for (const x of edge) for (const d of [undefined, 0, 1, 2, 3, 6]) expect(formatNumber(x, d), `${x} at ${d}`).toBe(intl(d)(x))
  })

  it('on 9,000 numbers of every size, at every number of decimals', () => {
    const formats = [undefined, 0, 1, 2, 3, 4, 5, 6].map((d) => ({ d, f: intl(d) }))
    const wrong: string[] = []
    for (const x of numbers(3_000))
      for (const { d, f } of formats) if (formatNumber(x, d) !== f(x)) wrong.push(`${x} at ${d}: ${formatNumber(x, d)} not ${f(x)}`)
    expect(wrong).toEqual([])
  })
})
