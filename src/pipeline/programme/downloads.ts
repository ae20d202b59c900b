// The evaluation's downloads as CSV text: the rows and columns are the contract's
// (src/contract/change-programme-downloads.ts), so the copies the site serves under
// /change-programme/ are the same bytes as these under /data/.
import Papa from 'papaparse'
import type { ChangeProgrammeInput } from '../../contract/change-programme.ts'
import {
  AREA_COLUMNS,
  areaRows,
  PROGRAMME_DOWNLOADS,
  programmeDownloadRows,
  type AreaRowInput,
  type Row,
} from '../../contract/change-programme-downloads.ts'
import type { Column } from '../../contract/downloads.ts'

function csvText(columns: readonly Column[], rows: readonly Row[]): string {
  const fields = columns.map((c) => c.name)
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`
}

/** Every download of the evaluation: its file name under /data/ and its text. */
export function programmeDownloads(data: ChangeProgrammeInput): Array<{ file: string; text: string }> {
  return PROGRAMME_DOWNLOADS.map((d) => ({ file: d.file, text: csvText(d.columns, programmeDownloadRows(d.id, data)) }))
}

/** areas.csv: every area with its region, the pilot flag, partnership and statistical neighbours. */
export function areasCsv(areas: readonly AreaRowInput[]): string {
  return csvText(AREA_COLUMNS, areaRows(areas))
}
