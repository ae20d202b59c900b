// change-programme.json: for each outcome the Change Programme is tracked on, the pilot LAs'
// and the other LAs' averages over time, and the difference in their changes.
import { z } from 'zod'
import { PeriodIdSchema } from './periods.ts'

const GroupPointSchema = z.strictObject({ period: PeriodIdSchema, mean: z.number(), las: z.number().int() })

export const TrackedMetricSchema = z.strictObject({
  metric: z.string(),
  windows: z.record(z.string(), z.enum(['before', 'after', 'excluded'])),
  pilot: z.array(GroupPointSchema),
  comparison: z.array(GroupPointSchema),
  did: z
    .object({
      estimate: z.number(),
      lower: z.number(),
      upper: z.number(),
      pilotLas: z.number().int(),
      comparisonLas: z.number().int(),
      pilotChange: z.number(),
      comparisonChange: z.number(),
    })
    .nullable(),
  partnerships: z.array(
    z.strictObject({
      partnership: z.string(),
      region: z.string(),
      las: z.array(z.string()),
      trend: z.array(
        z.strictObject({
          period: PeriodIdSchema,
          partnership: z.number().nullable(),
          partnershipLas: z.number().int(),
          restOfRegion: z.number().nullable(),
          restOfRegionLas: z.number().int(),
        }),
      ),
      partnershipChange: z.number().nullable(),
      partnershipChangeLas: z.number().int(),
      restOfRegionChange: z.number().nullable(),
      restOfRegionChangeLas: z.number().int(),
    }),
  ),
})
export type TrackedMetric = z.infer<typeof TrackedMetricSchema>
export const ChangeProgrammeSchema = z.array(TrackedMetricSchema)
