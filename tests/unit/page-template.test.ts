import { describe, expect, it } from 'vitest'
import { fillTemplate, pageTemplate } from '../../src/embed-files/page-template.ts'

const reference =
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Plans &amp; needs: Leeds | SEND and AP inclusion dashboard</title>' +
  '<link rel="stylesheet" href="/_astro/index.abc.css"></head><body><main><svg><title>A chart</title></svg></main></body></html>'

describe("embed pages made from the reference embed's head", () => {
  it("keeps the head, takes the page's own title (escaped) and body, and leaves chart titles in the body alone", () => {
    const t = pageTemplate(reference, 'Plans & needs: Leeds', 'ref')
    expect(fillTemplate(t, 'Plans & needs: Leeds', '<main><svg><title>A chart</title></svg></main>')).toBe(reference)
    expect(fillTemplate(t, "Children's plans: York", '<p>x</p>')).toBe(
      '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Children&#39;s plans: York | SEND and AP inclusion dashboard</title>' +
        '<link rel="stylesheet" href="/_astro/index.abc.css"></head><body><p>x</p></body></html>',
    )
  })

  it('stops when the reference page is not the one expected', () => {
    expect(() => pageTemplate(reference, 'Another measure: Leeds', 'ref')).toThrow(/does not start with/)
    expect(() => pageTemplate('<html><body></body></html>', 'x', 'ref')).toThrow(/no <\/head>/)
  })
})
