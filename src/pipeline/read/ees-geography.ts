// The standard Explore Education Statistics geography columns (geographic_level, country_code,
// region_code, new_la_code, old_la_code) resolved to a published area. Column order does not
// matter (DfE files put old_la_code before or after new_la_code); the columns are found by name.
import type { Area, Geography } from '../geography/areas.ts'
import { resolveCode, resolveOldLaCode, type Resolved } from '../geography/harmonise.ts'
import type { CsvTable } from '../files/csv-file.ts'
import { requireColumns } from '../files/csv-file.ts'

const EES_GEOGRAPHY_COLUMNS = ['geographic_level', 'country_code', 'region_code', 'new_la_code', 'old_la_code'] as const

/** Either the area, a reason to set the row aside, or a problem that must stop the build. */
export type GeographyOutcome =
  { kind: 'area'; resolved: Resolved } | { kind: 'set-aside'; reason: string } | { kind: 'problem'; column: string; message: string }

// Inner and Outer London are published by some files as extra "regions"; the dashboard uses London.
const SUB_REGIONS: Readonly<Record<string, string>> = { E13000001: 'Inner London', E13000002: 'Outer London' }

export function eesGeographyResolver(table: CsvTable, geography: Geography) {
  const col = requireColumns(table, EES_GEOGRAPHY_COLUMNS)
  const nameCol = table.header.indexOf('la_name')
  const regionNameCol = table.header.indexOf('region_name')
  return (cells: string[]): GeographyOutcome => {
    const level = cells[col.geographic_level]!.trim()
    if (level === 'National') {
      const code = cells[col.country_code]!.trim()
      if (code !== geography.england.code)
        return { kind: 'set-aside', reason: `national row for country ${code || '(blank)'}, not England` }
      return { kind: 'area', resolved: { area: geography.england } }
    }
    if (level === 'Regional') {
      const code = cells[col.region_code]!.trim()
      if (code === '') {
        const name = regionNameCol >= 0 ? cells[regionNameCol] : ''
        return { kind: 'set-aside', reason: `regional row with no region_code (region_name "${name}")` }
      }
      if (SUB_REGIONS[code]) return { kind: 'set-aside', reason: `${SUB_REGIONS[code]} (${code}) is not one of the 9 regions` }
      const resolved = resolveCode(geography, code)
      if (resolved?.area.type !== 'region') return { kind: 'problem', column: 'region_code', message: `unknown region code "${code}"` }
      return { kind: 'area', resolved }
    }
    if (level === 'Local authority') {
      const code = cells[col.new_la_code]!.trim()
      const oldCode = cells[col.old_la_code]!.trim()
      const name = nameCol >= 0 ? ` (la_name "${cells[nameCol]}")` : ''
      if (code !== '') {
        const resolved = resolveCode(geography, code)
        if (!resolved || !isLa(resolved.area)) {
          return {
            kind: 'problem',
            column: 'new_la_code',
            message: `unknown local authority code "${code}"${name}: add it to data/geography/code-changes.csv if it is an old or new code for a known area`,
          }
        }
        return { kind: 'area', resolved }
      }
      if (oldCode !== '') {
        const resolved = resolveOldLaCode(geography, oldCode)
        if (!resolved || !isLa(resolved.area))
          return { kind: 'problem', column: 'old_la_code', message: `unknown local authority number "${oldCode}"${name}` }
        return { kind: 'area', resolved }
      }
      // No code at all (the NCCIS files carry "LA demo" and "Region demo" placeholder rows): such a
      // row names no area, so it is set aside and shown in the accounts rather than guessed from its name.
      return { kind: 'set-aside', reason: `local authority row with no code${name}` }
    }
    return { kind: 'set-aside', reason: `geographic level "${level}" is not published on the dashboard` }
  }
}

function isLa(area: Area): boolean {
  return area.type === 'la' || area.type === 'former_la'
}
