// Designated medical, clinical and social care officers: both of DfE's layouts read as facts about
// each LA, the newer file giving the years it has, and England's and the regions' counts added up
// by hand from the rows below.
import { describe, expect, it } from 'vitest'
import { designatedOfficers, readDesignatedOfficers } from '../../src/pipeline/read/designated-officers.ts'
import { inputFor, realGeography, sourceDataError, tempFile } from '../helpers/read-input.ts'

const GEO = 'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name'
const LEEDS = 'E92000001,England,E12000003,Yorkshire and The Humber,E08000035,383,Leeds'
const YORK = 'E92000001,England,E12000003,Yorkshire and The Humber,E06000014,816,York'
const HARTLEPOOL = 'E92000001,England,E12000001,North East,E06000001,805,Hartlepool'

const RELEASE_2025 = [
  `${GEO},des_med_off,des_clin_off,des_so_care_off`,
  `2024,Calendar year,Local authority,${LEEDS},Yes,Recruiting,n/a`,
  `2025,Calendar year,Local authority,${LEEDS},Yes,Yes,Not returned`,
  `2025,Calendar year,Local authority,${YORK},No,Yes,Yes`,
  `2025,Calendar year,Local authority,${HARTLEPOOL},Recruiting,Yes,No`,
].join('\n')
// The older release: 2024 again (a year the newer file has, so not used), 2018, and England's z.
const RELEASE_2022 = [
  `${GEO},MApprenEHC,DMO,DCO,DMODCOFunction`,
  `2018,Calendar year,National,E92000001,England,,,,,,5,z,z,z`,
  `2018,Calendar year,Local authority,${LEEDS},1,N,R,N`,
  `2024,Calendar year,Local authority,${LEEDS},1,N,N,N`,
].join('\n')

const read = (name: string, text: string) => readDesignatedOfficers(inputFor(tempFile(name, `${text}\n`), name.replace('.csv', '')))

describe('designated officers', () => {
  const newer = read('newer.csv', RELEASE_2025)
  const older = read('older.csv', RELEASE_2022)

  it("reads both layouts' answers, with not asked as null and LA rows only", () => {
    expect(newer.facts.find((f) => f.laCode === 'E06000001')).toMatchObject({
      year: '2025',
      medical: 'recruiting',
      clinical: 'yes',
      socialCare: 'no',
    })
    expect(newer.facts.find((f) => f.laCode === 'E08000035' && f.year === '2025')!.socialCare).toBe('not_returned')
    expect(older.facts).toEqual([
      { laCode: 'E08000035', year: '2018', medical: 'no', clinical: 'recruiting', socialCare: null, source: 'older', row: 3 },
      { laCode: 'E08000035', year: '2024', medical: 'no', clinical: 'no', socialCare: null, source: 'older', row: 4 },
    ])
    expect(older.account.setAside).toEqual({ 'geographic_level "National" not used': 1 })
  })

  it('takes each year from the newest file that has it, whatever order the files come in', () => {
    const merged = designatedOfficers([older.facts, newer.facts], realGeography())
    expect(merged.las.E08000035!.map((y) => [y.year, y.medical, y.clinical, y.source])).toEqual([
      ['2025', 'yes', 'yes', 'newer'],
      ['2024', 'yes', 'recruiting', 'newer'],
      ['2018', 'no', 'recruiting', 'older'],
    ])
  })

  it("counts England's and each region's councils by answer, and says when a question was not asked", () => {
    const merged = designatedOfficers([newer.facts, older.facts], realGeography())
    const england2025 = merged.summaries.E92000001!.find((y) => y.year === '2025')!
    expect(england2025).toEqual({
      year: '2025',
      las: 3,
      medical: { yes: 1, no: 1, recruiting: 1, not_returned: 0 },
      clinical: { yes: 3, no: 0, recruiting: 0, not_returned: 0 },
      socialCare: { yes: 1, no: 1, recruiting: 0, not_returned: 1 },
    })
    const yorkshire2024 = merged.summaries.E12000003!.find((y) => y.year === '2024')!
    expect(yorkshire2024).toMatchObject({ las: 1, clinical: { recruiting: 1 }, socialCare: null })
    expect(merged.summaries.E12000001!.find((y) => y.year === '2024')).toMatchObject({ las: 0, socialCare: null })
  })

  it('stops on an answer it does not know, naming the file, row and column', () => {
    const e = sourceDataError(() => read('bad.csv', RELEASE_2025.replace('No,Yes,Yes', 'Maybe,Yes,Yes')))
    expect(e.location).toMatchObject({ row: 4, column: 'des_med_off' })
    expect(e.message).toMatch(/found "Maybe"/)
  })

  it('stops on a file in neither layout', () => {
    const e = sourceDataError(() => read('neither.csv', `${GEO},dmo\n2025,Calendar year,Local authority,${LEEDS},Yes`))
    expect(e.message).toMatch(/des_med_off, des_clin_off, des_so_care_off; or DMO, DCO/)
  })
})
