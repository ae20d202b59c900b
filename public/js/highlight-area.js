// On a measure's page: marks one local authority on the strip, the map and the funnel plot and scrolls its
// row into view, from the address (#leeds or ?area=leeds) or the picker. Without JavaScript, the
// #leeds address still lands on Leeds's row, which the stylesheet marks.
;(() => {
  const CHARTS = [
    ['strip', 'the strip of every local authority'],
    ['map', 'the map'],
    ['funnel', 'the funnel plot'],
  ]
  const root = document.querySelector('[data-highlight-root]')
  if (!root) return
  const picker = root.querySelector('[data-highlight-picker]')
  const select = picker.querySelector('select')
  const status = picker.querySelector('[data-highlight-status]')
  const mark = (slug, scroll) => {
    for (const el of root.querySelectorAll('.is-highlighted')) el.classList.remove('is-highlighted')
    const row = slug ? document.getElementById(slug) : null
    if (!row || row.tagName !== 'TR') {
      status.textContent = ''
      return
    }
    row.classList.add('is-highlighted')
    for (const el of root.querySelectorAll(`[data-area="${CSS.escape(slug)}"]`)) {
      el.classList.add('is-highlighted')
      el.parentNode.appendChild(el) // drawn last, so on top
    }
    select.value = slug
    // The LA's name as the picker has it (the row's heading also holds its Change Programme tag),
    // and the charts it is marked on: not every measure has a map or a funnel plot.
    const name = select.selectedOptions[0]?.textContent ?? slug
    const on = CHARTS.filter(([kind]) => root.querySelector(`.chart-svg-${kind} [data-area="${CSS.escape(slug)}"]`)).map(
      ([, words]) => words,
    )
    const places = [...on, 'the table']
    status.textContent = `${name} is marked on ${places.length > 1 ? `${places.slice(0, -1).join(', ')} and ${places.at(-1)}` : places[0]}.`
    if (scroll) row.scrollIntoView({ block: 'center' })
  }
  picker.hidden = false
  const fromAddress = () => new URLSearchParams(location.search).get('area') || decodeURIComponent(location.hash.slice(1))
  select.addEventListener('change', () => {
    history.replaceState(null, '', select.value ? `#${select.value}` : location.pathname)
    mark(select.value, false)
  })
  window.addEventListener('hashchange', () => mark(fromAddress(), true))
  mark(fromAddress(), new URLSearchParams(location.search).has('area'))
})()
