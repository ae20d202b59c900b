// What a download must hold to be what its name says (not empty; an SVG that starts with <svg>; a
// CSV whose labelled lines and table are well formed; JSON that parses), and the page address a
// labelled download names, so that the link check can follow it like any link.
import Papa from 'papaparse'

const JSON_TYPES = new Set(['json', 'geojson', 'topojson', 'webmanifest'])

export const extensionOf = (file: string): string => /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''

/** A CSV download: optional lines above the table (one quoted field each, then a blank line), then a table with a header. */
function csvProblem(text: string): string | undefined {
  const blocks = text.split(/\r?\n\r?\n/)
  if (blocks.length > 2) return 'more than one blank line: the lines above the table, a blank line, then the table'
  if (blocks.length === 2) {
    const above = Papa.parse<string[]>(blocks[0]!, { delimiter: ',' }).data
    if (above.some((line) => line.length !== 1)) return 'a line above the table is not one field'
  }
  const table = Papa.parse<string[]>(blocks.at(-1)!.trimEnd(), { delimiter: ',' })
  if (table.errors.length > 0) return `not a valid CSV table: ${table.errors[0]!.message} (row ${table.errors[0]!.row})`
  const [header, ...rows] = table.data
  if (!header || header.length < 2 || header.some((name) => !/^\w+$/.test(name)))
    return `the table's first line is not a header of column names: ${JSON.stringify(header?.join(',').slice(0, 80))}`
  if (new Set(header).size !== header.length) return 'two columns have the same name'
  const ragged = rows.findIndex((row) => row.length !== header.length)
  if (ragged >= 0) return `row ${ragged + 2} of the table has ${rows[ragged]!.length} fields, not ${header.length}`
  return undefined
}

/** Why a file's content is not what its extension says, if it is not. */
export function contentProblem(file: string, text: string): string | undefined {
  if (text.length === 0) return 'empty file'
  const extension = extensionOf(file)
  if (extension === 'svg' && !/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text.slice(0, 2000)))
    return 'does not start with an <svg> element'
  if (extension === 'csv') return csvProblem(text)
  if (JSON_TYPES.has(extension)) {
    try {
      JSON.parse(text)
    } catch (error) {
      return `not valid JSON: ${(error as Error).message}`
    }
  }
  return undefined
}

/**
 * The page address a labelled download names as where its figures are shown: the "From the ...:"
 * line above a CSV table, or a chart file's last text when it is an address.
 */
export function namedAddress(file: string, text: string): string | undefined {
  const extension = extensionOf(file)
  if (extension === 'csv') return /^"From the [^"\n]*?: (\S+)"$/m.exec(text.slice(0, 2000))?.[1]
  if (extension !== 'svg') return undefined
  // A long address wraps onto a second <tspan> line, which continues it without a space.
  const last = /<text\b[^>]*>((?:(?!<text\b)[\s\S])*)<\/text>\s*<\/svg>\s*$/.exec(text.slice(-1000))?.[1]?.replace(/<[^>]+>/g, '')
  return last !== undefined && /^(https?:\/\/\S+)?\/\S*$/.test(last) ? last : undefined
}
