// The Change Programme's downloads and chart files as the site serves them under /change-programme/:
// the same rows as the copies in /data/ (the contract makes both), written the same way.
import Papa from 'papaparse'
import type { ChangeProgramme } from '../contract/change-programme.ts'
import { PROGRAMME_DOWNLOADS, programmeDownloadRows, type ProgrammeDownloadId } from '../contract/change-programme-downloads.ts'
import { routes } from './routes.ts'

/** Each download: where the page links it, its copy in /data/, and its columns. */
export const programmeDownloadLinks = () =>
  PROGRAMME_DOWNLOADS.map((d) => ({ ...d, href: routes.changeProgrammeCsv(d.id), dataHref: routes.dataFile(d.file) }))

/** One download's text: the same bytes as the pipeline's copy in /data/. */
export function programmeCsv(id: ProgrammeDownloadId, data: ChangeProgramme): string {
  const download = PROGRAMME_DOWNLOADS.find((d) => d.id === id)!
  const fields = download.columns.map((c) => c.name)
  const rows = programmeDownloadRows(id, data)
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' })}\n`
}
