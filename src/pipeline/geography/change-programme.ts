// The SEND and AP Change Programme: 32 LAs in 9 regional partnerships testing the reforms from
// 2023 (data/geography/change-programme.csv, from DfE's announcement of the partnerships).
import { ConfigError } from '../errors.ts'
import { readCsvFile, requireColumns } from '../files/csv-file.ts'
import type { Geography } from './areas.ts'

const CHANGE_PROGRAMME_FILE = 'data/geography/change-programme.csv'

/** LA code -> partnership name. */
export function loadChangeProgramme(g: Geography, file = CHANGE_PROGRAMME_FILE): Map<string, string> {
  const table = readCsvFile(file)
  const col = requireColumns(table, ['la_code', 'la_name', 'partnership'])
  const partnerships = new Map<string, string>()
  for (const { line, cells } of table.rows) {
    const code = cells[col.la_code]!
    if (g.byCode.get(code)?.type !== 'la') throw new ConfigError(`${file}, row ${line}, column "la_code": ${code} is not a current LA`)
    if (partnerships.has(code)) throw new ConfigError(`${file}, row ${line}: ${code} appears twice`)
    partnerships.set(code, cells[col.partnership]!)
  }
  if (partnerships.size !== 32 || new Set(partnerships.values()).size !== 9) {
    throw new ConfigError(
      `${file}: expected 32 LAs in 9 partnerships, found ${partnerships.size} in ${new Set(partnerships.values()).size}`,
    )
  }
  return partnerships
}
