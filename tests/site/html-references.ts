// The addresses a built page refers to and the ids its fragments can name, read with a tag scanner
// rather than a DOM: the pages are generated HTML with quoted attributes, and ~27,000 of them must
// be read in seconds.

export interface Reference {
  /** The address as written, entity-decoded and trimmed. */
  href: string
  /** "resource": the browser or a script loads it (img src, stylesheet, script, data-* paths); "link": a reader follows it. */
  kind: 'link' | 'resource'
}

export interface PageReferences {
  references: Reference[]
  /** Every id, and every <a name>: what a #fragment can point at. */
  ids: Set<string>
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes character references in an attribute value: numeric ones and the named ones addresses use. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]\w*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = /^#x/i.test(ref) ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
/** A tag worth reading has one of these; most tags (the shapes of charts) have none. */
const WANTED = /\s(?:id|name|href|src|srcset|action|poster|data|xlink:href|data-[\w-]+)\s*=/i
/** <link rel> values that make the browser load the address; other rels (canonical, license) are links. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch'])
/** Attributes whose address the browser loads, on any element. */
const LOADED = new Set(['src', 'poster', 'data'])

/** A data-* value that is an address on this site or another: one a script will fetch or open. */
const looksLikeAddress = (value: string) => /^(\/(?!\/)\S*|https?:\/\/\S+)$/.test(value)

/** The attributes of one tag, names lower-cased, the first of each name kept (as a browser does). */
function attributesOf(raw: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, key, double, single, bare] of raw.matchAll(ATTRIBUTE)) {
    const name = key!.toLowerCase()
    if (!attributes.has(name)) attributes.set(name, decodeEntities(double ?? single ?? bare ?? ''))
  }
  return attributes
}

export function readReferences(html: string): PageReferences {
  // Comments, scripts and styles can hold text that looks like tags.
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style\s*>/gi, '$1')
  const references: Reference[] = []
  const ids = new Set<string>()
  for (const [, rawName, rawAttributes] of text.matchAll(TAG)) {
    if (!rawAttributes || !WANTED.test(rawAttributes)) continue
    const tag = rawName!.toLowerCase()
    const attributes = attributesOf(rawAttributes)
    const id = attributes.get('id')
    if (id) ids.add(id)
    if (tag === 'a' && attributes.get('name')) ids.add(attributes.get('name')!)
    for (const [name, raw] of attributes) {
      const value = raw.trim()
      if (name === 'srcset') {
        for (const candidate of value.split(',')) {
          const href = candidate.trim().split(/\s+/)[0]
          if (href) references.push({ href, kind: 'resource' })
        }
      } else if (LOADED.has(name)) {
        if (name !== 'data' || tag === 'object') references.push({ href: value, kind: 'resource' })
      } else if (name === 'href' || name === 'xlink:href') {
        const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
        const loads = tag === 'image' || (tag === 'link' && rels.some((rel) => LOADING_RELS.has(rel)))
        references.push({ href: value, kind: loads ? 'resource' : 'link' })
      } else if (name === 'action') {
        references.push({ href: value, kind: 'link' })
      } else if (name.startsWith('data-') && looksLikeAddress(value)) {
        references.push({ href: value, kind: 'resource' })
      }
    }
  }
  return { references, ids }
}
