import { describe, expect, it } from 'vitest'
import { PageTimings, routeFamily } from '../../scripts/page-timings.ts'

describe('page generation times by route family', () => {
  it('names the family of every kind of output path', () => {
    expect(routeFamily('/la/leeds/index.html')).toBe('LA summaries')
    expect(routeFamily('/la/leeds/who/index.html')).toBe('LA theme pages')
    expect(routeFamily('/la/leeds/who/at-a-glance.svg')).toBe('LA at-a-glance.svg')
    expect(routeFamily('/la/leeds/compare/index.html')).toBe('LA compare pages')
    expect(routeFamily('/la/leeds/measures.csv')).toBe('LA measures.csv')
    expect(routeFamily('/la/compare.json')).toBe('LA compare.json')
    expect(routeFamily('/metric/ehcp_count/index.html')).toBe('metric pages')
    expect(routeFamily('/metric/ehcp_count/figures.csv')).toBe('metric figures.csv')
    expect(routeFamily('/region/london/index.html')).toBe('region summaries')
    expect(routeFamily('/region/london/who/index.html')).toBe('region theme pages')
    expect(routeFamily('/england/index.html')).toBe('England summary')
    expect(routeFamily('/england/who/index.html')).toBe('England theme pages')
    expect(routeFamily('/methodology/index.html')).toBe('other pages')
    expect(routeFamily('/find/places.json')).toBe('other pages')
  })

  it("adds up Astro's per-file lines, in ms and s, under a base path, gives each file's path and ignores other lines", () => {
    const t = new PageTimings('/send-dashboard/')
    expect(t.add('08:40:00   ├─ /send-dashboard/la/leeds/who/at-a-glance.svg (+9ms) ')).toBe('/la/leeds/who/at-a-glance.svg')
    expect(t.add('08:40:00   └─ /send-dashboard/la/york/who/at-a-glance.svg (+1.50s) ')).toBe('/la/york/who/at-a-glance.svg')
    expect(t.add('08:40:01   ├─ /send-dashboard/la/leeds/index.html (+31ms) ')).toBe('/la/leeds/index.html')
    expect(t.add('08:39:23 [build] Building static entrypoints...')).toBeNull()
    expect(t.files).toBe(3)
    expect(t.families()).toEqual([
      { family: 'LA at-a-glance.svg', files: 2, ms: 1509 },
      { family: 'LA summaries', files: 1, ms: 31 },
    ])
  })
})
