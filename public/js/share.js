// Enhances a "Use and share" block the first time it opens (most never do, so a page with dozens
// of them does no work while loading): writes this site's address into embed codes whose
// addresses are relative, shows a working copy button, and offers a PNG of the labelled chart
// (drawn from its SVG in the browser, no external service).
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

  const enhance = (block) => {
    if (done.has(block)) return
    done.add(block)
    const code = block.querySelector('[data-embed-code]')
    if (code && code.hasAttribute('data-relative')) {
      code.textContent = code.textContent.replace(/(src=")\//g, `$1${location.origin}/`)
      code.removeAttribute('data-relative')
    }
    const button = block.querySelector('[data-copy]')
    const status = block.querySelector('[data-copy-status]')
    if (button && code) {
      button.hidden = false
      button.addEventListener('click', async () => {
        status.textContent = (await copyText(code)) ? 'Copied.' : 'Select the code and copy it with your keyboard.'
      })
    }
    const item = block.querySelector('[data-png]')
    const link = item && item.querySelector('[data-png-from]')
    if (!link || !('toBlob' in HTMLCanvasElement.prototype)) return
    item.hidden = false
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
