import type { SourceAccount } from '../../contract/schemas.ts'
// Sources read as facts rather than observations: tables whose rows are not a value of one measure
// for one LA (NHS areas and their lookup to LAs, inspection outcomes). Each fact reader returns
// its facts and the same accounts as an observation adapter.

export interface FactResult<T> {
  facts: T
  account: SourceAccount
}
