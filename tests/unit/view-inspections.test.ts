// The area SEND inspections and the age of NHS figures as the pages say them, on the site-data
// fixture: an LA's latest inspection with its dates, age, next inspection and links; England's
// count of latest outcomes against the fixture's own inspections.json, counted here; how old the
// NHS figures are. Ages are worked out here by hand from the fixture's registry dates.
import { describe, expect, it } from 'vitest'
import { ENGLAND, areaNamed, fixtureJson, index, LAS, NHS_MEASURE } from './view-fixture.ts'
import { inspectionView, latestOutcome, type LaInspectionView, type SummaryInspectionView } from '../../src/site/inspection-view.ts'
import { nhsFiguresAge } from '../../src/site/nhs-age.ts'
import { area } from '../../src/site/site-data.ts'
import type { LaInspections } from '../../src/contract/schemas.ts'

const records = fixtureJson<Record<string, LaInspections>>('inspections.json')
// The day the fixture's files were last brought up to date: the newest last_refreshed.
const REFERENCE = index.sources
  .map((s) => s.last_refreshed ?? '')
  .sort()
  .at(-1)!

describe("an LA's area SEND inspections", () => {
  it('gives the latest in Ofsted’s words, with its days, its age counted to the data’s date, the next inspection and the report', () => {
    expect(REFERENCE).toBe('2026-12-06')
    const leeds = areaNamed('Leeds')
    const latest = records[leeds.code]!.inspections[0]!
    expect(latest).toMatchObject({ started: '2026-04-27', ended: '2026-05-01', published: '2026-06-18' })
    const view = inspectionView(area(leeds.code)) as LaInspectionView
    expect(view.kind).toBe('la')
    expect(view.latest!.outcome).toBe(`Under the framework introduced in 2023: “${latest.outcome}”.`)
    expect(view.latest!.dates).toBe('Inspected 27 April to 1 May 2026; report published 18 June 2026.')
    // 18 June 2026 to 6 December 2026: 5 whole months.
    expect(view.latest!.age).toBe('The report was published 5 months ago.')
    expect(view.latest!.words?.text).toBe(latest.outcomeText)
    expect(view.latest!.next).toBe(
      'Next: a monitoring inspection within about 18 months (by about 27 October 2027, counted from the first day of this one), as the report announces.',
    )
    expect(view.latest!.links).toEqual([{ href: latest.report, text: 'Read the report (PDF, on Ofsted’s website)' }])
    expect(view.ofstedPage).toEqual({
      href: 'https://reports.ofsted.gov.uk/provider/44/80481',
      text: 'Every report on Leeds on Ofsted’s website',
    })
    expect(view.earlier.map((e) => e.dates)).toEqual(['Inspection started 5 December 2016; report published 16 February 2017.'])
    expect(view.reference).toMatch(/^Ages are counted to 6 December 2026, the day the files used here were last brought up to date/)
    expect(view.source).toMatch(/an extract made by Data to Insight \(D2I\) from the inspection reports/)
  })

  it('shows the inspection of the council it replaced among the earlier ones, labelled, with that council’s Ofsted page', () => {
    const view = inspectionView(area(areaNamed('Cumberland').code)) as LaInspectionView
    const cumbria = view.earlier.find((e) => e.of === 'Cumbria')!
    expect(cumbria.outcome).toMatch(
      /^Inspection of Cumbria, before it was replaced\. Under the 2016 framework: written statement of action required: yes/,
    )
    expect(cumbria.links.map((l) => l.href)).toEqual([records[areaNamed('Cumberland').code]!.predecessors[0]!.ofstedPage])
  })

  it('counts a council with no inspection of its own under its predecessor’s latest outcome', () => {
    const cumbria = records[areaNamed('Cumberland').code]!.predecessors[0]!
    expect(latestOutcome({ inspections: [], predecessors: [cumbria], none: null })).toBe('Written statement of action required')
    expect(latestOutcome({ inspections: [], predecessors: [], none: 'none' })).toBe('No inspection in the files used here')
  })
})

describe("England's latest outcomes", () => {
  it('count each council once, under the outcome of its latest inspection, as inspections.json gives them', () => {
    const view = inspectionView(area(ENGLAND.code)) as SummaryInspectionView
    expect(view.kind).toBe('summary')
    expect(view.total).toBe(LAS.length)
    const expected: Record<string, number> = {}
    for (const la of LAS) {
      const latest = records[la.code]!.inspections[0]!
      const key = latest.framework === '2023' ? latest.outcome! : latest.writtenStatementRequired ? 'yes' : 'no'
      expected[key] = (expected[key] ?? 0) + 1
    }
    const shown = Object.fromEntries([...view.latest2023, ...view.latest2016].filter((c) => c.count > 0).map((c) => [c.outcome, c.count]))
    expect(shown).toEqual(expected)
    expect(view.summary).toMatch(
      new RegExp(
        `^Latest area SEND inspection of each of the ${LAS.length} councils: ${LAS.length} under the framework introduced in 2023`,
      ),
    )
    // England's list of councils would be too long to read: counts only.
    expect(view.latest2023.every((c) => c.councils.length === 0)).toBe(true)
  })

  it('name the councils for a region, in alphabetical order', () => {
    const region = index.areas.find((a) => a.code === areaNamed('Cumberland').regionCode)!
    const view = inspectionView(area(region.code)) as SummaryInspectionView
    const inconsistent = view.latest2023.find((c) => c.outcome === 'Inconsistent experiences and outcomes')!
    expect(inconsistent.councils).toEqual(['Cumberland', 'Westmorland and Furness'])
  })
})

describe('how old the NHS figures are', () => {
  it('says the month of the latest figure and its age, counted to the data’s date, when it is over a year old', () => {
    const latest = NHS_MEASURE.periods.find((p) => p.id === NHS_MEASURE.latest)!
    expect(latest.label).toBe('October 2023')
    const age = nhsFiguresAge([NHS_MEASURE], REFERENCE)!
    // 31 October 2023 to 6 December 2026: 3 years and 1 month.
    expect(age.parts).toEqual(['waiting for community health services, October 2023: 3 years and 1 month old'])
    expect(age.sentence).toMatch(/^These NHS figures are old\..*Ages are counted to 6 December 2026/)
    expect(nhsFiguresAge([NHS_MEASURE], '2024-06-30')).toBeNull()
  })
})
