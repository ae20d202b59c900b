// In the browser: "Find your area" suggests local authorities as you type, from every name in
// the index (councils, former councils, districts, towns, codes), and helps when nothing matches.
// Without JavaScript the form goes to /find/, which lists every LA with its towns and districts.
import { KIND_WORDS, looksLikePostcode, search, suggestions, type PlaceData } from './match.ts'

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`
let data: Promise<PlaceData> | undefined
const load = () => (data ??= fetch(`${base}find/places.json`).then((r) => r.json() as Promise<PlaceData>))

function link(slug: string, name: string): HTMLAnchorElement {
  const a = document.createElement('a')
  a.href = `${base}la/${slug}/`
  a.textContent = name
  return a
}

function render(root: HTMLElement, d: PlaceData, query: string): void {
  const list = root.querySelector<HTMLUListElement>('[data-results]')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  list.replaceChildren()
  const q = query.trim()
  if (q === '') {
    status.textContent = ''
    return
  }
  // A postcode cannot be looked up with these files: one line saying so, and no guesses from its letters.
  if (looksLikePostcode(q)) {
    status.textContent = 'Postcodes cannot be searched yet: type your town, district or council instead.'
    return
  }
  const matches = search(d, q)
  for (const m of matches) {
    const [slug, name] = d.las[m.la]!
    const li = document.createElement('li')
    li.append(link(slug, name))
    if (m.via !== name) li.append(` (${m.via}, ${KIND_WORDS[m.kind]})`)
    list.append(li)
  }
  if (matches.length > 0) {
    status.textContent = `${matches.length} local ${matches.length === 1 ? 'authority matches' : 'authorities match'}.`
    return
  }
  status.textContent = 'No local authority matches.'
  const li = document.createElement('li')
  li.className = 'no-match'
  li.append('You can search by council, former council (such as Cumbria), district, town or ONS code. ')
  const closest = suggestions(d, q)
  if (closest.length > 0) {
    li.append('Did you mean ')
    closest.forEach((i, k) => {
      li.append(link(d.las[i]![0], d.las[i]![1]), k < closest.length - 2 ? ', ' : k === closest.length - 2 ? ' or ' : '?')
    })
  }
  list.append(li)
}

for (const root of document.querySelectorAll<HTMLElement>('[data-find-area]')) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!
  const update = async () => render(root, await load(), input.value)
  input.addEventListener('focus', () => void load(), { once: true })
  input.addEventListener('input', () => void update())
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void update().then(() => root.querySelector<HTMLAnchorElement>('[data-results] a')?.focus())
  })
  // On /find/?q=...: the search the form sent without waiting for this script.
  const sent = new URLSearchParams(location.search).get('q')
  if (sent && input.value === '') input.value = sent
  if (input.value.trim() !== '') void update()
}
