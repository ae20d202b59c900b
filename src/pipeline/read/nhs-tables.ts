// Readers for the NHS tables DfE's SEND and AP Inclusion Dashboard prepared (derived CSVs): its
// lookup from each LA to the NHS areas that serve it, and three NHS England statistics published
// for NHS areas, not LAs (suspected autism referrals, children's mental health services, community
// health waiting lists). They become facts about NHS areas, placed against LAs later
// (src/pipeline/health/), never observations of an LA.
import { SourceDataError } from '../errors.ts'
import { AccountBook } from './accounts.ts'
import type { ReadInput } from './adapter.ts'
import { nameIndex } from './area-names.ts'
import { readCsvFile, requireColumns, type CsvTable } from '../files/csv-file.ts'
import type { FactResult } from './facts.ts'

/** One NHS sub-ICB location (former CCG area) that serves part or all of an LA. */
export interface SubIcb {
  code: string
  name: string
  icb: string
  nhsRegion: string
}

/** DfE's lookup: for each LA (2022 geography), every sub-ICB location that serves it. */
export interface NhsLaLookup {
  /** LA (or former LA) code -> the sub-ICB locations DfE placed it in. */
  byLa: Map<string, SubIcb[]>
}

/** NHS levels the figures are published for. */
export type NhsLevel = 'sub_icb' | 'icb' | 'nhs_region' | 'england'

export interface NhsFigureRow {
  level: NhsLevel
  /** NHS code (sub-ICB, commissioning region), or the name for ICBs published by name only. */
  code: string
  name: string
  /** Last day of the month or 12-month period the figure is for (YYYY-MM-DD). */
  periodEnd: string
  /** What the figure is: e.g. the age group, or the service waited for. */
  breakdown: string
  measure: string
  value: number
  line: number
}

function number(raw: string, file: string, row: number, column: string): number | null {
  const text = raw.trim()
  if (text === '' || text === 'NA') return null
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) throw new SourceDataError({ file, row, column }, `"${raw}" is not a number`)
  return Number(text)
}

function isoDate(raw: string, file: string, row: number, column: string): string {
  const text = raw.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m) return text
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  if (m) return `${m[3]}-${m[2]}-${m[1]}`
  throw new SourceDataError({ file, row, column }, `expected a date like 2023-03-31 or 31/03/2023, found "${raw}"`)
}

/** The last day of the month a date falls in (community waiting lists are dated the 1st). */
function monthEnd(date: string): string {
  const [y, mo] = date.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`
}

export function readNhsLaLookup(input: ReadInput): FactResult<NhsLaLookup> {
  const table = readCsvFile(input.path, input.displayName)
  const col = requireColumns(table, ['la_name', 'nhs_code', 'nhs_name', 'icb_name', 'nhs_region', 'count'])
  const book = new AccountBook(input.sourceId, input.displayName)
  const names = nameIndex(input.geography)
  const byLa = new Map<string, SubIcb[]>()
  const declared = new Map<string, { count: number; line: number }>()
  for (const { line, cells } of table.rows) {
    book.read()
    const name = cells[col.la_name]!.trim()
    // DfE's lookup is on the 2022 geography (it names Cumbria, not its two successors of 2023).
    const found = names.la(name, '2022-04-01')
    if (typeof found === 'string') throw new SourceDataError({ file: input.displayName, row: line, column: 'la_name' }, found)
    const code = cells[col.nhs_code]!.trim()
    if (!/^[0-9A-Z]{3,5}$/.test(code))
      throw new SourceDataError({ file: input.displayName, row: line, column: 'nhs_code' }, `"${code}" is not an NHS organisation code`)
    const list = byLa.get(found.code) ?? []
    list.push({ code, name: cells[col.nhs_name]!.trim(), icb: cells[col.icb_name]!.trim(), nhsRegion: cells[col.nhs_region]!.trim() })
    byLa.set(found.code, list)
    const count = number(cells[col.count]!, input.displayName, line, 'count')
    if (count === null || !Number.isInteger(count) || count < 1)
      throw new SourceDataError({ file: input.displayName, row: line, column: 'count' }, 'expected the number of NHS areas of the LA')
    declared.set(found.code, { count, line })
    book.use()
  }
  // The count column says how many rows each LA has: a check that no row was lost.
  for (const [code, { count, line }] of declared) {
    const n = byLa.get(code)!.length
    if (n !== count)
      throw new SourceDataError(
        { file: input.displayName, row: line, column: 'count' },
        `${input.geography.byCode.get(code)!.name} has ${n} rows but count says ${count}`,
      )
  }
  return { facts: { byLa }, account: book.close() }
}

interface FigureLayout {
  columns: readonly string[]
  /** The row's figures (none when its cells are blank), or the reason to set it aside; throws on a problem. */
  row(cell: (column: string) => string, line: number): NhsFigureRow[] | { setAside: string }
}

function readFigures(input: ReadInput, table: CsvTable, layout: FigureLayout): FactResult<NhsFigureRow[]> {
  const col = requireColumns(table, layout.columns) as Record<string, number>
  const book = new AccountBook(input.sourceId, input.displayName)
  const rows: NhsFigureRow[] = []
  const seen = new Map<string, number>()
  for (const { line, cells } of table.rows) {
    book.read()
    const figures = layout.row((c) => cells[col[c]!]!, line)
    if ('setAside' in figures) {
      book.setAside(figures.setAside)
      continue
    }
    if (figures.length === 0) {
      book.setAside('no figure (blank in the source)')
      continue
    }
    for (const r of figures) {
      const key = `${r.level}|${r.code}|${r.periodEnd}|${r.breakdown}|${r.measure}`
      const earlier = seen.get(key)
      if (earlier !== undefined)
        throw new SourceDataError(
          { file: input.displayName, row: line },
          `a second figure for ${r.name}, ${r.periodEnd}, ${r.breakdown} (first at row ${earlier})`,
        )
      seen.set(key, line)
      rows.push(r)
      book.observed(null)
    }
    book.use()
  }
  return { facts: rows, account: book.close() }
}

const AUTISM_LEVELS: Readonly<Record<string, NhsLevel>> = { 'CCG or Sub ICB': 'sub_icb', 'NHS Region': 'nhs_region', National: 'england' }
const AUTISM_AGES: Readonly<Record<string, string>> = { 'Under 10': 'under 10', '10 to 17': '10 to 17', '18 to 24': '18 to 24' }

/** NHS England Autism Statistics: % of suspected autism referrals open 13+ weeks with a first appointment after more than 13 weeks. */
export function readAutismWaits(input: ReadInput): FactResult<NhsFigureRow[]> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  return readFigures(input, table, {
    columns: [
      'REPORTING_PERIOD_END',
      'data_level',
      'PRIMARY_LEVEL',
      'PRIMARY_LEVEL_DESCRIPTION',
      'SECONDARY_LEVEL',
      'METRIC',
      'METRIC_VALUE',
    ],
    row(cell, line) {
      const level = AUTISM_LEVELS[cell('data_level').trim()]
      if (!level) return { setAside: `data_level "${cell('data_level')}" (providers are not placed against LAs)` }
      const age = AUTISM_AGES[(level === 'england' ? cell('PRIMARY_LEVEL') : cell('SECONDARY_LEVEL')).trim()]
      if (!age) throw new SourceDataError({ file, row: line, column: 'SECONDARY_LEVEL' }, 'unknown age group')
      const value = number(cell('METRIC_VALUE'), file, line, 'METRIC_VALUE')
      if (value === null) return []
      if (value < 0 || value > 100)
        throw new SourceDataError({ file, row: line, column: 'METRIC_VALUE' }, `a percentage must lie between 0 and 100 (${value})`)
      return [
        {
          level,
          code: level === 'england' ? 'England' : cell('PRIMARY_LEVEL').trim(),
          name: level === 'england' ? 'England' : cell('PRIMARY_LEVEL_DESCRIPTION').trim(),
          periodEnd: isoDate(cell('REPORTING_PERIOD_END'), file, line, 'REPORTING_PERIOD_END'),
          breakdown: age,
          measure: cell('METRIC').trim(),
          value,
          line,
        },
      ]
    },
  })
}

const MENTAL_HEALTH_LEVELS: Readonly<Record<string, NhsLevel>> = {
  'CCG of Residence': 'sub_icb',
  'Sub ICB of Residence': 'sub_icb',
  'Commissioning Region': 'nhs_region',
  England: 'england',
}

/** NHS Mental Health Services Data Set: children and young people under 18 supported (12 months rolling). */
export function readCypMentalHealth(input: ReadInput): FactResult<NhsFigureRow[]> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  return readFigures(input, table, {
    columns: ['REPORTING_PERIOD_END', 'BREAKDOWN', 'PRIMARY_LEVEL', 'PRIMARY_LEVEL_DESCRIPTION', 'MEASURE_ID', 'MEASURE_VALUE'],
    row(cell, line) {
      const level = MENTAL_HEALTH_LEVELS[cell('BREAKDOWN').trim()]
      if (!level) throw new SourceDataError({ file, row: line, column: 'BREAKDOWN' }, `unknown breakdown "${cell('BREAKDOWN')}"`)
      const value = number(cell('MEASURE_VALUE'), file, line, 'MEASURE_VALUE')
      if (value === null) return []
      if (value < 0 || !Number.isInteger(value))
        throw new SourceDataError({ file, row: line, column: 'MEASURE_VALUE' }, `a count must be a whole number, not negative (${value})`)
      return [
        {
          level,
          code: cell('PRIMARY_LEVEL').trim(),
          name: cell('PRIMARY_LEVEL_DESCRIPTION').trim(),
          periodEnd: isoDate(cell('REPORTING_PERIOD_END'), file, line, 'REPORTING_PERIOD_END'),
          breakdown: 'under 18',
          measure: cell('MEASURE_ID').trim(),
          value,
          line,
        },
      ]
    },
  })
}

const COMMUNITY_LEVELS: Readonly<Record<string, NhsLevel>> = { ICB: 'icb', Region: 'nhs_region' }
const WAIT_MEASURES = { total: 'Total waiting list', over18to52: 'Waiting >18-52 weeks', over52: 'Waiting >52 weeks' } as const

/**
 * NHS England Community Health Services waiting lists for children and young people, by service:
 * ICB and NHS region rows from la_communityhealth.csv, England from eng_communityhealth.csv
 * (a file without organisation columns, whose every row is England's).
 */
export function readCommunityWaits(input: ReadInput): FactResult<NhsFigureRow[]> {
  const file = input.displayName
  const table = readCsvFile(input.path, file)
  const byOrganisation = table.header.includes('Organisation Type')
  const measures = Object.entries(WAIT_MEASURES) as Array<[keyof typeof WAIT_MEASURES, string]>
  return readFigures(input, table, {
    columns: [
      'formattedDate',
      'Therapy',
      ...Object.values(WAIT_MEASURES),
      ...(byOrganisation ? ['Organisation Type', 'Organisation Name'] : []),
    ],
    row(cell, line) {
      const type = byOrganisation ? cell('Organisation Type').trim() : 'National'
      const level = byOrganisation ? COMMUNITY_LEVELS[type] : 'england'
      if (!level) {
        return {
          setAside:
            type === 'National' || type === ''
              ? "England's row (England's figures are read from eng_communityhealth.csv)"
              : `Organisation Type "${type}" (providers are not placed against LAs)`,
        }
      }
      const name = byOrganisation ? cell('Organisation Name').trim() : 'England'
      const periodEnd = monthEnd(isoDate(cell('formattedDate'), file, line, 'formattedDate'))
      const figures: NhsFigureRow[] = []
      for (const [measure, column] of measures) {
        const value = number(cell(column), file, line, column)
        if (value === null) continue
        if (value < 0 || !Number.isInteger(value))
          throw new SourceDataError({ file, row: line, column }, `a count must be a whole number, not negative (${value})`)
        figures.push({ level, code: name, name, periodEnd, breakdown: cell('Therapy').trim(), measure, value, line })
      }
      return figures
    },
  })
}
