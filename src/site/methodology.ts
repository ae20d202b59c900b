// The methodology, as short pages: a contents page, one page per topic and one per measure (the
// single page it replaces was 263,000 px tall on a phone). The contents page keeps every anchor the
// single page had, so an old address (/methodology/#intervals, /methodology/#<measure id>) still
// lands on a link to where its text now is.
import { routes } from './routes.ts'
import { metrics } from './site-data.ts'
import { THEMES, type ThemeInfo, type Unit } from '../contract/vocabulary.ts'
import type { MetricInfo } from '../contract/schemas.ts'

export interface MethodologyTopic {
  slug: string
  title: string
  /** What the page answers, for the contents page. */
  about: string
  /** The page's sections: the single page's anchors, kept as ids on the topic page and on the contents page. */
  sections: ReadonlyArray<{ id: string; title: string }>
}

export const METHODOLOGY_TOPICS = [
  {
    slug: 'comparisons',
    title: 'How areas are compared',
    about: 'England, regions and similar areas; likely ranges; higher, lower or similar; ranks; changes over time.',
    sections: [
      { id: 'intervals', title: 'Likely ranges (confidence intervals)' },
      { id: 'similar', title: 'Similar, higher, lower' },
      { id: 'ranks', title: 'Ranks and quarters' },
      { id: 'statistical-neighbours', title: 'Statistical neighbours' },
      { id: 'changes', title: 'Changes over time' },
      { id: 'jumps', title: 'Figures that jump' },
    ],
  },
  {
    slug: 'geography',
    title: 'Geography and boundary changes',
    about: 'Which local authorities, and councils that merged or changed codes.',
    sections: [],
  },
  { slug: 'missing', title: 'Missing figures', about: 'Why a figure is missing, in the words the pages use.', sections: [] },
  {
    slug: 'not-shown',
    title: 'What the site does not show',
    about: "Figures people look for in the publishers' files that the files cannot support here, and why.",
    sections: [],
  },
  {
    slug: 'derived',
    title: 'Derived extracts',
    about: "Figures taken from extracts others made of the publisher's figures.",
    sections: [],
  },
  {
    slug: 'change-programme',
    title: 'The Change Programme evaluation',
    about: 'How the 32 pilot local authorities are compared with the others.',
    sections: [],
  },
] as const satisfies readonly MethodologyTopic[]

export type TopicSlug = (typeof METHODOLOGY_TOPICS)[number]['slug']

export function methodologyTopic(slug: TopicSlug): MethodologyTopic {
  return METHODOLOGY_TOPICS.find((t) => t.slug === slug)!
}

/** Every theme with measures, each with its measures in the registry's order. */
export function measuresByTheme(): Array<{ theme: ThemeInfo; measures: MetricInfo[] }> {
  return THEMES.map((theme) => ({ theme, measures: metrics().filter((m) => m.theme === theme.id) })).filter((t) => t.measures.length > 0)
}

/** The steps above a methodology page: Home, Methodology. */
export const methodologySteps = (): Array<{ name: string; href: string }> => [
  { name: 'Home', href: routes.home() },
  { name: 'Methodology', href: routes.methodology() },
]

export const UNIT_WORDS = {
  percent: 'percentage',
  per_1000: 'rate per 1,000',
  per_10000: 'rate per 10,000',
  per_100_pupils: 'rate per 100 pupils',
  ratio: 'ratio',
  percentage_points: 'difference in percentage points',
  score: "score on the publisher's own scale",
  gbp_per_head: 'pounds per head of population',
  gbp_per_plan_per_week: 'pounds per child with an EHC plan, per week',
} as const satisfies Record<Unit, string>

export const DIRECTION_WORDS = {
  higher_is_better: 'The SEND reforms aim to raise this figure. Comparisons still say only higher, lower or similar.',
  lower_is_better: 'The SEND reforms aim to lower this figure. Comparisons still say only higher, lower or similar.',
  neutral: 'No policy aim: comparisons say higher, lower or similar.',
} as const satisfies Record<MetricInfo['direction'], string>
