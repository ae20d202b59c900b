// The site data contract: the shape of every file the pipeline writes and the pages read, as zod
// schemas with the types inferred from them. The pipeline writes through these schemas and the
// site reads through them (files.ts), so a file that does not match stops the build at the file
// and field that are wrong, on either side.
import { z } from 'zod'
import { MetricPeriodKindSchema, PeriodIdSchema } from './periods.ts'
import {
  AreaLevelSchema,
  AreaTypeSchema,
  BasisSchema,
  DirectionSchema,
  MissingReasonSchema,
  NoComparisonSchema,
  ThemeSchema,
  UnitSchema,
  WithheldChangeSchema,
} from './vocabulary.ts'

/** An ONS area code (E08000035), or the id of an NHS area: sub-icb-16c, icb-west-yorkshire, nhs-region-london. */
const code = z
  .string()
  .regex(/^([EW]\d{8}|sub-icb-[a-z0-9]+|icb-[a-z0-9-]+|nhs-region-[a-z0-9-]+)$/, 'an ONS area code such as E08000035, or an NHS area id')
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')

/** An area as the pages need it: its place in the geography and its relations. */
export const AreaSummarySchema = z.strictObject({
  code,
  name: z.string().min(1),
  type: AreaTypeSchema,
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Region of an LA or former LA; NHS region of an NHS area. */
  regionCode: code.optional(),
  /** DfE's 3-digit number (old_la_code for LAs; 970 England, 980-990 regions). */
  oldLaCode: z.string().optional(),
  /**
   * City of London and the Isles of Scilly: so few children that ranks and comparisons without an
   * interval would mislead. Their pages stay; those comparisons are not made.
   */
  smallNumbers: z.boolean().optional(),
  /** Statistical neighbours (current LA codes, closest first). */
  neighbours: z.array(code).optional(),
  /** Change Programme partnership, for the 32 pilot LAs. */
  partnership: z.string().optional(),
  /** Former LAs whose area is now (partly) this LA's. */
  predecessors: z.array(code).optional(),
  /** For former LAs: successors, the date they took over and a note. */
  successors: z.array(code).optional(),
  effective: date.optional(),
  note: z.string().optional(),
  /** Old codes of the same area that sources still use. */
  recodedFrom: z.array(z.strictObject({ code, note: z.string() })).optional(),
})
export type AreaSummary = z.infer<typeof AreaSummarySchema>

export const PeriodInfoSchema = z.strictObject({
  id: PeriodIdSchema,
  kind: MetricPeriodKindSchema,
  label: z.string(),
  short: z.string(),
})
export type PeriodInfo = z.infer<typeof PeriodInfoSchema>

/** A measure as the pages need it: its words, unit and periods, not how it is computed. */
export const MetricInfoSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  title: z.string().min(1),
  /** The question the measure answers, for a parent. */
  question: z.string(),
  theme: ThemeSchema,
  /** The group of its theme's page it is shown in (ThemeLayout). */
  group: z.string(),
  /** The areas it is published for: an LA's page shows an NHS measure's figure for the NHS area the LA is placed in. */
  areaLevel: AreaLevelSchema,
  unit: UnitSchema,
  direction: DirectionSchema,
  ageBand: z.string(),
  numeratorLabel: z.string(),
  denominatorLabel: z.string(),
  caveats: z.array(z.string()),
  breaks: z.array(z.strictObject({ from: PeriodIdSchema, note: z.string() })),
  /** Periods the publisher flags as not comparable with others: no change is given from or to them. */
  flaggedPeriods: z.strictObject({ periods: z.array(PeriodIdSchema), note: z.string() }).optional(),
  /** Notes said beside particular areas' figures in particular periods (a return missing, a table's error). */
  areaNotes: z.array(z.strictObject({ areas: z.array(code), periods: z.array(PeriodIdSchema), note: z.string() })).optional(),
  decimals: z.number().int().min(0),
  /** Sentence template: "{value}" becomes the value with its unit, "{number}" the bare number. */
  sentence: z.string(),
  sources: z.array(z.string()),
  /** For a figure below zero: the sentence with the figure's size in place of {value} ("a surplus of 4.8%"). */
  negativeSentence: z.string().optional(),
  /** Read from an extract made by others (labelled as such on the page). */
  derived: z.boolean(),
  /** Whether the measure has counts, so intervals and tests of differences where the counts are known. */
  intervals: z.boolean(),
  periods: z.array(PeriodInfoSchema),
  latest: PeriodIdSchema.nullable(),
})
export type MetricInfo = z.infer<typeof MetricInfoSchema>

/** How each theme's page is laid out: its groups of measures and the measure that answers it on the summary. */
export const ThemeLayoutSchema = z.strictObject({
  theme: ThemeSchema,
  /** Facts the theme's pages show beside its measures, never ranked: the area SEND inspections. */
  facts: z.array(z.enum(['area_send_inspections', 'designated_officers'])),
  /** The measure that answers the theme's question on an area's summary. */
  headline: z.string().nullable(),
  groups: z.array(
    z.strictObject({
      /** Unique within its theme; the group's anchor on the page is `group-<id>`. */
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string(),
      /** Folded groups show their heading and how many measures they hold. */
      folded: z.boolean(),
      metrics: z.array(z.string()),
    }),
  ),
})
export type ThemeLayout = z.infer<typeof ThemeLayoutSchema>

const IntervalSchema = z.strictObject({ lower: z.number(), upper: z.number() })

export const MetricValueSchema = z.strictObject({
  metric: z.string(),
  area: code,
  period: PeriodIdSchema,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  ci95: IntervalSchema.nullable(),
  ci998: IntervalSchema.nullable(),
  missing: MissingReasonSchema.nullable(),
  basis: BasisSchema.nullable(),
  /** For sums of LA rows: how many LAs the total covers. */
  coverage: z.number().int().nullable(),
  /** Index of the registry segment the value came from (segments are separated by series breaks). */
  segment: z.number().int().min(0),
  sources: z.array(z.string()),
})
export type MetricValue = z.infer<typeof MetricValueSchema>

export const SignificanceSchema = z.union([
  z.strictObject({ result: z.enum(['higher', 'lower', 'similar']), reason: z.null() }),
  z.strictObject({ result: z.null(), reason: NoComparisonSchema }),
])
export type Significance = z.infer<typeof SignificanceSchema>

/** The change from an earlier period: like with like only, else `withheld` says why not. */
export const ChangeSchema = z.union([
  z.strictObject({ from: PeriodIdSchema, change: z.number(), withheld: z.null() }),
  z.strictObject({ from: PeriodIdSchema, change: z.null(), withheld: WithheldChangeSchema }),
])
export type Change = z.infer<typeof ChangeSchema>

const RankedSchema = z.strictObject({
  rank: z.number().int().min(1),
  /** How many areas were ranked (those with a value). */
  of: z.number().int().min(1),
  /** How many other areas share this value. */
  tiedWith: z.number().int().min(0),
})

const NeighboursSchema = z.strictObject({
  mean: z.number().nullable(),
  /** How many of the neighbours have a figure (the others are in `missing`). */
  used: z.number().int(),
  missing: z.array(code),
})

export const BenchmarkSchema = z.strictObject({
  metric: z.string(),
  area: code,
  period: PeriodIdSchema,
  value: z.number().nullable(),
  england: z.number().nullable(),
  region: z.number().nullable(),
  neighbours: NeighboursSchema.nullable(),
  /** Rank 1 is the highest value. */
  rank: RankedSchema.nullable(),
  quartile: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  previous: ChangeSchema.nullable(),
  fiveYears: ChangeSchema.nullable(),
  vsEngland: SignificanceSchema,
  vsRegion: SignificanceSchema.nullable(),
})
export type Benchmark = z.infer<typeof BenchmarkSchema>

export const QuartilesSchema = z.strictObject({ q1: z.number(), median: z.number(), q3: z.number() })
export type Quartiles = z.infer<typeof QuartilesSchema>

/** Per measure and period: the distribution of LA values that ranks and bands refer to. */
export const DistributionSchema = z.strictObject({
  metric: z.string(),
  period: PeriodIdSchema,
  quartiles: QuartilesSchema.nullable(),
  ranked: z.number().int(),
})
export type Distribution = z.infer<typeof DistributionSchema>

/** Funnel plot limits (in percent) around England's value for the latest period. */
export const FunnelSchema = z.strictObject({
  period: PeriodIdSchema,
  centre: z.number(),
  limits: z.array(z.strictObject({ n: z.number(), lower95: z.number(), upper95: z.number(), lower998: z.number(), upper998: z.number() })),
})
export type Funnel = z.infer<typeof FunnelSchema>

/** areas/<code>.json: every measure's values and benchmarks for one area. */
export const AreaDataSchema = z.strictObject({
  code,
  metrics: z.record(z.string(), z.strictObject({ values: z.array(MetricValueSchema), benchmarks: z.array(BenchmarkSchema) })),
})
export type AreaData = z.infer<typeof AreaDataSchema>

/** metrics/<id>.json: one measure's values for every area, its distributions and funnel. */
export const MetricDataSchema = z.strictObject({
  id: z.string(),
  values: z.array(MetricValueSchema),
  distributions: z.array(DistributionSchema),
  funnel: FunnelSchema.nullable(),
})
export type MetricData = z.infer<typeof MetricDataSchema>

/** A published file the site reads, as the pages cite it (data/sources.json's entry). */
export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id holds only a-z, 0-9 and -'),
  title: z.string().min(1),
  kind: z.enum(['raw', 'derived']),
  format: z.string().min(1),
  publisher: z.string().min(1),
  publication: z.string().min(1),
  release: z.string().min(1),
  period: z.string().min(1),
  official_page: z.string().min(1),
  file: z.string().min(1),
  mirror_path: z.string().min(1),
  downloads: z.array(
    z.strictObject({
      /** "{repository}" stands for this project's GitHub repository, for its data release. */
      url: z.string().regex(/^https?:\/\//, 'an http(s) address'),
      /** Path of the file inside a ZIP at url; absent when url is the file itself. */
      zip_path: z.string().optional(),
      /** url is an EES release; the file is a member of that release's all-files ZIP. */
      resolve: z.literal('ees-release').optional(),
      note: z.string(),
    }),
  ),
  /** null only for a source with a fallback, whose checksum is recorded on its first download. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits')
    .nullable(),
  bytes: z.number().int().positive().nullable(),
  licence: z.string().min(1),
  notes: z.string().default(''),
  release_check: z
    .union(
      [
        z.strictObject({
          method: z.literal('ees').optional(),
          publication: z.string().min(1),
          release: z.string().min(1),
          update: z.enum(['auto', 'notify']),
        }),
        z.strictObject({ method: z.literal('ons-dataset'), dataset: z.string().min(1), edition: z.string().min(1) }),
        z.strictObject({
          method: z.literal('github'),
          repository: z.string().min(1),
          path: z.string().min(1),
          commit: z.string().regex(/^[0-9a-f]{40}$/, '40 hex digits'),
        }),
        z.strictObject({ method: z.literal('govuk'), path: z.string().startsWith('/'), updated: z.string().optional() }),
        z.strictObject({ method: z.literal('web-page'), url: z.string().min(1), links: z.array(z.string()).optional() }),
        z.strictObject({ method: z.literal('by-hand'), reason: z.string().min(1) }),
      ],
      {
        error:
          'needs one of the known methods with its fields: ees (publication, release, update "auto" or "notify"), ons-dataset (dataset, edition), github (repository, path, commit of 40 hex digits), govuk (path from /), web-page (url), by-hand (reason)',
      },
    )
    .optional(),
  /** The date a maintainer last brought this entry up to date. */
  last_refreshed: date.optional(),
  /** A source read instead when this one cannot be obtained. */
  fallback: z.strictObject({ source: z.string(), reason: z.string().min(1) }).optional(),
  /** The next release as its publisher announced it: a day or, where only the month is known, a month. */
  next_release: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a day "2027-06-24" or a month "2027-06"'),
      announced: z.string().regex(/^https?:\/\//, 'an http(s) address'),
    })
    .optional(),
})
export type Source = z.infer<typeof SourceSchema>
export type ReleaseCheck = NonNullable<Source['release_check']>

/** Something readers of the publishers' files might look for that the site does not show, and why. */
export const NotShownEntrySchema = z.strictObject({
  theme: ThemeSchema,
  what: z.string().min(1),
  /** The registered sources that hold, or would hold, it. */
  sources: z.array(z.string()),
  why: z.string().min(1),
  /** The measure that comes nearest, if any. */
  instead: z.string().nullable(),
})
export type NotShownEntry = z.infer<typeof NotShownEntrySchema>

/** index.json: the areas, the measures, the themes' layout and the sources. */
export const SiteIndexSchema = z.strictObject({
  areas: z.array(AreaSummarySchema),
  metrics: z.array(MetricInfoSchema),
  themes: z.array(ThemeLayoutSchema),
  sources: z.array(SourceSchema),
  /** What the files cannot support, listed on the methodology page. */
  notShown: z.array(NotShownEntrySchema).optional(),
})
export type SiteIndex = z.infer<typeof SiteIndexSchema>

/** What the fetch step did with each registered source (fetch.json). */
export const SourceRecordSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['raw', 'derived']),
  /** used: read by this build; fell_back: not obtained, its fallback read instead; not_needed: a fallback not needed. */
  status: z.enum(['used', 'fell_back', 'not_needed']),
  origin: z.enum(['cache', 'mirror', 'download']).optional(),
  /** The mirror file or download address the file came from (the cache path when it was cached). */
  from: z.string().optional(),
  sha256: z.string().nullable(),
  fallback: z.string().optional(),
  why: z.string().optional(),
  reason: z.string().optional(),
  instead: z.string().optional(),
  /** automatic: the release check watches the publisher; by_hand: a maintainer refreshes it. */
  refresh: z.enum(['automatic', 'by_hand', 'not_set']),
  how: z.string(),
  last_refreshed: z.string().nullable(),
})
export type SourceRecord = z.infer<typeof SourceRecordSchema>

/** The accounts of a read: rows read, used and set aside, recodings, checks, missing values (accounts.json). */
export const SourceAccountSchema = z.strictObject({
  source: z.string(),
  file: z.string(),
  rowsRead: z.number().int(),
  rowsUsed: z.number().int(),
  setAside: z.record(z.string(), z.number().int()),
  recoded: z.record(z.string(), z.number().int()),
  /** Corrections of published figures and checks against other files, each with its evidence. */
  checks: z.array(z.string()),
  observations: z.number().int(),
  missing: z.partialRecord(MissingReasonSchema, z.number().int()),
})
export type SourceAccount = z.infer<typeof SourceAccountSchema>

/** map.json: each current LA's boundary as SVG path data on a fixed canvas. */
export const MapShapesSchema = z.strictObject({
  width: z.number(),
  height: z.number(),
  paths: z.record(code, z.string()),
})
export type MapShapes = z.infer<typeof MapShapesSchema>

export const PlaceKindSchema = z.enum(['la', 'code', 'former', 'district', 'town'])
export type PlaceKind = z.infer<typeof PlaceKindSchema>
/** places.json: one searchable name and the current LAs it leads to, best match first. */
export const PlaceSchema = z.strictObject({ name: z.string().min(1), kind: PlaceKindSchema, las: z.array(code).min(1) })
export type Place = z.infer<typeof PlaceSchema>

/** One area SEND inspection of an LA's local area partnership: a fact, never a ranked value. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM')
export const AreaSendInspectionSchema = z.strictObject({
  /** Current or former LA code. */
  laCode: code,
  framework: z.enum(['2016', '2023']),
  /** First day of the inspection; absent where the file does not give it. */
  started: date.optional(),
  /** 2023 framework: the last day of the inspection, where the file gives it. */
  ended: date.optional(),
  /** The month of the inspection, where the file gives only the month (Ofsted's notes on councils since replaced). */
  month: month.optional(),
  /** When the report was published; absent where the file does not give it. */
  published: date.optional(),
  /** 2016 framework: whether Ofsted and CQC required a written statement of action. */
  writtenStatementRequired: z.boolean().optional(),
  /** 2016 framework: the revisit, if any, with its answer as published (Yes, Some or No), dated by its report or its month. */
  revisit: z.strictObject({ published: date.optional(), month: month.optional(), sufficientProgressOnAll: z.string() }).optional(),
  /** 2023 framework: the outcome in Ofsted's words (one of the framework's three). */
  outcome: z.string().optional(),
  /** 2023 framework: the report's paragraph on the outcome, as the table's makers took it from the report. */
  outcomeText: z.string().optional(),
  priorityActionPlan: z.boolean().optional(),
  /** 2023 framework: the next inspection the report announces (a monitoring one first after widespread or systemic failings). */
  next: z.strictObject({ kind: z.enum(['full', 'monitoring']), within: z.string(), by: date.nullable() }).optional(),
  /** The report itself (a PDF on Ofsted's website), where the file links it. */
  report: z.string().startsWith('https://').optional(),
  /** Every file that records this inspection, the first the one its fields come from where they agree. */
  source: z.string(),
  row: z.number().int(),
  /** Other files that record the same inspection, with their rows. */
  alsoIn: z.array(z.strictObject({ source: z.string(), row: z.number().int() })).optional(),
})
export type AreaSendInspection = z.infer<typeof AreaSendInspectionSchema>

/** The council's page on Ofsted's reports site, where every report on it is published. */
const ofstedPage = z.string().startsWith('https://').optional()

/** inspections.json: each LA's inspections newest first, and those of the councils it replaced. */
export const LaInspectionsSchema = z.strictObject({
  inspections: z.array(AreaSendInspectionSchema),
  predecessors: z.array(z.strictObject({ code, name: z.string(), inspections: z.array(AreaSendInspectionSchema), ofstedPage })),
  /** Why there is nothing to show, if so. */
  none: z.string().nullable(),
  ofstedPage,
  /** The source of the Ofsted page's address (a lookup of each council's Ofsted number). */
  ofstedPageSource: z.string().optional(),
})
export type LaInspections = z.infer<typeof LaInspectionsSchema>
export const InspectionsSchema = z.record(code, LaInspectionsSchema)

/** An LA's answer, in its SEN2 return, on whether a designated officer is in post; null: not asked that year. */
export const OfficerStatusSchema = z.enum(['yes', 'no', 'recruiting', 'not_returned'])
export type OfficerStatus = z.infer<typeof OfficerStatusSchema>

/** One year of an LA's designated medical, clinical and social care officers: facts, never ranked. */
export const DesignatedOfficersYearSchema = z.strictObject({
  /** The year of the SEN2 return. */
  year: z.string().regex(/^\d{4}$/),
  medical: OfficerStatusSchema.nullable(),
  clinical: OfficerStatusSchema.nullable(),
  socialCare: OfficerStatusSchema.nullable(),
  source: z.string(),
  row: z.number().int(),
})
export type DesignatedOfficersYear = z.infer<typeof DesignatedOfficersYearSchema>

const OfficerCountsSchema = z.strictObject({
  yes: z.number().int(),
  no: z.number().int(),
  recruiting: z.number().int(),
  not_returned: z.number().int(),
})
export type OfficerCounts = z.infer<typeof OfficerCountsSchema>

/** designated-officers.json: each LA's years (newest first), and how many LAs answered each way in England and each region. */
export const DesignatedOfficersSchema = z.strictObject({
  las: z.record(code, z.array(DesignatedOfficersYearSchema)),
  summaries: z.record(
    code,
    z.array(
      z.strictObject({
        year: z.string().regex(/^\d{4}$/),
        /** LAs with a row that year. */
        las: z.number().int(),
        medical: OfficerCountsSchema,
        clinical: OfficerCountsSchema,
        socialCare: OfficerCountsSchema.nullable(),
      }),
    ),
  ),
})
export type DesignatedOfficers = z.infer<typeof DesignatedOfficersSchema>
