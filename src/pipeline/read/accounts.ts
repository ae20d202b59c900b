// The accounts of a read: for each source, how many rows were read, used and set aside (and why),
// which old codes were recoded, which published figures were corrected or checked against other
// files (with the evidence), and how many values were missing and why. Nothing vanishes
// silently: read = used + set aside is checked before the accounts are accepted.
import Papa from 'papaparse'
import type { MissingReason } from '../../contract/vocabulary.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export class AccountBook {
  readonly account: SourceAccount
  constructor(source: string, file: string) {
    this.account = { source, file, rowsRead: 0, rowsUsed: 0, setAside: {}, recoded: {}, checks: [], observations: 0, missing: {} }
  }
  read(n = 1): void {
    this.account.rowsRead += n
  }
  use(): void {
    this.account.rowsUsed++
  }
  setAside(reason: string): void {
    this.account.setAside[reason] = (this.account.setAside[reason] ?? 0) + 1
  }
  recoded(description: string): void {
    this.account.recoded[description] = (this.account.recoded[description] ?? 0) + 1
  }
  check(note: string): void {
    this.account.checks.push(note)
  }
  observed(missing: MissingReason | null): void {
    this.account.observations++
    if (missing) this.account.missing[missing] = (this.account.missing[missing] ?? 0) + 1
  }
  /** An observation already counted, found afterwards to be missing for another reason. */
  reclassified(from: MissingReason | null, to: MissingReason): void {
    if (from) this.account.missing[from] = (this.account.missing[from] ?? 0) - 1
    this.account.missing[to] = (this.account.missing[to] ?? 0) + 1
  }
  close(): SourceAccount {
    const a = this.account
    const aside = Object.values(a.setAside).reduce((s, n) => s + n, 0)
    if (a.rowsUsed + aside !== a.rowsRead) {
      throw new Error(`accounts for ${a.source} do not balance: ${a.rowsRead} read, ${a.rowsUsed} used, ${aside} set aside`)
    }
    return a
  }
}

/** One row per fact: rows read, used, set aside (per reason), recoded (per code), and checks, per source. */
export function accountsCsv(accounts: SourceAccount[]): string {
  const rows = [['source', 'file', 'entry', 'rows', 'detail']]
  for (const a of accounts) {
    rows.push([a.source, a.file, 'read', String(a.rowsRead), ''])
    rows.push([a.source, a.file, 'used', String(a.rowsUsed), ''])
    for (const [reason, n] of Object.entries(a.setAside)) rows.push([a.source, a.file, 'set aside', String(n), reason])
    for (const [what, n] of Object.entries(a.recoded)) rows.push([a.source, a.file, 'recoded', String(n), what])
    for (const note of a.checks) rows.push([a.source, a.file, 'check', '', note])
  }
  return `${Papa.unparse(rows, { newline: '\n' })}\n`
}
