// On an LA's compare page: set any two to five local authorities side by side with England, every
// measure's latest figure, one folded table per theme (England first, the measure column fixed in
// place as on the neighbours' tables above). The figures come formatted from /la/compare.json; the
// choice lives in the address (?with=leeds,york) so it can be shared. Without JavaScript the page
// shows the LA beside its statistical neighbours only.
;(() => {
  const root = document.querySelector('[data-compare]')
  if (!root) return
  const MAX = 5
  const pickers = root.querySelector('[data-pickers]')
  const status = root.querySelector('[data-compare-status]')
  const result = root.querySelector('[data-compare-result]')
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
    node.append(...children)
    return node
  }

  const chosenFromAddress = (known) => {
    const asked = (new URLSearchParams(location.search).get('with') || root.dataset.with).split(',')
    return [...new Set(asked.filter((slug) => known.has(slug)))].slice(0, MAX)
  }

  const render = (data, chosen) => {
    const bySlug = new Map(data.areas.map((a) => [a.slug, a]))
    const columns = [bySlug.get('england'), ...chosen.map((slug) => bySlug.get(slug))]
    // Themes the reader opened stay open when the choice changes; at first all are folded (the neighbours' tables lead the page).
    const open = new Set([...result.querySelectorAll('details[open]')].map((d) => d.dataset.theme))
    result.replaceChildren()
    if (chosen.length < 2) {
      status.textContent = 'Choose at least two local authorities.'
      return
    }
    status.textContent = `Showing ${chosen.map((s) => bySlug.get(s).name).join(', ')} and England.`
    let index = 0
    data.themes.forEach((theme) => {
      const captionId = `chosen-${theme.id}`
      const head = el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Measure'),
        ...columns.map((c) => el('th', { scope: 'col', class: 'num' }, c.name)),
      )
      const body = el('tbody')
      for (const m of theme.measures) {
        const row = el('tr', {}, el('th', { scope: 'row' }, m.title, el('span', { class: 'second' }, m.period)))
        for (const c of columns) row.append(el('td', { class: 'num' }, c.figures[index]))
        body.append(row)
        index++
      }
      const table = el(
        'table',
        { class: 'sticky-first' },
        el('caption', { id: captionId }, `${theme.title}: latest figures for the areas you chose`),
        el('thead', {}, head),
        body,
      )
      const wrap = el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': captionId }, table)
      const details = el(
        'details',
        { class: 'compare-theme', 'data-theme': theme.id },
        el('summary', {}, `${theme.title}: the areas you chose (${theme.measures.length} measures)`),
        wrap,
      )
      details.open = open.has(theme.id)
      result.append(details)
    })
  }

  const build = (data) => {
    const las = data.areas.filter((a) => a.slug !== 'england')
    const known = new Set(las.map((a) => a.slug))
    const chosen = chosenFromAddress(known)
    const selects = []
    const update = () => {
      const picked = [...new Set(selects.map((s) => s.value).filter(Boolean))]
      const params = new URLSearchParams(location.search)
      params.set('with', picked.join(','))
      history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`)
      render(data, picked)
    }
    for (let i = 0; i < MAX; i++) {
      const id = `choose-la-${i + 1}`
      const select = el('select', { id }, el('option', { value: '' }, i < 2 ? 'Choose a local authority' : '(none)'))
      for (const a of las) select.append(el('option', { value: a.slug }, a.name))
      select.value = chosen[i] || ''
      select.addEventListener('change', update)
      selects.push(select)
      pickers.append(el('p', {}, el('label', { for: id }, `Local authority ${i + 1}`), select))
    }
    render(data, chosen)
  }

  root.hidden = false
  status.textContent = 'Loading the figures…'
  fetch(root.dataset.compare)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    })
    .then(build)
    .catch(() => {
      status.textContent = 'The figures could not be loaded. The tables above compare this local authority with its statistical neighbours.'
    })
})()
