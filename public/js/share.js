// Enhances a "Use and share" block the first time it opens (most never do, so a page with dozens
// of them does no work while loading): writes the code that embeds the chart on another website
// (an iframe that resizes itself with our small host script; this site's address when the page
// names none), with a copy button, and offers a PNG of the labelled chart (drawn from its SVG in
// the browser, no external service). The button and the PNG link are named after the chart
// (data-title), as a page of many charts needs: a screen reader lists them by name.
;(() => {
  const done = new WeakSet()

  const copyText = async (code) => {
    try {
      await navigator.clipboard.writeText(code.textContent)
      return true
    } catch {
      // Clipboard API refused (no permission, or not a secure context): select for the old command.
      const range = document.createRange()
      range.selectNodeContents(code)
      const selection = getSelection()
      selection.removeAllRanges()
      selection.addRange(range)
      return document.execCommand('copy')
    }
  }

  const downloadPng = async (link) => {
    const svgText = await (await fetch(link.dataset.pngFrom)).text()
    const image = new Image()
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
    image.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      URL.revokeObjectURL(url)
      canvas.toBlob((blob) => {
        const a = document.createElement('a')
        a.href = URL.createObjectURL(blob)
        a.download = link.getAttribute('download')
        a.click()
        setTimeout(() => URL.revokeObjectURL(a.href), 1000)
      }, 'image/png')
    }
    image.src = url
  }

  const absolute = (address) => new URL(address, location.href).href
  const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

  /** ": <the chart's title>", heard by a screen reader and not shown. */
  const hiddenTitle = (block) => {
    const span = document.createElement('span')
    span.className = 'visually-hidden'
    span.textContent = `: ${block.dataset.title}`
    return span
  }

  // The host script sits at js/embed-host.js beside the embeds' folder (/embed/<measure>/<area>/).
  const hostScript = (block) => new URL('../../../js/embed-host.js', absolute(block.dataset.embed)).href

  const embedCode = (block) =>
    `<iframe src="${absolute(block.dataset.embed)}" title="${attribute(block.dataset.title)}" width="100%" height="560" loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-send-dashboard-embed style="border:0"></iframe>\n<script src="${hostScript(block)}" defer></script>`

  const enhance = (block) => {
    if (done.has(block)) return
    done.add(block)
    const help = block.querySelector('[data-embed-help]')
    if (help && block.dataset.embed) {
      const code = document.createElement('pre')
      code.className = 'embed-code'
      code.textContent = embedCode(block)
      const button = document.createElement('button')
      button.type = 'button'
      button.append('Copy the code', hiddenTitle(block))
      const status = document.createElement('span')
      status.setAttribute('role', 'status')
      status.setAttribute('aria-live', 'polite')
      const actions = document.createElement('p')
      actions.className = 'share-actions'
      actions.append(button, ' ', status)
      help.textContent = 'To show this chart on another website, paste this code into your page:'
      help.after(code, actions)
      button.addEventListener('click', async () => {
        status.textContent = (await copyText(code)) ? 'Copied.' : 'Select the code and copy it with your keyboard.'
      })
    }
    const svg = block.querySelector('a[download$=".svg"]')
    if (!svg || !('toBlob' in HTMLCanvasElement.prototype)) return
    const link = document.createElement('a')
    link.href = svg.href
    link.dataset.pngFrom = svg.getAttribute('href')
    link.download = svg.getAttribute('download').replace(/\.svg$/, '.png')
    link.append('as a picture (PNG)', hiddenTitle(block))
    svg.after(' or ', link)
    link.addEventListener('click', (event) => {
      event.preventDefault()
      downloadPng(link)
    })
  }

  for (const block of document.querySelectorAll('details[data-share][open]')) enhance(block)
  // "toggle" does not bubble, so it is caught on its way down.
  document.addEventListener(
    'toggle',
    (event) => {
      const block = event.target
      if (block instanceof HTMLDetailsElement && block.open && block.hasAttribute('data-share')) enhance(block)
    },
    true,
  )
})()
