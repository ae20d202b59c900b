// Reads an OpenDocument spreadsheet (.ods) into sheets of text cells, with the row numbers a
// spreadsheet program shows, so that errors can name the sheet, row and column. An ODS file is a
// ZIP holding content.xml; fflate unzips it and a small tokenizer walks the table markup (a DOM
// parser takes about a second per DfE workbook; this takes a few tens of milliseconds).
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { SourceDataError } from '../errors.ts'

export interface OdsRow {
  /** 1-based row number in the sheet. */
  row: number
  cells: string[]
}

export interface OdsSheet {
  name: string
  /** Rows with at least one non-blank cell. */
  rows: OdsRow[]
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>()
function attribute(attrs: string, name: string): string | undefined {
  if (!attrs.includes(name)) return undefined
  let pattern = ATTRIBUTE_PATTERNS.get(name)
  if (!pattern) ATTRIBUTE_PATTERNS.set(name, (pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)))
  const m = pattern.exec(attrs)
  return m ? decodeEntities(m[1]!) : undefined
}

/** Numeric cells keep their full value (office:value), not the formatted text ("8,988,258,915"). */
function cellValue(attrs: string, text: string): string {
  const type = attribute(attrs, 'office:value-type')
  if (type === 'float' || type === 'percentage' || type === 'currency') return attribute(attrs, 'office:value') ?? text
  if (type === 'date') return attribute(attrs, 'office:date-value') ?? text
  return text
}

const TOKEN =
  /<(\/?)(table:table|table:table-row|table:table-cell|table:covered-table-cell|text:p|text:s|text:tab|text:line-break)(?=[\s/>])([^>]*?)(\/?)>|<[^>]*>|([^<]+)/g

export function parseOdsContent(xml: string, file: string): OdsSheet[] {
  const sheets: OdsSheet[] = []
  let sheet: OdsSheet | undefined
  let rowNumber = 0
  let rowRepeat = 1
  let cells: string[] = []
  // Blank cells are held back until a filled one follows: rows end in blank padding up to the
  // sheet's last column (16,384), which is not worth materialising.
  let blanks = 0
  const push = (value: string, times: number) => {
    if (value === '') {
      blanks += times
      return
    }
    for (; blanks > 0; blanks--) cells.push('')
    for (let i = 0; i < times; i++) cells.push(value)
  }
  let cellAttrs: string | undefined
  let cellRepeat = 1
  let text = ''
  let paragraphs = 0
  for (const m of xml.matchAll(TOKEN)) {
    const [, closing, tag, attrs = '', selfClosing, chars] = m
    if (chars !== undefined) {
      if (cellAttrs !== undefined) text += decodeEntities(chars)
      continue
    }
    if (tag === undefined) continue
    const open = closing !== '/'
    switch (tag) {
      case 'table:table':
        if (open) {
          sheet = { name: attribute(attrs, 'table:name') ?? `sheet ${sheets.length + 1}`, rows: [] }
          sheets.push(sheet)
          rowNumber = 0
        } else sheet = undefined
        break
      case 'table:table-row':
        if (open) {
          cells = []
          blanks = 0
          rowRepeat = Number(attribute(attrs, 'table:number-rows-repeated') ?? '1')
          if (selfClosing) rowNumber += rowRepeat
        } else {
          // Repeated rows are blank padding in practice; a repeated row with content is kept once per repeat.
          const filled = cells.some((c) => c.trim() !== '')
          for (let i = 0; i < rowRepeat; i++) {
            rowNumber++
            if (filled && sheet) sheet.rows.push({ row: rowNumber, cells: [...cells] })
          }
        }
        break
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (open) {
          cellRepeat = Number(attribute(attrs, 'table:number-columns-repeated') ?? '1')
          if (selfClosing) push('', cellRepeat)
          else {
            cellAttrs = attrs
            text = ''
            paragraphs = 0
          }
        } else if (cellAttrs !== undefined) {
          push(cellValue(cellAttrs, text), cellRepeat)
          cellAttrs = undefined
        }
        break
      case 'text:p':
        if (open && cellAttrs !== undefined && paragraphs++ > 0) text += '\n'
        break
      case 'text:s':
        if (cellAttrs !== undefined) text += ' '.repeat(Number(attribute(attrs, 'text:c') ?? '1'))
        break
      case 'text:tab':
        if (cellAttrs !== undefined) text += '\t'
        break
      case 'text:line-break':
        if (cellAttrs !== undefined) text += '\n'
        break
    }
  }
  if (sheets.length === 0) throw new SourceDataError({ file }, 'the spreadsheet has no sheets')
  return sheets
}

export function readOdsFile(path: string, displayName = path): OdsSheet[] {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(readFileSync(path), { filter: (f) => f.name === 'content.xml' })
  } catch (e) {
    throw new SourceDataError({ file: displayName }, `not an OpenDocument spreadsheet (cannot unzip: ${(e as Error).message})`)
  }
  const content = files['content.xml']
  if (!content) throw new SourceDataError({ file: displayName }, 'not an OpenDocument spreadsheet (no content.xml inside)')
  return parseOdsContent(strFromU8(content), displayName)
}

export function sheetByName(sheets: readonly OdsSheet[], name: string, file: string): OdsSheet {
  const sheet = sheets.find((s) => s.name === name)
  if (!sheet) throw new SourceDataError({ file }, `no sheet "${name}" (sheets: ${sheets.map((s) => s.name).join(', ')})`)
  return sheet
}
