import { describe, expect, it } from 'vitest'
import { buildInspections } from '../../src/pipeline/inspections/area-send.ts'
import { readAreaSendInspectionsMi, readAreaSendInspectionsOds } from '../../src/pipeline/read/area-send-inspections.ts'
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
const workbook = (rows: Array<Array<string | null>>) =>
  tempFile('area-send.ods', ods({ Cover: [['Cover']], Area_SEND_up_to_31_Aug_2022: [['Title'], ['One table.'], HEADER, ...rows] }))

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
    const byLa = buildInspections(facts, realGeography())
    expect(byLa['E06000001']!.inspections.map((i) => i.framework)).toEqual(['2023', '2016'])
    expect(byLa['E06000063']!.predecessors.map((p) => p.name)).toEqual(['Cumbria'])
    expect(byLa['E06000063']!.none).toBeNull()
    expect(byLa['E06000002']!.none).toMatch(/No area SEND inspection of Middlesbrough is in the files used here/)
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
