// The file-system site check (tests/site/) on tiny sites written here: a sound site passes, and each
// kind of fault is reported with the page it is on. A check that reported nothing on a broken site
// would let `./dashboard test` pass a site with dead links.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chartLabelProblem } from '../site/chart-labels.ts'
import { checkLinks, type Problem } from '../site/check-links.ts'
import { contentProblem } from '../site/file-content.ts'
import { readReferences } from '../site/html-references.ts'

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'site-check-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`

const CHART = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Plans per 1,000 people. Leeds, 2025.</title>',
  '<text>Plans per 1,000<tspan dy="18">people</tspan></text>',
  '<text>Source: Department for Education, Education, health and care plans. Open Government Licence v3.0.</text>',
  '<text>SEND and AP inclusion dashboard</text><text>/la/leeds/<tspan dy="14">#plans</tspan></text></svg>',
].join('')

const CSV = [
  '"Plans per 1,000 people"',
  '"Source: Department for Education. Open Government Licence v3.0."',
  '"From the SEND and AP inclusion dashboard: /la/leeds/#plans"',
  '',
  'area,period,value',
  'Leeds,2025,21.1',
  '"Bristol, City of",2025,',
  '',
].join('\n')

/** A site of the shape the real one has: pages, a theme page with its measures, an embed with its files. */
const SOUND: Record<string, string> = {
  'index.html': page(
    '<a href="/la/leeds/">Leeds</a> <a href="/la/leeds/#plans">plans</a> <a href="#top">top</a> <a href="mailto:x@example.org">mail</a>' +
      '<a href="https://example.org/page">elsewhere</a><form action="/find/"></form><img src="/favicon.svg" alt="">',
    '<link rel="stylesheet" href="/css/site.css"><link rel="canonical" href="https://example.org/">',
  ),
  'find/index.html': page('<a href="../">home</a> <a href="/find/?q=Leeds">search</a>'),
  'la/leeds/index.html': page(
    '<section id="plans"><a name="older"></a><img src="/embed/plans/leeds/chart.svg" srcset="/embed/plans/leeds/chart.svg 2x" alt="c">' +
      '<div data-embed="/embed/plans/leeds/" data-title="Plans / people"></div><a href="/la/leeds/measures.csv">CSV</a></section>',
  ),
  'la/leeds/measures.csv': CSV,
  'embed/plans/leeds/index.html': page(
    '<img src="chart.svg" alt="c"><a href="data.csv">CSV</a><a href="/la/leeds/#older">back</a>',
    '<link rel="stylesheet" href="/css/embed.css">',
  ),
  'embed/plans/leeds/chart.svg': CHART,
  'embed/plans/leeds/data.csv': CSV,
  'css/site.css': 'body{}',
  'css/embed.css': 'body{}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
}

const FILE_CHECKS = [contentProblem, chartLabelProblem]
const summary = (problems: Problem[]) => problems.map((p) => `${p.where} | ${p.href ?? ''} | ${p.problem}`)

describe('the link check', () => {
  it('passes a sound site, and lists links to other hosts without fetching them', () => {
    const report = checkLinks({ root: site(SOUND), base: '/', fileChecks: FILE_CHECKS })
    expect(summary(report.problems)).toEqual([])
    expect(report.pages).toBe(4)
    expect(report.files).toBe(Object.keys(SOUND).length)
    // Every same-site address above, in pages and in the two CSVs' and the chart's "From the" lines.
    expect(report.checked).toBe(19)
    expect([...report.external]).toEqual([
      ['https://example.org/', 1],
      ['https://example.org/page', 1],
    ])
    expect(report.unlinked).toEqual([])
  })

  it('reports a missing file, a missing fragment, a folder without its "/", a resource from another host, each on its page', () => {
    const root = site({
      ...SOUND,
      'index.html': page(
        '<a href="/la/leeds/">Leeds</a> <a href="/la/york/">York</a> <a href="/la/leeds/#nowhere">gone</a> <a href="/find">find</a>' +
          '<a href="javascript:void(0)">js</a> <a href="/la/leeds/#%E0%A4">bad</a>',
        '<script src="https://cdn.example.org/x.js"></script>',
      ),
      'embed/plans/leeds/index.html': page('<img src="chart.png" alt="c"><a href="data.csv#plans">CSV</a>'),
    })
    const report = checkLinks({ root, base: '/', fileChecks: FILE_CHECKS })
    expect(summary(report.problems)).toEqual([
      '/embed/plans/leeds/ | chart.png | no file embed/plans/leeds/chart.png',
      '/ | https://cdn.example.org/x.js | loaded from another host',
      '/ | /la/york/ | no file la/york/index.html',
      '/ | /find | a folder: write /find/ (a host would redirect)',
      '/ | javascript:void(0) | a javascript: address does nothing without JavaScript',
      '/ | /la/leeds/#%E0%A4 | badly percent-encoded',
      '/embed/plans/leeds/ | data.csv#plans | #plans points into embed/plans/leeds/data.csv, which is not a page',
      '/ | /la/leeds/#nowhere | no id "nowhere" on /la/leeds/',
    ])
    // The one link to /find/ left was written without its "/".
    expect(report.unlinked).toEqual(['/find/'])
  })

  it('under a base path, passes the site built for it and fails a link written without the base path', () => {
    const underBase = (files: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(files).map(([path, text]) => [path, text.replaceAll(/(href|src|srcset|action|data-embed)="\//g, '$1="/repo/')]),
      )
    const built = underBase(SOUND)
    // The CSVs and the chart name their page with the base path too.
    const named = (text: string) => text.replaceAll(': /la/', ': /repo/la/').replaceAll('<text>/la/', '<text>/repo/la/')
    for (const path of ['la/leeds/measures.csv', 'embed/plans/leeds/data.csv', 'embed/plans/leeds/chart.svg'])
      built[path] = named(built[path]!)
    expect(summary(checkLinks({ root: site(built), base: '/repo/', fileChecks: FILE_CHECKS }).problems)).toEqual([])

    built['find/index.html'] = page('<a href="/repo/">home</a> <a href="/la/leeds/">Leeds, without the base path</a>')
    built['embed/plans/leeds/data.csv'] = CSV
    expect(summary(checkLinks({ root: site(built), base: '/repo/', fileChecks: FILE_CHECKS }).problems)).toEqual([
      '/repo/embed/plans/leeds/data.csv | /la/leeds/#plans | outside the base path /repo/',
      '/repo/find/ | /la/leeds/ | outside the base path /repo/',
    ])
  })

  it("checks absolute addresses on the site's own host as its own", () => {
    const root = site({ ...SOUND, 'find/index.html': page('<a href="https://owner.github.io/la/york/">York</a>') })
    const report = checkLinks({ root, base: '/', siteUrl: 'https://owner.github.io' })
    expect(summary(report.problems)).toEqual(['/find/ | https://owner.github.io/la/york/ | no file la/york/index.html'])
  })

  it('lists the pages nothing links to', () => {
    const report = checkLinks({ root: site({ ...SOUND, 'la/york/index.html': page('York') }), base: '/' })
    expect(report.unlinked).toEqual(['/la/york/'])
  })
})

describe('the checks of each file', () => {
  it('finds a download that is not what its name says', () => {
    expect(contentProblem('a.csv', CSV)).toBeUndefined()
    expect(contentProblem('a.csv', 'a,b\n1,2\n')).toBeUndefined()
    expect(contentProblem('a.csv', '')).toBe('empty file')
    expect(contentProblem('a.csv', 'a,b\n1,2\n3\n')).toBe('row 3 of the table has 1 fields, not 2')
    expect(contentProblem('a.csv', '"Title","more"\n\na,b\n1,2\n')).toBe('a line above the table is not one field')
    expect(contentProblem('a.csv', 'just a sentence\n')).toMatch(/not a header of column names/)
    expect(contentProblem('a.svg', '<!DOCTYPE html><html></html>')).toBe('does not start with an <svg> element')
    expect(contentProblem('a.json', '{"a": 1,}')).toMatch(/^not valid JSON/)
    expect(contentProblem('a.png', 'anything')).toBeUndefined()
  })

  it('finds a chart file without its labels', () => {
    const file = 'embed/plans/leeds/chart.svg'
    expect(chartLabelProblem(file, CHART)).toBeUndefined()
    expect(chartLabelProblem('la/leeds/who/at-a-glance.svg', CHART)).toBeUndefined()
    expect(chartLabelProblem('favicon.svg', '<svg></svg>')).toBeUndefined()
    expect(chartLabelProblem(file, CHART.replace(/<text>Source:[^<]*<\/text>/, ''))).toBe('a chart file without its source, the licence')
    expect(chartLabelProblem(file, CHART.replace(/<text>\/la\/leeds[\s\S]*?<\/text><\/svg>/, '</svg>'))).toBe(
      "a chart file without its page's address last",
    )
    expect(chartLabelProblem(file, CHART.replace('<title>Plans', '<title>Other'))).toBe(
      'a chart file without a heading that begins its <title>',
    )
  })
})

describe('readReferences', () => {
  it('reads addresses where a page writes them, and not in scripts, styles or comments', () => {
    const { references, ids } = readReferences(
      '<a id="x" href="/a/?q=1&amp;r=2">a</a><!-- <a href="/commented/"> --><script>const s = "<a href=\'/in-script/\'>"</script>' +
        '<img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><link rel="icon" href="/f.svg"><link rel="license" href="https://l.example/">' +
        '<a name="old"></a><div data-host="/js/h.js" data-title="/ not an address" data-with="leeds"></div><svg><use href="#x"/></svg>',
    )
    expect(references).toEqual([
      { href: '/a/?q=1&r=2', kind: 'link' },
      { href: '/i.png', kind: 'resource' },
      { href: '/i-1.png', kind: 'resource' },
      { href: '/i-2.png', kind: 'resource' },
      { href: '/f.svg', kind: 'resource' },
      { href: 'https://l.example/', kind: 'link' },
      { href: '/js/h.js', kind: 'resource' },
      { href: '#x', kind: 'link' },
    ])
    expect([...ids]).toEqual(['x', 'old'])
  })
})
