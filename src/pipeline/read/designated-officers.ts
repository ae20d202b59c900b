// Whether each LA has a designated medical officer (DMO), a designated clinical officer (DCO) and,
// from 2025, a designated social care officer, as it answered in its SEN2 return: facts about the
// LA, never ranked. Two layouts: the 2025 release's supporting file (2019 to 2025: Yes, No,
// Recruiting, "Not returned", "n/a" where not asked) and the 2022 release's file of work-based
// placements, residential settings and officers (2017 to 2022: Y, N, R, z). The newer release
// gives each year it has; the older one the years before.
import { SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import type { ReadInput } from './adapter.ts'
import { readCsvFile } from '../files/csv-file.ts'
import { readEesRows } from './ees-rows.ts'
import type { FactResult } from './facts.ts'
import type { DesignatedOfficers, DesignatedOfficersYear, OfficerCounts, OfficerStatus } from '../../contract/schemas.ts'

type Role = 'medical' | 'clinical' | 'socialCare'

/** Each layout's column for each role (a role it does not have is not asked). */
const LAYOUTS: ReadonlyArray<Readonly<Partial<Record<Role, string>>>> = [
  { medical: 'des_med_off', clinical: 'des_clin_off', socialCare: 'des_so_care_off' },
  { medical: 'DMO', clinical: 'DCO' },
]

/** The answers as written, and "not asked that year" (null). */
const ANSWERS: Readonly<Record<string, OfficerStatus | null>> = {
  Yes: 'yes',
  Y: 'yes',
  No: 'no',
  N: 'no',
  Recruiting: 'recruiting',
  R: 'recruiting',
  'Not returned': 'not_returned',
  'n/a': null,
  z: null,
}

export interface OfficersOfLa extends DesignatedOfficersYear {
  laCode: string
}

export function readDesignatedOfficers(input: ReadInput): FactResult<OfficersOfLa[]> {
  const { header } = readCsvFile(input.path, input.displayName)
  const layout = LAYOUTS.find((l) => Object.values(l).every((c) => header.includes(c)))
  if (!layout)
    throw new SourceDataError(
      { file: input.displayName },
      `expected the columns of one of DfE's layouts (${LAYOUTS.map((l) => Object.values(l).join(', ')).join('; or ')})`,
    )
  const roles = Object.entries(layout) as Array<[Role, string]>
  const facts: OfficersOfLa[] = []
  const account = readEesRows(
    input,
    { valueColumns: roles.map(([, c]) => c), keep: { geographic_level: ['Local authority'] } },
    (row, book) => {
      const status = (role: Role): OfficerStatus | null => {
        const column = layout[role]
        if (column === undefined) return null
        const raw = row.cell(column).trim()
        const answer = ANSWERS[raw]
        if (answer === undefined) throw row.at(column, `expected one of ${Object.keys(ANSWERS).join(', ')}, found "${raw}"`)
        return answer
      }
      if (row.period.kind !== 'calendar_year') throw row.at('time_identifier', 'expected calendar years')
      facts.push({
        laCode: row.resolved.area.code,
        year: row.period.id,
        medical: status('medical'),
        clinical: status('clinical'),
        socialCare: status('socialCare'),
        source: input.sourceId,
        row: row.line,
      })
      book.observed(null)
    },
  )
  return { facts, account }
}

const NO_ANSWERS: OfficerCounts = { yes: 0, no: 0, recruiting: 0, not_returned: 0 }

/**
 * Every LA's years, newest first: a year comes from the newest file that has it (the file with the
 * latest year). England's and each region's counts of the LAs that answered
 * each way, every year.
 */
export function designatedOfficers(files: ReadonlyArray<readonly OfficersOfLa[]>, g: Geography): DesignatedOfficers {
  const byLa = new Map<string, Map<string, OfficersOfLa>>()
  const years = new Set<string>()
  const latest = (facts: readonly OfficersOfLa[]) => facts.reduce((y, f) => (f.year > y ? f.year : y), '')
  for (const facts of [...files].sort((a, b) => latest(b).localeCompare(latest(a)))) {
    const taken = new Set<string>()
    for (const f of facts) {
      const own = byLa.get(f.laCode) ?? new Map<string, OfficersOfLa>()
      byLa.set(f.laCode, own)
      // A year a newer file already gave, for any LA, is that file's.
      if (years.has(f.year)) continue
      taken.add(f.year)
      own.set(f.year, f)
    }
    for (const y of taken) years.add(y)
  }
  const las: DesignatedOfficers['las'] = {}
  for (const [code, own] of [...byLa].sort(([a], [b]) => a.localeCompare(b))) {
    if (own.size === 0) continue
    las[code] = [...own.values()].sort((a, b) => b.year.localeCompare(a.year)).map(({ laCode: _, ...year }) => year)
  }
  const summaries: DesignatedOfficers['summaries'] = {}
  for (const target of [g.england, ...g.regions]) {
    summaries[target.code] = [...years]
      .sort((a, b) => b.localeCompare(a))
      .map((year) => {
        const rows = Object.entries(las).flatMap(([code, list]) =>
          target.type === 'region' && g.byCode.get(code)?.regionCode !== target.code ? [] : list.filter((y) => y.year === year),
        )
        const count = (role: Role): OfficerCounts | null => {
          const answers = rows.map((r) => r[role])
          if (answers.every((a) => a === null)) return null
          const out = { ...NO_ANSWERS }
          for (const a of answers) if (a !== null) out[a]++
          return out
        }
        return {
          year,
          las: rows.length,
          medical: count('medical') ?? NO_ANSWERS,
          clinical: count('clinical') ?? NO_ANSWERS,
          socialCare: count('socialCare'),
        }
      })
  }
  return { las, summaries }
}
