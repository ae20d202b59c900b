// What a release check found for one source: the answers the publishers' checks give and the
// release check gathers.
import type { Source } from '../../contract/schemas.ts'

export interface LatestRelease {
  /** Release version id: the all-files ZIP is at {api}/releases/{id}/files. */
  id: string
  slug: string
  title: string
  published: string
}

export type CheckOutcome =
  | { source: string; status: 'up_to_date'; release: string }
  | { source: string; status: 'updated'; from: string; to: LatestRelease; sha256: string; bytes: number; url: string; data: Uint8Array }
  | { source: string; status: 'unchanged_file'; to: LatestRelease }
  | { source: string; status: 'needs_attention'; to?: LatestRelease; why: string }
  /** A first value recorded in the registry: a checksum on first download, or a page's baseline. */
  | { source: string; status: 'recorded'; what: string; patch: Partial<Source>; data?: Uint8Array }
  | { source: string; status: 'by_hand'; why: string; last_refreshed: string | null }
  | { source: string; status: 'no_check'; why: string }
  | { source: string; status: 'check_failed'; why: string }
