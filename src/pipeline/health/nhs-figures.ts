// Places NHS figures against LAs. NHS England publishes these for sub-ICB locations (former CCG
// areas), integrated care boards (ICBs) and NHS regions, not for LAs. Each LA is placed in exactly
// one NHS area per figure with DfE's own lookup: the sub-ICB location when the LA has only one,
// the ICB when all its sub-ICB locations belong to one ICB. Where neither holds, the LA gets no
// figure and the reason says why; an NHS figure is never shown as an LA's own.
import { ConfigError, SourceDataError } from '../errors.ts'
import type { Geography } from '../geography/areas.ts'
import { foldName } from '../read/area-names.ts'
import type { NhsFigureRow, NhsLaLookup, SubIcb } from '../read/nhs-tables.ts'
import type { HealthData, LaNhsFigure, NhsArea, NhsAreaLevel, NhsFigure, NhsValue } from '../../contract/health.ts'

type NhsFigureDefinition = Omit<NhsFigure, 'england' | 'nhsRegions'>

export interface HealthInputs {
  lookup: NhsLaLookup
  autism: { source: string; rows: NhsFigureRow[] }
  mentalHealth: { source: string; rows: NhsFigureRow[] }
  communityWaits: { sources: string[]; rows: NhsFigureRow[] }
  /** Population aged 0 to 17 by area code (current LAs, regions, England), for rates per 1,000. */
  under18: ReadonlyMap<string, number>
  /** Which mid-year the under-18 population is for, in words ("mid-2022"). */
  under18Year: string
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const monthName = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`

const ok = (value: number, count: number | null = null, denominator: number | null = null): NhsValue => ({
  value,
  count,
  denominator,
  missing: null,
})
const none = (missing: string): NhsValue => ({ value: null, count: null, denominator: null, missing })

/** ICBs are written "NHS Sussex ICB" in the lookup and "Sussex" in the waiting-list tables. */
const icbKey = (name: string) =>
  foldName(name)
    .replace(/^nhs /, '')
    .replace(/ icb$/, '')
    .replace(/ integrated care board$/, '')
/** Commissioning regions are written "LONDON COMMISSIONING REGION", "London" or "East Of England". */
const regionKey = (name: string) => foldName(name).replace(/ commissioning region$/, '')

interface Placement {
  area: NhsArea | null
  reason: string | null
}

/** Each current LA's NHS areas, and the inverse: the current LAs each NHS area serves. */
function placements(lookup: NhsLaLookup, g: Geography) {
  const subIcbsOf = (code: string): SubIcb[] | undefined => lookup.byLa.get(code)
  const servesSubIcb = new Map<string, string[]>()
  const servesIcb = new Map<string, string[]>()
  for (const la of g.las) {
    for (const s of subIcbsOf(la.code) ?? []) {
      servesSubIcb.set(s.code, [...(servesSubIcb.get(s.code) ?? []), la.code])
      const key = icbKey(s.icb)
      if (!servesIcb.get(key)?.includes(la.code)) servesIcb.set(key, [...(servesIcb.get(key) ?? []), la.code])
    }
  }
  const place = (laCode: string, level: NhsAreaLevel): Placement => {
    const la = g.byCode.get(laCode)!
    const list = subIcbsOf(laCode)
    if (!list) {
      const former = g.former.find((f) => f.successorCodes.includes(laCode) && lookup.byLa.has(f.code))
      return {
        area: null,
        reason: former
          ? `DfE's lookup of local authorities to NHS areas is on the 2022 geography, before ${la.name} was formed from ${former.name}, which several NHS areas served`
          : `${la.name} is not in DfE's lookup of local authorities to NHS areas`,
      }
    }
    if (level === 'sub_icb') {
      if (list.length === 1)
        return { area: { code: list[0]!.code, name: list[0]!.name, level, nhsRegion: list[0]!.nhsRegion }, reason: null }
      return {
        area: null,
        reason: `${la.name} is served by ${list.length} NHS sub-ICB locations (${list.map((s) => s.name).join(', ')}), whose figures cannot be combined into one for ${la.name}`,
      }
    }
    const icbs = [...new Set(list.map((s) => s.icb))]
    const regions = [...new Set(list.map((s) => s.nhsRegion))]
    if (icbs.length === 1 && regions.length === 1)
      return { area: { code: icbKey(icbs[0]!), name: icbs[0]!, level, nhsRegion: regions[0]! }, reason: null }
    return {
      area: null,
      reason: `${la.name} is served by ${icbs.length} integrated care boards (${icbs.join(', ')}), whose figures cannot be combined into one for ${la.name}`,
    }
  }
  const alsoServes = (area: NhsArea, laCode: string) =>
    ((area.level === 'sub_icb' ? servesSubIcb.get(area.code) : servesIcb.get(area.code)) ?? []).filter((c) => c !== laCode)
  return { place, alsoServes, subIcbsOf, servesSubIcb }
}

/** Figures by level and area for one period and breakdown, keyed by code (sub-ICB), folded name (ICB) or region key. */
interface FigureTable {
  byArea: Map<string, NhsValue>
  byRegion: Map<string, NhsValue>
  england: NhsValue
}

function latestEnd(rows: readonly NhsFigureRow[], source: string): string {
  const ends = rows.filter((r) => r.level === 'england').map((r) => r.periodEnd)
  if (ends.length === 0) throw new ConfigError(`${source}: no England figures to set the latest period by`)
  return ends.sort().at(-1)!
}

function regionName(name: string, known: ReadonlyMap<string, string>, source: string, line: number): string {
  const found = known.get(regionKey(name))
  if (!found)
    throw new SourceDataError(
      { file: source, row: line },
      `"${name}" is not one of the NHS regions in DfE's lookup (${[...known.values()].join(', ')})`,
    )
  return found
}

export function buildHealthData(inputs: HealthInputs, g: Geography): HealthData {
  const { place, alsoServes, servesSubIcb, subIcbsOf } = placements(inputs.lookup, g)
  const regions = new Map<string, string>()
  for (const list of inputs.lookup.byLa.values()) for (const s of list) regions.set(regionKey(s.nhsRegion), s.nhsRegion)

  const figures: Array<{ definition: NhsFigureDefinition; table: FigureTable }> = []

  // Suspected autism: % of referrals open 13 weeks or more with a first appointment after 13 weeks.
  const autismEnd = latestEnd(inputs.autism.rows, inputs.autism.source)
  // Titles are short (a parent reads them as headings on a phone); the question says it in full.
  for (const [age, words, short] of [
    ['under 10', 'children under 10', 'under 10s'],
    ['10 to 17', 'children aged 10 to 17', 'ages 10 to 17'],
    ['18 to 24', 'young people aged 18 to 24', 'ages 18 to 24'],
  ] as const) {
    const rows = inputs.autism.rows.filter((r) => r.breakdown === age && r.periodEnd === autismEnd)
    const table: FigureTable = { byArea: new Map(), byRegion: new Map(), england: none('not published for England') }
    for (const r of rows) {
      if (r.level === 'sub_icb') table.byArea.set(r.code, ok(r.value))
      else if (r.level === 'nhs_region') table.byRegion.set(regionName(r.name, regions, inputs.autism.source, r.line), ok(r.value))
      else if (r.level === 'england') table.england = ok(r.value)
    }
    figures.push({
      definition: {
        id: `autism_referral_wait_over_13_weeks_${age.replace(/ /g, '_')}`,
        title: `Suspected autism, ${short}: % waiting over 13 weeks`,
        question: `Of ${words} whose suspected autism referral had been open for 13 weeks or more, what share had waited more than 13 weeks for a first appointment?`,
        sentence: `{value} of ${words} with a suspected autism referral open for 13 weeks or more had waited more than 13 weeks for a first appointment`,
        unit: 'percent',
        decimals: 0,
        level: 'sub_icb',
        period: monthName(autismEnd),
        periodEnd: autismEnd,
        sources: [inputs.autism.source, 'nhs-la-lookup'],
        caveats: [
          'NHS England Autism Statistics, by the sub-ICB location of the GP practice or residence. The NICE guideline is a first appointment within 13 weeks of referral.',
          "Figures as DfE's SEND and AP Inclusion Dashboard prepared them (a derived source); rounded by NHS England.",
        ],
        countLabel: null,
        denominatorLabel: null,
      },
      table,
    })
  }

  // Children and young people supported by NHS-funded mental health services, per 1,000 under 18.
  const mhEnd = latestEnd(inputs.mentalHealth.rows, inputs.mentalHealth.source)
  {
    const rows = inputs.mentalHealth.rows.filter((r) => r.periodEnd === mhEnd)
    const rate = (count: number, population: number | undefined, why: string): NhsValue =>
      population ? ok((count / population) * 1000, count, population) : { value: null, count, denominator: null, missing: why }
    // A sub-ICB location's population is known when it is made of whole LAs (each served only by it).
    const areaPopulation = (code: string): number | undefined => {
      const las = servesSubIcb.get(code) ?? []
      if (las.length === 0 || las.some((la) => subIcbsOf(la)!.length !== 1 || !inputs.under18.has(la))) return undefined
      return las.reduce((n, la) => n + inputs.under18.get(la)!, 0)
    }
    const regionPopulation = (region: string): number | undefined => {
      const las = g.las.filter((la) => subIcbsOf(la.code)?.some((s) => s.nhsRegion === region))
      if (las.some((la) => subIcbsOf(la.code)!.some((s) => s.nhsRegion !== region) || !inputs.under18.has(la.code))) return undefined
      return las.reduce((n, la) => n + inputs.under18.get(la.code)!, 0)
    }
    const noPopulation =
      'no population under 18 is available for this area, because its boundary does not follow local authority boundaries'
    const table: FigureTable = { byArea: new Map(), byRegion: new Map(), england: none('not published for England') }
    for (const r of rows) {
      if (r.level === 'sub_icb') table.byArea.set(r.code, rate(r.value, areaPopulation(r.code), noPopulation))
      else if (r.level === 'nhs_region') {
        const region = regionName(r.name, regions, inputs.mentalHealth.source, r.line)
        table.byRegion.set(region, rate(r.value, regionPopulation(region), noPopulation))
      } else table.england = rate(r.value, inputs.under18.get(g.england.code), 'no population under 18 is available for England')
    }
    figures.push({
      definition: {
        id: 'cyp_mental_health_supported_per_1000',
        title: 'Under-18s supported by NHS mental health services, per 1,000',
        question:
          'How many children and young people under 18 had at least one contact with NHS-funded mental health services in the last 12 months, for every 1,000 under-18s?',
        sentence: '{value} children and young people under 18 were supported by NHS-funded mental health services',
        unit: 'per_1000',
        decimals: 1,
        level: 'sub_icb',
        period: `12 months to ${monthName(mhEnd)}`,
        periodEnd: mhEnd,
        sources: [inputs.mentalHealth.source, 'nhs-la-lookup', 'ons-mye-2022'],
        caveats: [
          'NHS Mental Health Services Data Set (measure MHS95), by the sub-ICB location where the child lives; counts rounded by NHS England.',
          `Per 1,000 of the ONS ${inputs.under18Year} population aged 0 to 17, for areas whose boundaries follow local authority boundaries.`,
          "Figures as DfE's SEND and AP Inclusion Dashboard prepared them (a derived source).",
        ],
        countLabel: 'children and young people supported',
        denominatorLabel: 'children and young people under 18',
      },
      table,
    })
  }

  // Community health services waiting lists for children and young people, by service.
  const waitEnd = latestEnd(inputs.communityWaits.rows, inputs.communityWaits.sources[0]!)
  const SERVICES = {
    'Speech And Language': { id: 'speech_language', words: 'speech and language therapy', heading: 'Speech and language therapy' },
    'Community Paediatric Service': { id: 'community_paediatrics', words: 'community paediatrics', heading: 'Community paediatrics' },
    'Occupational Therapy': { id: 'occupational_therapy', words: 'occupational therapy', heading: 'Occupational therapy' },
    Audiology: { id: 'audiology', words: 'audiology', heading: 'Audiology' },
  } as const
  for (const [service, { id, words, heading }] of Object.entries(SERVICES)) {
    const rows = inputs.communityWaits.rows.filter((r) => r.breakdown === service && r.periodEnd === waitEnd)
    for (const weeks of [18, 52] as const) {
      const table: FigureTable = { byArea: new Map(), byRegion: new Map(), england: none('not published for England') }
      const byKey = new Map<string, { total?: number; over18to52?: number; over52?: number; level: string; name: string; line: number }>()
      for (const r of rows) {
        const key = `${r.level}|${r.level === 'icb' ? icbKey(r.name) : r.level === 'nhs_region' ? regionName(r.name, regions, inputs.communityWaits.sources[0]!, r.line) : 'England'}`
        const entry = byKey.get(key) ?? { level: r.level, name: r.name, line: r.line }
        entry[r.measure as 'total' | 'over18to52' | 'over52'] = r.value
        byKey.set(key, entry)
      }
      for (const [key, e] of byKey) {
        const waiting = weeks === 18 ? (e.over18to52 ?? NaN) + (e.over52 ?? NaN) : (e.over52 ?? NaN)
        const value: NhsValue =
          e.total === undefined || Number.isNaN(waiting)
            ? none(`not published for this area for ${monthName(waitEnd)}`)
            : e.total === 0
              ? none('nobody was on the waiting list')
              : ok((waiting / e.total) * 100, waiting, e.total)
        const target = key.slice(key.indexOf('|') + 1)
        if (e.level === 'icb') table.byArea.set(target, value)
        else if (e.level === 'nhs_region') table.byRegion.set(target, value)
        else table.england = value
      }
      figures.push({
        definition: {
          id: `community_wait_${id}_over_${weeks}_weeks_pct`,
          title: `${heading}: % waiting over ${weeks} weeks`,
          question: `Of the children and young people on the waiting list for ${words}, what share had been waiting more than ${weeks} weeks?`,
          sentence: `{value} of children and young people on the waiting list for ${words} had waited more than ${weeks} weeks`,
          unit: 'percent',
          decimals: 1,
          level: 'icb',
          period: monthName(waitEnd),
          periodEnd: waitEnd,
          sources: [...inputs.communityWaits.sources, 'nhs-la-lookup'],
          caveats: [
            'NHS England Community Health Services waiting lists for children and young people, by integrated care board (ICB): everyone waiting at the end of the month.',
            "Figures as DfE's SEND and AP Inclusion Dashboard prepared them (a derived source).",
          ],
          countLabel: `children and young people waiting more than ${weeks} weeks`,
          denominatorLabel: 'children and young people on the waiting list',
        },
        table,
      })
    }
  }

  const las: Record<string, LaNhsFigure[]> = {}
  for (const la of g.las) {
    las[la.code] = figures.map(({ definition, table }) => {
      const { area, reason } = place(la.code, definition.level)
      if (!area) return { figure: definition.id, area: null, alsoServes: [], value: none(reason!), nhsRegion: null }
      return {
        figure: definition.id,
        area,
        alsoServes: alsoServes(area, la.code),
        value: table.byArea.get(area.code) ?? none(`not published for ${area.name} for ${definition.period}`),
        nhsRegion: table.byRegion.get(area.nhsRegion) ?? none(`not published for the ${area.nhsRegion} NHS region`),
      }
    })
  }
  return {
    figures: figures.map(({ definition, table }): NhsFigure => ({
      ...definition,
      england: table.england,
      nhsRegions: Object.fromEntries(table.byRegion),
    })),
    las,
  }
}
