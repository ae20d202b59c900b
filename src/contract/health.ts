// health.json: NHS figures, each published for an NHS area (a sub-ICB location or an integrated
// care board), never an LA's own. An LA's page shows its NHS area's figure, says which area it is
// and which other LAs it covers, and compares it with England and the NHS region.
import { z } from 'zod'

export const NhsAreaLevelSchema = z.enum(['sub_icb', 'icb'])
export type NhsAreaLevel = z.infer<typeof NhsAreaLevelSchema>

export const NhsValueSchema = z.strictObject({
  value: z.number().nullable(),
  /** The count behind the figure, where published. */
  count: z.number().nullable(),
  /** What the count is out of, where known. */
  denominator: z.number().nullable(),
  /** Why there is no value, in words. */
  missing: z.string().nullable(),
})
export type NhsValue = z.infer<typeof NhsValueSchema>

export const NhsAreaSchema = z.strictObject({ code: z.string(), name: z.string(), level: NhsAreaLevelSchema, nhsRegion: z.string() })
export type NhsArea = z.infer<typeof NhsAreaSchema>

export const NhsFigureSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  sentence: z.string(),
  unit: z.enum(['percent', 'per_1000']),
  decimals: z.number().int(),
  level: NhsAreaLevelSchema,
  /** The period in words ("June 2023", "12 months to August 2023") and its last day. */
  period: z.string(),
  periodEnd: z.string(),
  sources: z.array(z.string()),
  caveats: z.array(z.string()),
  countLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  england: NhsValueSchema,
  nhsRegions: z.record(z.string(), NhsValueSchema),
})
export type NhsFigure = z.infer<typeof NhsFigureSchema>

/** One LA's placing for one figure: its NHS area and that area's value, or why there is none. */
export const LaNhsFigureSchema = z.strictObject({
  figure: z.string(),
  area: NhsAreaSchema.nullable(),
  /** The other current LAs the same NHS area serves. */
  alsoServes: z.array(z.string()),
  value: NhsValueSchema,
  nhsRegion: NhsValueSchema.nullable(),
})
export type LaNhsFigure = z.infer<typeof LaNhsFigureSchema>

export const HealthDataSchema = z.strictObject({
  figures: z.array(NhsFigureSchema),
  /** Current LA code -> its placing for every figure, in the order of `figures`. */
  las: z.record(z.string(), z.array(LaNhsFigureSchema)),
})
export type HealthData = z.infer<typeof HealthDataSchema>
