// The source line under each measure: each publication once, with its release in plain words,
// no machine identifiers, an extract named as one; the short form names the newest release only.
import { describe, expect, it } from 'vitest'
import { latestRelease, plainRelease, publisherParts, sourceLine } from '../../src/site/source-line.ts'
import type { Source } from '../../src/contract/schemas.ts'

function source(publisher: string, publication: string, release: string, kind: Source['kind'] = 'raw'): Source {
  return {
    id: release,
    title: publication,
    kind,
    format: 'ees-csv',
    publisher,
    publication,
    release,
    period: '',
    official_page: 'https://example.org/',
    file: 'x.csv',
    mirror_path: 'x.csv',
    downloads: [],
    sha256: '',
    bytes: 0,
    licence: 'OGL',
    notes: '',
  } as Source
}

const DFE = 'Department for Education'
const NEET = 'Participation in education, training and NEET age 16 to 17 by local authority (NCCIS)'
const neet = ['2022', '2025', '2023'].map((y) => source(DFE, NEET, `NEET and participation LA scorecard underlying data, ${y}`))
const extract = source(
  'Department for Education (values); extract prepared by Data to Insight',
  'Suspensions and permanent exclusions in England',
  'Spring term 2024/25 release (EES data set ed60fee6-bdab-414b-82d9-337f914575de), as processed by Data to Insight',
  'derived',
)
const ons = [
  source(
    'Office for National Statistics',
    'Population estimates: mid-2022',
    'Mid-2022 edition (MYE22UK), published 26 March 2024; April 2023 local authority boundaries',
  ),
  source('Office for National Statistics', 'Population estimates: mid-2023', 'Mid-2023 edition (MYE23), published 15 July 2024'),
]
const DASHBOARD = "DfE's SEND and AP Inclusion Dashboard"
const nhs = source(
  `NHS England (figures), placed against LAs by ${DASHBOARD}`,
  'SEND and AP Inclusion Dashboard (prepared data)',
  'prepared_data.Rdata at repository commit b215e61 (14 February 2024; data updated December 2023)',
  'derived',
)

describe('source lines', () => {
  it('drop identifiers meant for machines and who processed a release', () => {
    expect(plainRelease(extract.release)).toBe('Spring term 2024/25 release')
    expect(plainRelease(ons[0]!.release)).toBe('Mid-2022 edition, published 26 March 2024; April 2023 local authority boundaries')
    expect(plainRelease('prepared_data.Rdata at repository commit b215e61 (14 February 2024; data updated December 2023)')).toBe(
      'data updated December 2023 (tables of 14 February 2024)',
    )
    expect(plainRelease('LAIT production data as at 8 April 2026')).toBe('data as at 8 April 2026')
    expect(plainRelease('Repository state of 11 June 2025')).toBe('as at 11 June 2025')
  })

  it('split a publisher from the maker of an extract', () => {
    expect(publisherParts(extract.publisher)).toEqual({ publisher: DFE, extractBy: 'Data to Insight' })
    expect(publisherParts(DFE)).toEqual({ publisher: DFE, extractBy: null })
    expect(publisherParts(nhs.publisher)).toEqual({ publisher: 'NHS England', extractBy: DASHBOARD })
    expect(publisherParts(`${DFE} (figures from its published releases), tables prepared by ${DASHBOARD}`)).toEqual({
      publisher: DFE,
      extractBy: DASHBOARD,
    })
  })

  it('name NHS figures placed against LAs by their publisher, with the date of the tables', () => {
    expect(sourceLine([nhs], { short: true })).toBe(
      `NHS England, SEND and AP Inclusion Dashboard (prepared data): data updated December 2023 (tables of 14 February 2024) (an extract made by ${DASHBOARD})`,
    )
  })

  it('name each publication once with every release, and say who made an extract', () => {
    expect(sourceLine(neet)).toBe(
      `${DFE}, ${NEET}: NEET and participation LA scorecard underlying data, 2022, NEET and participation LA scorecard underlying data, 2025 and NEET and participation LA scorecard underlying data, 2023`,
    )
    expect(sourceLine([extract])).toBe(
      `${DFE}, Suspensions and permanent exclusions in England: spring term 2024/25 release (an extract made by Data to Insight)`,
    )
  })

  it('in the short form, name only the newest release of each publication and count the others', () => {
    expect(sourceLine(neet, { short: true })).toBe(
      `${DFE}, ${NEET}: NEET and participation LA scorecard underlying data, 2025 and 2 earlier releases`,
    )
    // Two publications of one publisher: the publisher is named once; details after ";" are left to the full line.
    expect(sourceLine(ons, { short: true })).toBe(
      'Office for National Statistics, Population estimates: mid-2022: Mid-2022 edition, published 26 March 2024; Population estimates: mid-2023: Mid-2023 edition, published 15 July 2024',
    )
  })

  it('find the newest publication date named by any source', () => {
    expect(latestRelease([...ons, ...neet])).toBe('2024-07-15')
    expect(latestRelease(neet)).toBeNull()
  })
})
