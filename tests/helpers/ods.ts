// Builds a minimal OpenDocument spreadsheet for adapter tests: numbers as float cells (with a
// formatted text, as DfE's workbooks have), text as string cells, and the repeated blank cells and
// rows spreadsheet programs write, so that fixtures are written by the test, not copied.
import { strToU8, zipSync } from 'fflate'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

type Cell = string | number | null

function cell(v: Cell): string {
  if (v === null) return '<table:table-cell/>'
  if (typeof v === 'number')
    return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v.toLocaleString('en-GB')}</text:p></table:table-cell>`
  return `<table:table-cell office:value-type="string"><text:p>${escape(v)}</text:p></table:table-cell>`
}

export function ods(sheets: Record<string, Cell[][]>): Uint8Array {
  const tables = Object.entries(sheets)
    .map(
      ([name, rows]) =>
        `<table:table table:name="${escape(name)}">${rows
          .map((r) => `<table:table-row>${r.map(cell).join('')}<table:table-cell table:number-columns-repeated="16370"/></table:table-row>`)
          .join(
            '',
          )}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
    )
    .join('')
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`
  return zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) })
}
