// The Change Programme evaluation's downloads at /change-programme/estimates.csv, tests.csv,
// la-changes.csv and partnerships.csv (the same files as in /data/).
import type { APIRoute } from 'astro'
import { PROGRAMME_DOWNLOADS, type ProgrammeDownloadId } from '../../contract/change-programme-downloads.ts'
import { programmeCsv } from '../../site/programme-downloads.ts'
import { changeProgramme } from '../../site/site-data.ts'

export function getStaticPaths() {
  return PROGRAMME_DOWNLOADS.map((d) => ({ params: { download: d.id } }))
}

export const GET: APIRoute = ({ params }) =>
  new Response(programmeCsv(params.download as ProgrammeDownloadId, changeProgramme()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })
