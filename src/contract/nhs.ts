// nhs.json: where each LA sits among the NHS's areas. The NHS publishes its figures for its own
// areas, so an LA's page shows the figure of the one NHS area it is placed in (DfE's lookup), names
// that area, and says which other councils it covers; where an LA is served by several areas whose
// figures cannot be combined, it has none, and the reason is said.
import { z } from 'zod'

const PlacementSchema = z.strictObject({
  /** The NHS area's code (an area of the site index), or null when the LA cannot be placed in one. */
  area: z.string().nullable(),
  /** Why there is no area, in words. */
  reason: z.string().nullable(),
  /** The other current LAs wholly inside the same NHS area. */
  alsoCovers: z.array(z.string()),
  /** Current LAs partly inside it (a council served by several NHS areas). */
  partlyCovers: z.array(z.string()),
})
export type NhsPlacement = z.infer<typeof PlacementSchema>

/** Current LA code -> its placing at each level of NHS area. */
export const NhsPlacementsSchema = z.record(z.string(), z.strictObject({ nhs_sub_icb: PlacementSchema, nhs_icb: PlacementSchema }))
export type NhsPlacements = z.infer<typeof NhsPlacementsSchema>
