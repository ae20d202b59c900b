// On a measure's page: marks one local authority on the map and the funnel plot and scrolls its
// row into view, from the address (#leeds or ?area=leeds) or the picker. Without JavaScript, the
// #leeds address still lands on Leeds's row, which the stylesheet marks.
;(() => {
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
    status.textContent = `${row.querySelector('th').textContent.trim()} is marked on the map, the funnel plot and the table.`
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
