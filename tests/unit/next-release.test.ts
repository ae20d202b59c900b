// The next release of a source: the registry takes a date a maintainer copies from the publisher's
// announcement (a day or a month, with the page that announced it) and refuses anything else; the
// pages show the earliest announced date per publication and nothing for sources without one.
import { describe, expect, it } from 'vitest'
import { parseRegistry } from '../../src/pipeline/sources/registry.ts'
import { announcedDateText, nextReleases, withoutNextRelease } from '../../src/site/next-release.ts'
import type { Source } from '../../src/contract/schemas.ts'

const ANNOUNCED = 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans'

function entry(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'demo',
    title: 'Demo',
    kind: 'raw',
    format: 'ees-csv',
    publisher: 'Department for Education',
    publication: 'Education, health and care plans',
    release: 'Reporting year 2025 (published 26 June 2025)',
    period: '2025',
    official_page: 'https://example.org/',
    file: 'demo.csv',
    mirror_path: 'pub/demo.csv',
    downloads: [],
    sha256: 'a'.repeat(64),
    bytes: 10,
    licence: 'OGL',
    ...over,
  }
}

const parse = (...entries: Array<Record<string, unknown>>) => parseRegistry(JSON.stringify({ sources: entries }), 'sources.json')

describe('next release in the registry', () => {
  it('takes a day or a month with the page that announced it', () => {
    const [day] = parse(entry({ next_release: { date: '2027-06-24', announced: ANNOUNCED } }))
    expect(day!.next_release).toEqual({ date: '2027-06-24', announced: ANNOUNCED })
    const [month] = parse(entry({ next_release: { date: '2027-06', announced: ANNOUNCED } }))
    expect(month!.next_release?.date).toBe('2027-06')
    expect(parse(entry())[0]!.next_release).toBeUndefined()
  })

  it('refuses dates that are not real days or months, and dates without their announcement, naming the entry', () => {
    for (const next_release of [
      { date: '2027-02-30', announced: ANNOUNCED },
      { date: '2027-13', announced: ANNOUNCED },
      { date: 'June 2027', announced: ANNOUNCED },
      { date: '2027-06' },
      { date: '2027-06', announced: 'DfE said so' },
    ])
      expect(() => parse(entry({ next_release })), JSON.stringify(next_release)).toThrow(
        /sources\.json: sources\[0\] \(demo\)(\.next_release\.(date|announced): |: "next_release" has no such day or month)/,
      )
  })
})

describe('next release on the pages', () => {
  it('writes days and months in words', () => {
    expect(announcedDateText('2027-06-24')).toBe('24 June 2027')
    expect(announcedDateText('2027-06')).toBe('June 2027')
  })

  it('gives each publication its earliest announced date, soonest first, and lists the sources with none', () => {
    const sources: Source[] = parse(
      entry({ id: 'a', next_release: { date: '2027-06', announced: ANNOUNCED } }),
      entry({ id: 'b', next_release: { date: '2027-06-24', announced: ANNOUNCED } }),
      entry({
        id: 'c',
        publisher: 'Department for Education (values); extract prepared by Data to Insight',
        publication: 'Suspensions and permanent exclusions in England',
        next_release: { date: '2027-03-19', announced: ANNOUNCED },
      }),
      entry({ id: 'd', publication: 'Participation in education, training and NEET' }),
    )
    expect(nextReleases(sources).map((r) => [r.publication, r.publisher, r.when])).toEqual([
      ['Suspensions and permanent exclusions in England', 'Department for Education', '19 March 2027'],
      ['Education, health and care plans', 'Department for Education', 'June 2027'],
    ])
    expect(withoutNextRelease(sources).map((s) => s.id)).toEqual(['d'])
  })
})
