import { describe, expect, it } from 'vitest'
import { buildInspections } from '../../src/pipeline/inspections/area-send.ts'
import { readAreaSendInspectionsMi, readAreaSendInspectionsOds } from '../../src/pipeline/read/area-send-inspections.ts'
import { addPeriod, readD2iAreaSendInspections, readD2iOfstedProviders } from '../../src/pipeline/read/d2i-area-send-inspections.ts'
import { SourceDataError } from '../../src/pipeline/errors.ts'
import { ageText, monthsBetween, referenceDate } from '../../src/site/data-date.ts'
import { dayRange } from '../../src/site/inspection-view.ts'
import type { Source } from '../../src/contract/schemas.ts'
import { ods } from '../helpers/ods.ts'
import { inputFor, realGeography, sourceDataError, tempFile } from '../helpers/read-input.ts'

const HEADER = [
  'Web link to Ofsted local authority webpage',
  'Local authority code',
  'Area name',
  'Ofsted region',
  'Inspection start date',
  'Inspection publication date',
  'Inspection outcome: written statement of action required?',
  'Number significant weaknesses identified in written statement of action',
  'Revisit start date',
  'Revisit publication date',
  'Revisit outcome: sufficient progress in addressing all significant weaknesses?',
]
const NOTES = [
  ['Notes'],
  ['Note number', 'Note text'],
  [
    '1',
    'Structural changes to local government have been made in several areas in recent years. Two local areas we inspected no longer exist.',
  ],
  [
    '2',
    'Dorset were inspected in January 2017 and required a WSoA. The revisit took place in February 2019 and Dorset were deemed to be making sufficient progress in addressing some significant weaknesses. The new boundaries came into effect on 1st April 2019.',
  ],
  [
    '3',
    'Northamptonshire were inspected in May 2017 and did not require a WSoA. The replacement areas were established on 1st April 2021.',
  ],
]
const workbook = (rows: Array<Array<string | null>>, notes: string[][] = []) =>
  tempFile(
    'area-send.ods',
    ods({ Cover: [['Cover']], Notes: notes, Area_SEND_up_to_31_Aug_2022: [['Title'], ['One table.'], HEADER, ...rows] }),
  )

const MI_HEADER =
  '"","Link.to.report.webpage.for.the.local.authority.and.local.area.partnership","Local.area.partnership","Ofsted.region","Inspection.start.date","Inspection.publication.date","Inspection.outcome","Priority.action.plan.required.","Number.of.areas.for.priority.action"\n'

describe('area SEND inspections', () => {
  const odsPath = workbook([
    [
      'Ofsted LA Webpage',
      'E06000001',
      'Hartlepool',
      'North East',
      '2016-10-03T00:00:00',
      '2017-01-18T00:00:00',
      'Yes',
      '4',
      '2019-01-21T00:00:00',
      '2019-03-12T00:00:00',
      'Some',
    ],
    ['Ofsted LA Webpage', 'E10000023', 'North Yorkshire', 'North East', '2018-03-05T00:00:00', '2018-05-02T00:00:00', 'No'],
    ['Ofsted LA Webpage', 'E10000006', 'Cumbria', 'North West', '2019-03-04T00:00:00', '2019-05-01T00:00:00', 'No'],
  ])
  const miPath = tempFile(
    'mi.csv',
    `${MI_HEADER}"1","Report webpage","Hartlepool","North East, Yorkshire and the Humber","13/03/2023","16/05/2023","Typically positive experiences and outcomes","No",NA\n`,
  )

  it('reads both frameworks, with old codes counted for the current council and dates as published', () => {
    const old = readAreaSendInspectionsOds(inputFor(odsPath)).facts
    expect(old[0]).toMatchObject({
      laCode: 'E06000001',
      framework: '2016',
      started: '2016-10-03',
      published: '2017-01-18',
      writtenStatementRequired: true,
      revisit: { published: '2019-03-12', sufficientProgressOnAll: 'Some' },
      row: 4,
    })
    expect(old[1]).toMatchObject({ laCode: 'E06000065', writtenStatementRequired: false })
    expect(old[1]!.revisit).toBeUndefined()
    const latest = readAreaSendInspectionsMi(inputFor(miPath)).facts
    expect(latest).toEqual([
      {
        laCode: 'E06000001',
        framework: '2023',
        started: '2023-03-13',
        published: '2023-05-16',
        outcome: 'Typically positive experiences and outcomes',
        priorityActionPlan: false,
        source: 'test-source',
        row: 2,
      },
    ])
  })

  it("lists each LA's inspections newest first, a predecessor's under its successors, and says when there are none", () => {
    const facts = [...readAreaSendInspectionsOds(inputFor(odsPath)).facts, ...readAreaSendInspectionsMi(inputFor(miPath)).facts]
    const { byLa } = buildInspections({ facts, preference: [] }, realGeography(), 'the test files')
    expect(byLa['E06000001']!.inspections.map((i) => i.framework)).toEqual(['2023', '2016'])
    expect(byLa['E06000063']!.predecessors.map((p) => p.name)).toEqual(['Cumbria'])
    expect(byLa['E06000063']!.none).toBeNull()
    expect(byLa['E06000002']!.none).toBe('No area SEND inspection of Middlesbrough is in the files used here (the test files).')
  })

  it('stops on an unknown code, a bad date or an outcome other than Yes or No, naming sheet, row and column', () => {
    const unknown = workbook([['x', 'E99999999', 'Nowhere', 'x', '2018-03-05T00:00:00', '2018-05-02T00:00:00', 'No']])
    expect(sourceDataError(() => readAreaSendInspectionsOds(inputFor(unknown))).message).toMatch(
      /\(sheet Area_SEND_up_to_31_Aug_2022\), row 4, column "B": unknown local authority code "E99999999"/,
    )
    const badDate = workbook([['x', 'E06000001', 'Hartlepool', 'x', 'soon', '2018-05-02T00:00:00', 'No']])
    expect(sourceDataError(() => readAreaSendInspectionsOds(inputFor(badDate))).location.column).toBe('E')
    const maybe = tempFile(
      'mi.csv',
      `${MI_HEADER}"1","x","Hartlepool","x","13/03/2023","16/05/2023","Inconsistent experiences and outcomes","Maybe",NA\n`,
    )
    expect(sourceDataError(() => readAreaSendInspectionsMi(inputFor(maybe))).location).toMatchObject({
      row: 2,
      column: 'Priority.action.plan.required.',
    })
  })
})

describe("the 2016 workbook's notes on councils since replaced", () => {
  it('give Dorset’s and Northamptonshire’s inspections of 2017, to the month, on the councils of the time', () => {
    const facts = readAreaSendInspectionsOds(inputFor(workbook([], NOTES))).facts
    expect(facts).toEqual([
      {
        laCode: 'E10000009',
        framework: '2016',
        month: '2017-01',
        writtenStatementRequired: true,
        revisit: { month: '2019-02', sufficientProgressOnAll: 'Some' },
        source: 'test-source',
        row: 4,
      },
      { laCode: 'E10000021', framework: '2016', month: '2017-05', writtenStatementRequired: false, source: 'test-source', row: 5 },
    ])
    const { byLa } = buildInspections({ facts, preference: [] }, realGeography(), 'x')
    // Both successors of each show it as their predecessor's.
    for (const code of ['E06000059', 'E06000058']) expect(byLa[code]!.predecessors.map((p) => p.inspections[0]!.month)).toEqual(['2017-01'])
    for (const code of ['E06000061', 'E06000062']) expect(byLa[code]!.predecessors.map((p) => p.name)).toEqual(['Northamptonshire'])
  })

  it('stop on a note about an inspection in words the reader does not know', () => {
    const odd = [...NOTES.slice(0, 2), ['2', 'Dorset were inspected during early 2017 and needed a WSoA.']]
    expect(sourceDataError(() => readAreaSendInspectionsOds(inputFor(workbook([], odd)))).location).toMatchObject({
      file: expect.stringContaining('(sheet Notes)'),
      row: 3,
    })
  })
})

const D2I_HEADER =
  'urn,la_code,region_code,ltla23cd,local_authority,previous_inspection_date,inspection_start_date,inspection_end_date,outcome_grade,inspection_outcome_text,publication_date,next_inspection,next_inspection_by_date,inspection_link\n'
const INCONSISTENT =
  'The local area partnership’s arrangements lead to inconsistent experiences and outcomes for children and young people with special educational needs and/or disabilities (SEND). The next full area SEND inspection will be within approximately three years.'
const FAILINGS =
  'There are widespread and/or systemic failings leading to significant concerns. A monitoring inspection will be carried out within approximately 18 months.'
/** One row of D2I's table; fields replaced by name. */
function d2iRow(fields: Record<string, string> = {}): string {
  const row: Record<string, string> = {
    urn: '80429',
    la_code: '330',
    region_code: 'WM',
    ltla23cd: 'E08000025',
    local_authority: 'birmingham',
    previous_inspection_date: '27/05/2021',
    inspection_start_date: '23/06/25',
    inspection_end_date: '27/06/25',
    outcome_grade: '2.0',
    inspection_outcome_text: INCONSISTENT,
    publication_date: '15/08/25',
    next_inspection: '3 years',
    next_inspection_by_date: '23/06/28',
    inspection_link: 'https://files.ofsted.gov.uk/v1/file/50284703',
    ...fields,
  }
  return `${Object.values(row)
    .map((v) => `"${v}"`)
    .join(',')}\n`
}
const d2iFile = (...rows: string[]) => tempFile('d2i.csv', D2I_HEADER + rows.join(''))

describe("D2I's table of the latest inspection under the 2023 framework", () => {
  it('reads a row: the outcome in Ofsted’s words with the report’s paragraph, the dates, the next inspection and the report', () => {
    const [birmingham] = readD2iAreaSendInspections(inputFor(d2iFile(d2iRow()))).facts
    expect(birmingham).toEqual({
      laCode: 'E08000025',
      framework: '2023',
      started: '2025-06-23',
      ended: '2025-06-27',
      published: '2025-08-15',
      outcome: 'Inconsistent experiences and outcomes',
      outcomeText: INCONSISTENT,
      next: { kind: 'full', within: '3 years', by: '2028-06-23' },
      report: 'https://files.ofsted.gov.uk/v1/file/50284703',
      source: 'test-source',
      row: 2,
    })
  })

  it('finds the council by its number, accepting the code of a council it replaced (Cumberland under Cumbria’s code)', () => {
    const cumberland = d2iRow({ la_code: '942', ltla23cd: 'E10000006', local_authority: 'cumberland', urn: '2733690' })
    expect(readD2iAreaSendInspections(inputFor(d2iFile(cumberland))).facts[0]!.laCode).toBe('E06000063')
  })

  it('leaves out what the table could not take from the report: no outcome, no dates, no next inspection', () => {
    const slough = d2iRow({
      outcome_grade: 'NaN',
      inspection_outcome_text: 'Inspection outcome section not found.',
      next_inspection: 'NaN',
      next_inspection_by_date: 'Next inspection time frame not found',
      inspection_start_date: '',
      inspection_end_date: '',
    })
    const [row] = readD2iAreaSendInspections(inputFor(d2iFile(slough))).facts
    expect(row).toEqual({
      laCode: 'E08000025',
      framework: '2023',
      published: '2025-08-15',
      report: 'https://files.ofsted.gov.uk/v1/file/50284703',
      source: 'test-source',
      row: 2,
    })
  })

  it('reads a monitoring inspection after widespread or systemic failings, due 18 months after the first day', () => {
    const row = d2iRow({
      outcome_grade: '3.0',
      inspection_outcome_text: FAILINGS,
      next_inspection: '18 months',
      next_inspection_by_date: '23/12/26',
    })
    expect(readD2iAreaSendInspections(inputFor(d2iFile(row))).facts[0]!.next).toEqual({
      kind: 'monitoring',
      within: '18 months',
      by: '2026-12-23',
    })
  })

  it.each([
    [{ la_code: '999' }, 'la_code', /unknown local authority number "999"/],
    [{ ltla23cd: 'E08000026' }, 'ltla23cd', /"E08000026" is not Birmingham/],
    [
      { outcome_grade: '1.0' },
      'inspection_outcome_text',
      /outcome_grade 1.0 is "Typically positive experiences and outcomes", but the report's words do not say so/,
    ],
    [{ outcome_grade: '4.0' }, 'outcome_grade', /expected 1.0, 2.0, 3.0 or NaN/],
    [{ publication_date: '2025-08-15' }, 'publication_date', /expected a date like 18\/05\/26/],
    [{ inspection_end_date: '31/02/25' }, 'inspection_end_date', /is not a day/],
    [{ publication_date: '15/05/25' }, 'publication_date', /published before the inspection starts/],
    [{ next_inspection_by_date: '23/06/29' }, 'next_inspection_by_date', /expected 3 years after the inspection started \(2025-06-23\)/],
    [{ next_inspection: '18 months', next_inspection_by_date: '23/12/26' }, 'next_inspection', /which the report's words do not announce/],
    [{ inspection_link: 'http://example.org/report.pdf' }, 'inspection_link', /files\.ofsted\.gov\.uk/],
    [{ urn: 'x' }, 'urn', /not an Ofsted provider number/],
  ])('stops on a bad row, naming the file, row and column (%o)', (fields, column, message) => {
    const bedford = d2iRow({ urn: '80428', la_code: '822', ltla23cd: 'E06000055', local_authority: 'bedford' })
    const path = d2iFile(bedford, d2iRow(fields))
    const e = sourceDataError(() => readD2iAreaSendInspections(inputFor(path)))
    expect(e.location).toEqual({ file: path, row: 3, column })
    expect(e.message.replace(/’/g, "'")).toMatch(message)
  })

  it('stops on a second row for the same council', () => {
    const e = sourceDataError(() => readD2iAreaSendInspections(inputFor(d2iFile(d2iRow(), d2iRow()))))
    expect(e.message).toMatch(/row 3, column "la_code": a second row for Birmingham \(the first is row 2\)/)
  })

  it('counts 5 years, 3 years and 18 months from a day as D2I does, held to the end of a shorter month', () => {
    expect(addPeriod('2025-06-23', 3, 'years')).toBe('2028-06-23')
    expect(addPeriod('2024-02-29', 5, 'years')).toBe('2029-02-28')
    expect(addPeriod('2025-08-31', 18, 'months')).toBe('2027-02-28')
  })
})

describe('the same inspection in two files, and Ofsted’s pages', () => {
  const mi = tempFile(
    'mi.csv',
    `${MI_HEADER}"1","Report webpage","Birmingham","West Midlands","20/06/2025","15/08/2025","Inconsistent experiences and outcomes","No",NA\n`,
  )
  const providers = tempFile(
    'lookup.csv',
    'urn,la_code,la_code_new,local_authority_ons_name\n80429,330,E08000025,Birmingham\n121939,928,,Northamptonshire\n',
  )

  it('is shown once, from the file that links the report, with the other file named and a differing first day noted', () => {
    const d2i = readD2iAreaSendInspections(inputFor(d2iFile(d2iRow()), 'd2i')).facts
    const fromMi = readAreaSendInspectionsMi(inputFor(mi, 'mi')).facts
    const lookup = readD2iOfstedProviders(inputFor(providers, 'lookup')).facts
    const { byLa, notes } = buildInspections(
      { facts: [...fromMi, ...d2i], preference: ['d2i', 'mi'], providers: { source: 'lookup', facts: lookup } },
      realGeography(),
      'x',
    )
    const birmingham = byLa['E08000025']!
    expect(birmingham.inspections).toHaveLength(1)
    expect(birmingham.inspections[0]).toMatchObject({
      source: 'd2i',
      started: '2025-06-23',
      priorityActionPlan: false,
      alsoIn: [{ source: 'mi', row: 2 }],
    })
    expect(notes).toEqual([
      'The inspection of Birmingham published 2025-08-15 starts on 2025-06-23 in d2i (row 2) and on 2025-06-20 in mi (row 2); the first is shown.',
    ])
    expect(birmingham.ofstedPage).toBe('https://reports.ofsted.gov.uk/provider/44/80429')
    expect(birmingham.ofstedPageSource).toBe('lookup')
    expect(byLa['E06000001']!.ofstedPage).toBeUndefined()
  })

  it('stops when the two files give the same inspection different outcomes', () => {
    const d2i = readD2iAreaSendInspections(
      inputFor(
        d2iFile(
          d2iRow({
            outcome_grade: '3.0',
            inspection_outcome_text: FAILINGS,
            next_inspection: '18 months',
            next_inspection_by_date: '23/12/26',
          }),
        ),
        'd2i',
      ),
    ).facts
    const fromMi = readAreaSendInspectionsMi(inputFor(mi, 'mi')).facts
    expect(() => buildInspections({ facts: [...d2i, ...fromMi], preference: ['d2i', 'mi'] }, realGeography(), 'x')).toThrow(SourceDataError)
  })

  it('reads each council’s provider number, current or former, and stops on a council that is not one', () => {
    expect([...readD2iOfstedProviders(inputFor(providers)).facts.urnOf]).toEqual([
      ['E08000025', '80429'],
      ['E10000021', '121939'],
    ])
    const bad = tempFile('lookup.csv', 'urn,la_code,la_code_new,local_authority_ons_name\n80429,330,E08000026,Birmingham\n')
    expect(sourceDataError(() => readD2iOfstedProviders(inputFor(bad))).location).toEqual({ file: bad, row: 2, column: 'la_code_new' })
  })
})

describe('ages, counted to the data’s date', () => {
  const src = (last_refreshed?: string) => ({ last_refreshed }) as Source
  it('is the newest date any source was last brought up to date, and refuses to guess when none records one', () => {
    expect(referenceDate([src('2026-11-23'), src('2026-12-06'), src()])).toBe('2026-12-06')
    expect(() => referenceDate([src()])).toThrow(/last_refreshed/)
  })

  it('counts whole calendar months and says them in words', () => {
    expect(monthsBetween('2024-05-15', '2026-12-06')).toBe(30)
    expect(monthsBetween('2024-05-06', '2026-12-06')).toBe(31)
    expect(ageText('2024-05-15', '2026-12-06')).toBe('2 years and 6 months')
    expect(ageText('2023-12-06', '2026-12-06')).toBe('3 years')
    expect(ageText('2026-05-27', '2026-12-06')).toBe('6 months')
    expect(ageText('2026-11-20', '2026-12-06')).toBe('less than a month')
    expect(ageText('2025-11-06', '2026-12-06')).toBe('1 year and 1 month')
  })

  it('writes inspection days as a range', () => {
    expect(dayRange('2025-06-23', '2025-06-27')).toBe('23 to 27 June 2025')
    expect(dayRange('2025-02-28', '2025-03-04')).toBe('28 February to 4 March 2025')
    expect(dayRange('2025-12-29', '2026-01-02')).toBe('29 December 2025 to 2 January 2026')
  })
})
