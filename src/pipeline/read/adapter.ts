// What every adapter receives and returns.
import type { Geography } from '../geography/areas.ts'
import type { Observation } from './observation.ts'
import type { SourceAccount } from '../../contract/schemas.ts'

export interface ReadInput {
  sourceId: string
  /** Where the file is on disk. */
  path: string
  /** How to name the file in messages (relative path, or the registry file name). */
  displayName: string
  geography: Geography
}

export interface ReadResult {
  observations: Observation[]
  account: SourceAccount
}
