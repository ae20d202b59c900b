// "Find your area" matching (src/site/search/match.ts) on a hand-made index: a place with its
// county after a comma, a place whose county is not the council's area, and what looks like a
// postcode.
import { describe, expect, it } from 'vitest'
import { looksLikePostcode, search, suggestions, type PlaceData } from '../../src/site/search/match.ts'

const DATA: PlaceData = {
  las: [
    ['north-yorkshire', 'North Yorkshire'],
    ['richmond-upon-thames', 'Richmond upon Thames'],
    ['brighton-and-hove', 'Brighton and Hove'],
    ['east-sussex', 'East Sussex'],
    ['leeds', 'Leeds'],
    ['bristol', 'Bristol, City of'],
  ],
  places: [
    ['North Yorkshire', 'l', [0]],
    ['Harrogate', 'd', [0]],
    ['Richmond', 't', [0]],
    ['Richmond upon Thames', 'l', [1]],
    ['Brighton and Hove', 'l', [2]],
    ['Hove', 't', [2]],
    ['East Sussex', 'l', [3]],
    ['Lewes', 'd', [3]],
    ['Leeds', 'l', [4]],
    // A town near a boundary, placed in both councils.
    ['Wetherby', 't', [4, 0]],
    ['Bristol, City of', 'l', [5]],
  ],
}
const names = (query: string) => search(DATA, query).map((m) => DATA.las[m.la]![1])

describe('search', () => {
  it('finds a place followed by its county: the place, within the county', () => {
    expect(names('Harrogate, North Yorkshire')).toEqual(['North Yorkshire'])
    expect(names('Wetherby')).toEqual(['Leeds', 'North Yorkshire'])
    expect(names('Wetherby, North Yorkshire')).toEqual(['North Yorkshire'])
    expect(names('Wetherby, Leeds')).toEqual(['Leeds'])
    expect(names('harrogate , n yorkshire')).toEqual(['North Yorkshire'])
    expect(names('Richmond, North Yorkshire')).toEqual(['North Yorkshire'])
  })

  it("keeps the place's matches where its county is not the council's area, and the county's where the place is unknown", () => {
    // Hove is in the ceremonial county of East Sussex, but not in East Sussex County Council's area.
    expect(names('Hove, East Sussex')).toEqual(['Brighton and Hove'])
    expect(names('Nowhereville, North Yorkshire')).toEqual(['North Yorkshire'])
    expect(names('Leeds, England')).toEqual(['Leeds'])
  })

  it('still finds names that hold a comma themselves', () => {
    expect(names('Bristol, City of')).toEqual(['Bristol, City of'])
  })
})

describe('suggestions', () => {
  const suggested = (query: string) => suggestions(DATA, query).map((i) => DATA.las[i]![1])
  it('offer the names a word of the query is a slip away from, the closest first', () => {
    expect(suggested('Leedz Towne Hall')).toEqual(['Leeds'])
    expect(suggested('Brigton and Hove')).toEqual(['Brighton and Hove'])
    expect(suggested('Richmund')).toEqual(['Richmond upon Thames'])
  })
  it('offer nothing for a query like no name, rather than unrelated ones', () => {
    expect(suggested('zzzz')).toEqual([])
    expect(suggested('xyz town')).toEqual([])
    expect(suggested('LS1 4AP')).toEqual([])
  })
})

describe('looksLikePostcode', () => {
  it('knows whole postcodes and their first halves', () => {
    for (const q of ['LS1 4AP', 'ls14ap', 'LS6', 'SW1A 1AA', 'M1 1AE', ' HG1 2RH ']) expect(looksLikePostcode(q), q).toBe(true)
  })
  it('does not take towns, councils or ONS codes for postcodes', () => {
    for (const q of ['Leeds', 'E08000035', 'Harrogate, North Yorkshire', 'Hull']) expect(looksLikePostcode(q), q).toBe(false)
  })
})
