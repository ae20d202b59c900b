// Readers for Ofsted and CQC area SEND inspection outcomes, which are facts about an LA's local
// area partnership (an outcome as published, its framework and dates), not values to rank:
//  - the official statistics workbook (ODS) of inspections under the 2016 framework, with LA codes,
//    and the inspections of councils since replaced that its notes give in words, to the month;
//  - Ofsted's management information (CSV) of inspections under the 2023 framework, by name.
import type { AreaSendInspection } from '../../contract/schemas.ts'
import { MONTHS } from '../../contract/periods.ts'
import { SourceDataError } from '../errors.ts'
import { resolveCode } from '../geography/harmonise.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { nameIndex, type NameIndex } from './area-names.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { FactResult } from './facts.ts'
import { readOdsFile, sheetByName, type OdsSheet } from '../files/ods-file.ts'
import { columnLetter } from './ons-population.ts'

const ODS_SHEET = 'Area_SEND_up_to_31_Aug_2022'
const ODS_COLUMNS = {
  code: 'Local authority code',
  started: 'Inspection start date',
  published: 'Inspection publication date',
  wsoa: 'Inspection outcome: written statement of action required?',
  revisitPublished: 'Revisit publication date',
  revisitOutcome: 'Revisit outcome: sufficient progress in addressing all significant weaknesses?',
} as const

function dateOf(raw: string, where: { file: string; row: number; column: string }): string {
  const text = raw.trim()
  const iso = /^(\d{4}-\d{2}-\d{2})(T00:00:00)?$/.exec(text)
  if (iso) return iso[1]!
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  if (uk) return `${uk[3]}-${uk[2]}-${uk[1]}`
  throw new SourceDataError(where, `expected a date, found "${raw}"`)
}

function yesNo(raw: string, where: { file: string; row: number; column: string }): boolean {
  const text = raw.trim()
  if (text === 'Yes') return true
  if (text === 'No') return false
  throw new SourceDataError(where, `expected Yes or No, found "${raw}"`)
}

/** Ofsted's official statistics of area SEND inspections and revisits under the 2016 framework. */
export function readAreaSendInspectionsOds(input: ReadInput): FactResult<AreaSendInspection[]> {
  const file = input.displayName
  const workbook = readOdsFile(input.path, file)
  const sheet = sheetByName(workbook, ODS_SHEET, file)
  const headerIndex = sheet.rows.findIndex((r) => r.cells.includes(ODS_COLUMNS.code))
  if (headerIndex < 0) throw new SourceDataError({ file: `${file} (sheet ${ODS_SHEET})` }, `no header row with "${ODS_COLUMNS.code}"`)
  const header = sheet.rows[headerIndex]!
  const col = {} as Record<keyof typeof ODS_COLUMNS, number>
  for (const [key, name] of Object.entries(ODS_COLUMNS) as Array<[keyof typeof ODS_COLUMNS, string]>) {
    const i = header.cells.indexOf(name)
    if (i < 0)
      throw new SourceDataError({ file: `${file} (sheet ${ODS_SHEET})`, row: header.row, column: name }, 'required column is missing')
    col[key] = i
  }
  const book = new AccountBook(input.sourceId, input.displayName)
  const facts: AreaSendInspection[] = []
  for (const { row, cells } of sheet.rows.slice(headerIndex + 1)) {
    book.read()
    const cell = (key: keyof typeof ODS_COLUMNS) => (cells[col[key]] ?? '').trim()
    const where = (key: keyof typeof ODS_COLUMNS) => ({ file: `${file} (sheet ${ODS_SHEET})`, row, column: columnLetter(col[key]) })
    const code = cell('code')
    const resolved = resolveCode(input.geography, code)
    if (!resolved || (resolved.area.type !== 'la' && resolved.area.type !== 'former_la'))
      throw new SourceDataError(where('code'), `unknown local authority code "${code}"`)
    if (resolved.recode) book.recoded(`${resolved.recode.fromCode} counted as ${resolved.area.name} (${resolved.recode.toCode})`)
    const revisitOutcome = cell('revisitOutcome')
    facts.push({
      laCode: resolved.area.code,
      framework: '2016',
      started: dateOf(cell('started'), where('started')),
      published: dateOf(cell('published'), where('published')),
      writtenStatementRequired: yesNo(cell('wsoa'), where('wsoa')),
      ...(revisitOutcome !== ''
        ? { revisit: { published: dateOf(cell('revisitPublished'), where('revisitPublished')), sufficientProgressOnAll: revisitOutcome } }
        : {}),
      source: input.sourceId,
      row,
    })
    book.observed(null)
    book.use()
  }
  // The notes on councils since replaced (a workbook without notes has none to give).
  const notes = workbook.find((x) => x.name === NOTES_SHEET)
  for (const fact of notes ? inspectionsInNotes(notes, file, nameIndex(input.geography), input.sourceId) : []) {
    const twice = facts.find((f) => f.laCode === fact.laCode)
    if (twice)
      throw new SourceDataError(
        { file: `${file} (sheet ${NOTES_SHEET})`, row: fact.row },
        `the note gives an inspection of a council the table has at row ${twice.row}`,
      )
    book.read()
    facts.push(fact)
    book.observed(null)
    book.use()
  }
  return { facts, account: book.close() }
}

const NOTES_SHEET = 'Notes'
const INSPECTED = /^(.+?) were inspected in (\w+) (\d{4}) and (required|did not require) a WSoA\./
const REVISITED =
  /The revisit took place in (\w+) (\d{4}) and .+? were deemed to be making sufficient progress in addressing (all|some|no) significant weaknesses\./
const PROGRESS = { all: 'Yes', some: 'Some', no: 'No' } as const

/** "January", "2017" -> "2017-01". */
function monthOf(name: string, year: string, where: { file: string; row: number }): string {
  const i = MONTHS.indexOf(name as (typeof MONTHS)[number])
  if (i < 0) throw new SourceDataError(where, `"${name} ${year}" is not a month`)
  return `${year}-${String(i + 1).padStart(2, '0')}`
}

/**
 * The workbook's table leaves out councils replaced since they were inspected (Dorset's county
 * council area and Northamptonshire); its notes give their inspections in words, to the month:
 * "Dorset were inspected in January 2017 and required a WSoA. The revisit took place in February
 * 2019 and Dorset were deemed to be making sufficient progress in addressing some significant
 * weaknesses." A note that names an inspection in other words stops the read.
 */
function inspectionsInNotes(sheet: OdsSheet, file: string, names: NameIndex, source: string): AreaSendInspection[] {
  const facts: AreaSendInspection[] = []
  for (const { row, cells } of sheet.rows) {
    const text = cells.find((c) => /were inspected/.test(c))
    if (!text) continue
    const where = { file: `${file} (sheet ${NOTES_SHEET})`, row }
    const inspected = INSPECTED.exec(text)
    if (!inspected) throw new SourceDataError(where, `a note on an inspection in words this reader does not know: "${text}"`)
    const month = monthOf(inspected[2]!, inspected[3]!, where)
    const area = names.la(inspected[1]!, `${month}-01`)
    if (typeof area === 'string') throw new SourceDataError(where, area)
    const revisit = REVISITED.exec(text)
    if (!revisit && /revisit/i.test(text)) throw new SourceDataError(where, `a revisit in words this reader does not know: "${text}"`)
    facts.push({
      laCode: area.code,
      framework: '2016',
      month,
      writtenStatementRequired: inspected[4] === 'required',
      ...(revisit
        ? {
            revisit: {
              month: monthOf(revisit[1]!, revisit[2]!, where),
              sufficientProgressOnAll: PROGRESS[revisit[3] as keyof typeof PROGRESS],
            },
          }
        : {}),
      source,
      row,
    })
  }
  return facts
}

const MI_COLUMNS = {
  area: 'Local.area.partnership',
  started: 'Inspection.start.date',
  published: 'Inspection.publication.date',
  outcome: 'Inspection.outcome',
  plan: 'Priority.action.plan.required.',
} as const

/** Ofsted's management information on area SEND inspections under the 2023 framework. */
export function readAreaSendInspectionsMi(input: ReadInput): FactResult<AreaSendInspection[]> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  const col = requireColumns(table, Object.values(MI_COLUMNS))
  const names = nameIndex(input.geography)
  const book = new AccountBook(input.sourceId, file)
  const facts: AreaSendInspection[] = []
  for (const { line, cells } of table.rows) {
    book.read()
    const cell = (key: keyof typeof MI_COLUMNS) => cells[col[MI_COLUMNS[key]]]!.trim()
    const where = (key: keyof typeof MI_COLUMNS) => ({ file, row: line, column: MI_COLUMNS[key] })
    const started = dateOf(cell('started'), where('started'))
    const area = names.la(cell('area'), started)
    if (typeof area === 'string') throw new SourceDataError(where('area'), area)
    const outcome = cell('outcome')
    if (outcome === '') throw new SourceDataError(where('outcome'), 'the inspection has no outcome')
    facts.push({
      laCode: area.code,
      framework: '2023',
      started,
      published: dateOf(cell('published'), where('published')),
      outcome,
      priorityActionPlan: yesNo(cell('plan'), where('plan')),
      source: input.sourceId,
      row: line,
    })
    book.observed(null)
    book.use()
  }
  return { facts, account: book.close() }
}
