// The page templates the browser tests visit, with a sample of areas (Leeds, the City of London and
// the Isles of Scilly with their tiny numbers, Cumberland with a predecessor, Hartlepool with its
// inspections): one line each. A new template is one more line here; pages.spec.ts (render,
// Content-Security-Policy, no JavaScript, 320 px) and accessibility.spec.ts (axe) pick it up.
export const SITE_NAME = 'SEND and AP inclusion dashboard'

export interface Template {
  /** Short name used in test titles. */
  name: string
  path: string
  /** The page's one <h1>. */
  h1: string
  /** The <title> before " | SEND and AP inclusion dashboard"; the h1 when not given. */
  title?: string
  /** CSS selectors that must show with JavaScript switched off (or sit in a <details> a reader can open). */
  needs?: readonly string[]
}

/** What every area summary (England, region, LA) shows without JavaScript. */
const AREA = ['#contents', '#theme-who', '.theme-summary .answer']
/** What every theme page shows: each measure's answer and source, its charts (images of the chart files) and table folded. */
const THEME = [
  'section.metric .headline',
  'section.metric .source',
  'section.metric details figure.chart img',
  'section.metric details table',
]
/** ...and an LA theme page in addition: the "At a glance" table, and its chart (an image of its file) where England has figures to centre it on. */
const LA_THEME_NO_ENGLAND = [...THEME, '#at-a-glance', '.at-a-glance table']
const LA_THEME = [...LA_THEME_NO_ENGLAND, '.at-a-glance figure.chart img[src$="at-a-glance.svg"]']
/** A theme of many measures: its groups listed, the first open and the others folded. */
const GROUPED_THEME = [...LA_THEME, 'nav[aria-labelledby="groups"] a', 'section.measure-group > h2', 'details.group-fold section.metric']

export const TEMPLATES: readonly Template[] = [
  {
    name: 'home',
    path: '/',
    h1: 'Special educational needs and alternative provision in England',
    title: 'SEND and AP in England',
    needs: ['#england-glance', '#find-your-area', '[data-region] a[href="/la/leeds/"]'],
  },
  { name: 'find', path: '/find/', h1: 'Find your area', needs: ['#find-your-area', 'dl.places'] },
  { name: 'England', path: '/england/', h1: 'England', needs: [...AREA, '#children'] },
  { name: 'England theme', path: '/england/process/', h1: 'England: The EHC plan process', needs: THEME },
  { name: 'region', path: '/region/yorkshire-and-the-humber/', h1: 'Yorkshire and The Humber', needs: [...AREA, '#children'] },
  {
    name: 'region theme',
    path: '/region/yorkshire-and-the-humber/post16/',
    h1: 'Yorkshire and The Humber: Growing up: post-16 and adulthood',
    needs: THEME,
  },
  { name: 'LA Leeds', path: '/la/leeds/', h1: 'Leeds', needs: AREA },
  { name: 'LA Leeds theme', path: '/la/leeds/where/', h1: 'Leeds: Where children and young people with plans learn', needs: LA_THEME },
  { name: 'LA Leeds theme of 45 measures, grouped', path: '/la/leeds/who/', h1: 'Leeds: Who has an EHC plan', needs: GROUPED_THEME },
  {
    name: 'LA Leeds exclusions (no England figures)',
    path: '/la/leeds/exclusions/',
    h1: 'Leeds: Suspensions, exclusions and absence',
    needs: LA_THEME_NO_ENGLAND,
  },
  {
    name: 'LA Leeds health (NHS figures)',
    path: '/la/leeds/health/',
    h1: 'Leeds: Health',
    needs: ['section.metric .nhs-area', 'section.metric .headline', 'section.metric details table', 'nav[aria-labelledby="groups"] a'],
  },
  {
    name: 'LA Cumberland health (no NHS area placed)',
    path: '/la/cumberland/health/',
    h1: 'Cumberland: Health',
    needs: ['section.metric .headline'],
  },
  {
    name: 'England health',
    path: '/england/health/',
    h1: 'England: Health',
    needs: ['section.metric .headline', 'section.metric details table'],
  },
  {
    name: 'LA Hartlepool money and inspections',
    path: '/la/hartlepool/money/',
    h1: 'Hartlepool: Money and inspection',
    needs: [...LA_THEME, '#group-inspections .headline', '#group-inspections .history li'],
  },
  { name: 'LA Leeds compare', path: '/la/leeds/compare/', h1: 'Leeds beside similar areas', needs: ['main table'] },
  { name: 'LA City of London', path: '/la/city-of-london/', h1: 'City of London', needs: AREA },
  { name: 'LA Isles of Scilly theme', path: '/la/isles-of-scilly/who/', h1: 'Isles of Scilly: Who has an EHC plan', needs: THEME },
  {
    name: 'LA Cumberland (has a predecessor)',
    path: '/la/cumberland/',
    h1: 'Cumberland',
    needs: [...AREA, '#predecessors', '[aria-labelledby="predecessors"] table'],
  },
  {
    name: 'metric',
    path: '/metric/ehcp_per_1000_0_25/',
    h1: 'EHC plans per 1,000 children and young people aged 0-25',
    needs: ['#las', 'figure.chart svg', 'main table'],
  },
  {
    name: 'metric without England figures',
    path: '/metric/suspension_rate_ehcp/',
    h1: 'Suspensions per 100 pupils with an EHC plan',
    needs: ['#las', 'figure.chart svg', 'main table'],
  },
  {
    name: 'embed',
    path: '/embed/ehcp_per_1000_0_25/leeds/',
    h1: 'EHC plans per 1,000 children and young people aged 0-25: Leeds',
    // The labelled chart is one picture of its file, with the figure in words under it.
    needs: ['figure img[src="chart.svg"]', 'figcaption', 'a[href="data.csv"]'],
  },
  {
    name: 'Change Programme',
    path: '/change-programme/',
    h1: 'The SEND and AP Change Programme: checking the claims',
    title: 'Change Programme: checking the claims',
    needs: [
      'section[aria-labelledby="claims"] li.claim p.verdict',
      'section.outcome .headline',
      'section.outcome details figure.chart img',
      'section.outcome details table',
      '#partnerships',
      '#method',
    ],
  },
  {
    name: 'methodology',
    path: '/methodology/',
    h1: 'Methodology',
    needs: ['.methodology-topics a', '.methodology-measures li#ehcp_per_1000_0_25 a'],
  },
  {
    name: 'methodology topic',
    path: '/methodology/comparisons/',
    h1: 'How areas are compared',
    title: 'How areas are compared: methodology',
    needs: ['h2#intervals', 'h2#similar'],
  },
  {
    name: 'methodology of a measure',
    path: '/methodology/measures/ehcp_per_1000_0_25/',
    h1: 'EHC plans per 1,000 children and young people aged 0-25',
    title: 'EHC plans per 1,000 children and young people aged 0-25: methodology',
    needs: ['dl.definition', 'a[href="/metric/ehcp_per_1000_0_25/"]'],
  },
  { name: 'page not found', path: '/404.html', h1: 'Page not found', needs: ['form[role="search"]'] },
  { name: 'data', path: '/data/', h1: 'Download the data', needs: ['a[href="/data/send-ap-dashboard-data.zip"]'] },
  { name: 'data sources', path: '/data/sources/', h1: 'Data sources' },
  { name: 'accessibility', path: '/accessibility/', h1: 'Accessibility' },
]

/** A theme page with many charts, for the narrow-screen checks with everything open. */
export const LA_THEME_PAGE = '/la/leeds/exclusions/'
