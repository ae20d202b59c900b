// Progressive enhancement for "Find your area": shows a filter box and hides the local
// authorities whose names do not contain what was typed. Without JavaScript the full list shows.
;(() => {
  const root = document.querySelector('[data-find-area]')
  if (!root) return
  const box = root.querySelector('[data-filter]')
  const input = root.querySelector('#area-filter')
  const status = root.querySelector('#area-filter-status')
  const items = Array.from(root.querySelectorAll('li[data-name]'))
  const groups = Array.from(root.querySelectorAll('[data-region]'))
  box.hidden = false
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase()
    let shown = 0
    for (const item of items) {
      const match = query === '' || item.dataset.name.includes(query)
      item.hidden = !match
      if (match) shown++
    }
    for (const group of groups) group.hidden = group.querySelectorAll('li[data-name]:not([hidden])').length === 0
    status.textContent =
      query === ''
        ? ''
        : shown === 0
          ? 'No local authority matches.'
          : `${shown} local ${shown === 1 ? 'authority matches' : 'authorities match'}.`
  })
})()
