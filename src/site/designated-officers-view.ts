// Whether an area has designated medical, clinical and social care officers, as the pages say it: a
// fact each council reports in its SEN2 return, never ranked or compared. An LA's own answers, year
// by year; for England and a region, how many councils answered each way.
import { designatedOfficers, source } from './site-data.ts'
import { sourceLine } from './source-line.ts'
import { listText } from './words.ts'
import type { AreaSummary, DesignatedOfficersYear, OfficerCounts, OfficerStatus } from '../contract/schemas.ts'

type Role = 'medical' | 'clinical' | 'socialCare'
const ROLES: readonly Role[] = ['medical', 'clinical', 'socialCare']
const TITLES: Readonly<Record<Role, string>> = {
  medical: 'designated medical officer',
  clinical: 'designated clinical officer',
  socialCare: 'designated social care officer',
}
const ANSWER: Readonly<Record<OfficerStatus, string>> = { yes: 'Yes', no: 'No', recruiting: 'Recruiting', not_returned: 'Not returned' }
const NOT_ASKED = 'Not asked'

export interface OfficersView {
  /** The latest year in a sentence. */
  latest: string
  /** The column headings after the year. */
  columns: string[]
  /** Newest first: the year and a cell for each column. */
  rows: Array<{ year: string; cells: string[] }>
  caption: string
  sources: string[]
  source: string
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** "it has a designated medical officer and a designated clinical officer, is recruiting a designated social care officer" */
function laSentence(y: DesignatedOfficersYear): string {
  const asked = ROLES.filter((r) => y[r] !== null)
  const said = (status: OfficerStatus) => asked.filter((r) => y[r] === status).map((r) => `a ${TITLES[r]}`)
  const parts = [
    said('yes').length > 0 ? `it has ${listText(said('yes'))}` : '',
    said('no').length > 0 ? `it has no ${listText(said('no').map((t) => t.slice(2)))}` : '',
    said('recruiting').length > 0 ? `it is recruiting ${listText(said('recruiting'))}` : '',
    said('not_returned').length > 0 ? `it did not answer whether it has ${listText(said('not_returned'))}` : '',
  ].filter((p) => p !== '')
  return listText(parts)
}

function countsCell(c: OfficerCounts | null, of: number): string {
  if (c === null) return NOT_ASKED
  const more = [c.recruiting > 0 ? `${c.recruiting} recruiting` : '', c.not_returned > 0 ? `${c.not_returned} not returned` : ''].filter(
    (x) => x !== '',
  )
  return `${c.yes} of ${of}${more.length > 0 ? ` (${more.join(', ')})` : ''}`
}

export function officersView(a: AreaSummary): OfficersView | null {
  const data = designatedOfficers()
  // Short headings: the section's title says "designated", and a phone has room for four columns.
  const columns = ROLES.map((r) => capital(TITLES[r].replace('designated ', '')))
  if (a.type === 'la') {
    const years = data.las[a.code]
    if (!years || years.length === 0) return null
    const latest = years[0]!
    const ids = [...new Set(years.map((y) => y.source))]
    return {
      latest: `In its SEN2 return for ${latest.year}, the council said ${laSentence(latest)}.`,
      columns,
      rows: years.map((y) => ({ year: y.year, cells: ROLES.map((r) => (y[r] === null ? NOT_ASKED : ANSWER[y[r]!])) })),
      caption: `${a.name}: the council's answer each year`,
      sources: ids,
      source: sourceLine(ids.map(source), { short: true }),
    }
  }
  if (a.type !== 'england' && a.type !== 'region') return null
  const years = data.summaries[a.code]
  if (!years || years.length === 0) return null
  const latest = years[0]!
  const [first, ...others] = ROLES.filter((r) => latest[r] !== null)
  const place = a.type === 'england' ? 'England' : a.name
  const rest = others.map((r) => `${latest[r]!.yes} a ${TITLES[r]}`)
  const ids = [...new Set(Object.values(data.las).flatMap((list) => list.map((y) => y.source)))].sort()
  return {
    latest: `In their SEN2 returns for ${latest.year}, ${latest[first!]!.yes} of the ${latest.las} councils in ${place} said they had a ${TITLES[first!]}${rest.length > 0 ? `, ${listText(rest)}` : ''}.`,
    columns,
    rows: years.map((y) => ({ year: y.year, cells: ROLES.map((r) => countsCell(y[r], y.las)) })),
    caption: `${place}: councils that said they had each officer, each year`,
    sources: ids,
    source: sourceLine(ids.map(source), { short: true }),
  }
}
