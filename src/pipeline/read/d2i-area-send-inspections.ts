// Readers for Data to Insight's (D2I) tables about area SEND inspections, made by others from
// Ofsted's published reports (derived sources):
//  - its table of each LA's latest inspection under the framework introduced in 2023, with the
//    outcome, dates, next inspection and a link to the report, keyed by DfE's 3-digit LA number;
//  - its lookup of each council's Ofsted provider number (URN), under which Ofsted's reports site
//    lists every report on the council.
// Each row is checked against what the framework and the project's geography say, so that a row the
// table's makers took wrongly from a report stops the build with its file, row and column.
import type { AreaSendInspection } from '../../contract/schemas.ts'
import { SourceDataError } from '../errors.ts'
import type { Area, Geography } from '../geography/areas.ts'
import { resolveCode, resolveOldLaCode } from '../geography/harmonise.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import type { FactResult } from './facts.ts'

type Where = { file: string; row: number; column: string }

/** The framework's three outcomes in Ofsted's words, by D2I's grade, with words the report's paragraph must hold. */
const OUTCOMES: Readonly<Record<string, { outcome: string; reportSays: string }>> = {
  '1.0': { outcome: 'Typically positive experiences and outcomes', reportSays: 'positive experiences and outcomes' },
  '2.0': { outcome: 'Inconsistent experiences and outcomes', reportSays: 'inconsistent experiences and outcomes' },
  '3.0': { outcome: 'Widespread and/or systemic failings', reportSays: 'widespread and/or systemic failings' },
}
/** D2I's words where it could not take a figure from the report. */
const NOT_EXTRACTED = 'NaN'

/** "18/05/26" -> "2026-05-18" (D2I writes two-digit years; every inspection here is from 2023 on). */
function shortDate(raw: string, where: Where): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(raw.trim())
  if (!m) throw new SourceDataError(where, `expected a date like 18/05/26, found "${raw}"`)
  const iso = `20${m[3]}-${m[2]}-${m[1]}`
  const d = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new SourceDataError(where, `"${raw}" is not a day`)
  return iso
}

/** A date plus whole years or months, held to the month's last day (29 February + 1 year = 28 February). */
export function addPeriod(iso: string, amount: number, unit: 'years' | 'months'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const months = y * 12 + (m - 1) + (unit === 'years' ? amount * 12 : amount)
  const year = Math.floor(months / 12)
  const month = (months % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** Whether an area code in the file stands for the LA: its own code, an old code of it, or a council it replaced. */
function standsFor(g: Geography, code: string, la: Area): boolean {
  const resolved = resolveCode(g, code)
  if (!resolved) return false
  if (resolved.area.code === la.code) return true
  return resolved.area.type === 'former_la' && g.former.some((f) => f.code === resolved.area.code && f.successorCodes.includes(la.code))
}

/** The current LA a row's 3-digit number names, checked against its 9-character code. */
function laOfRow(g: Geography, number: string, code: string, where: (column: string) => Where, codeColumn: string): Area {
  const found = resolveOldLaCode(g, number.trim())
  if (!found) throw new SourceDataError(where('la_code'), `unknown local authority number "${number}"`)
  const la = found.area
  if (code.trim() !== '' && !standsFor(g, code.trim(), la))
    throw new SourceDataError(where(codeColumn), `"${code}" is not ${la.name} (${la.code}), whose number ${number} the row has`)
  return la
}

const COLUMNS = [
  'urn',
  'la_code',
  'ltla23cd',
  'local_authority',
  'inspection_start_date',
  'inspection_end_date',
  'outcome_grade',
  'inspection_outcome_text',
  'publication_date',
  'next_inspection',
  'next_inspection_by_date',
  'inspection_link',
] as const

/** D2I's table of the latest area SEND inspection of each LA under the framework introduced in 2023. */
export function readD2iAreaSendInspections(input: ReadInput): FactResult<AreaSendInspection[]> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  const col = requireColumns(table, COLUMNS)
  const book = new AccountBook(input.sourceId, file)
  const facts: AreaSendInspection[] = []
  const rowOfLa = new Map<string, number>()
  for (const { line, cells } of table.rows) {
    book.read()
    const cell = (c: (typeof COLUMNS)[number]) => cells[col[c]]!.trim()
    const where = (column: string): Where => ({ file, row: line, column })
    const la = laOfRow(input.geography, cell('la_code'), cell('ltla23cd'), where, 'ltla23cd')
    if (la.type !== 'la') throw new SourceDataError(where('la_code'), `${la.name} is not a current local authority`)
    const earlier = rowOfLa.get(la.code)
    if (earlier !== undefined) throw new SourceDataError(where('la_code'), `a second row for ${la.name} (the first is row ${earlier})`)
    rowOfLa.set(la.code, line)
    if (!/^\d{5,7}$/.test(cell('urn'))) throw new SourceDataError(where('urn'), `"${cell('urn')}" is not an Ofsted provider number`)

    const started =
      cell('inspection_start_date') === '' ? undefined : shortDate(cell('inspection_start_date'), where('inspection_start_date'))
    const ended = cell('inspection_end_date') === '' ? undefined : shortDate(cell('inspection_end_date'), where('inspection_end_date'))
    if (started && ended && ended < started) throw new SourceDataError(where('inspection_end_date'), 'the inspection ends before it starts')
    const published = shortDate(cell('publication_date'), where('publication_date'))
    if (started && published < started)
      throw new SourceDataError(where('publication_date'), 'the report is published before the inspection starts')

    const grade = cell('outcome_grade')
    const text = cell('inspection_outcome_text')
    const known = OUTCOMES[grade]
    if (!known && grade !== NOT_EXTRACTED)
      throw new SourceDataError(where('outcome_grade'), `expected 1.0, 2.0, 3.0 or NaN (not taken from the report), found "${grade}"`)
    if (known && !text.toLowerCase().includes(known.reportSays))
      throw new SourceDataError(
        where('inspection_outcome_text'),
        `outcome_grade ${grade} is "${known.outcome}", but the report's words do not say so`,
      )

    const link = cell('inspection_link')
    if (!link.startsWith('https://files.ofsted.gov.uk/'))
      throw new SourceDataError(where('inspection_link'), `expected the report's address on files.ofsted.gov.uk, found "${link}"`)

    facts.push({
      laCode: la.code,
      framework: '2023',
      ...(started ? { started } : {}),
      ...(ended ? { ended } : {}),
      published,
      ...(known ? { outcome: known.outcome, outcomeText: text } : {}),
      ...nextInspection(cell('next_inspection'), cell('next_inspection_by_date'), started, text, where),
      report: link,
      source: input.sourceId,
      row: line,
    })
    book.observed(null)
    book.use()
  }
  return { facts, account: book.close() }
}

/**
 * The next inspection the report announces: "5 years" or "3 years" for the next full inspection,
 * "18 months" for the monitoring inspection that follows widespread or systemic failings. D2I
 * counts the date by which it is due from the first day of the inspection; that count is checked.
 */
function nextInspection(
  within: string,
  by: string,
  started: string | undefined,
  text: string,
  where: (column: string) => Where,
): Pick<AreaSendInspection, 'next'> {
  if (within === NOT_EXTRACTED) return {}
  const m = /^(\d+) (years|months)$/.exec(within)
  if (!m) throw new SourceDataError(where('next_inspection'), `expected a time such as "3 years" or "18 months", found "${within}"`)
  const kind = m[2] === 'months' ? 'monitoring' : 'full'
  if (kind === 'monitoring' && !/monitoring inspection/i.test(text))
    throw new SourceDataError(
      where('next_inspection'),
      `"${within}" is the time to a monitoring inspection, which the report's words do not announce`,
    )
  const byDate = /^\d{2}\/\d{2}\/\d{2}$/.test(by) ? shortDate(by, where('next_inspection_by_date')) : null
  if (byDate && started && byDate !== addPeriod(started, Number(m[1]), m[2] as 'years' | 'months'))
    throw new SourceDataError(
      where('next_inspection_by_date'),
      `expected ${within} after the inspection started (${started}), found "${by}"`,
    )
  return { next: { kind, within, by: byDate } }
}

/** Each council's Ofsted provider number (URN), current and former, by its code. */
export interface OfstedProviders {
  urnOf: Map<string, string>
}

/** D2I's lookup of each council's Ofsted provider number. */
export function readD2iOfstedProviders(input: ReadInput): FactResult<OfstedProviders> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  const col = requireColumns(table, ['urn', 'la_code', 'la_code_new', 'local_authority_ons_name'])
  const book = new AccountBook(input.sourceId, file)
  const urnOf = new Map<string, string>()
  for (const { line, cells } of table.rows) {
    book.read()
    const where = (column: string): Where => ({ file, row: line, column })
    const area = laOfRow(input.geography, cells[col.la_code]!, cells[col.la_code_new]!, where, 'la_code_new')
    const urn = cells[col.urn]!.trim()
    if (!/^\d{5,7}$/.test(urn)) throw new SourceDataError(where('urn'), `"${urn}" is not an Ofsted provider number`)
    if (urnOf.has(area.code)) throw new SourceDataError(where('la_code'), `a second row for ${area.name}`)
    urnOf.set(area.code, urn)
    book.use()
  }
  return { facts: { urnOf }, account: book.close() }
}
