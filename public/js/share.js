// Enhances the "Use and share" blocks: writes this site's address into embed codes whose
// addresses are relative, shows a working copy button, and offers a PNG of the labelled chart
// (drawn from its SVG in the browser, no external service).
;(() => {
  for (const block of document.querySelectorAll('[data-share]')) {
    const code = block.querySelector('[data-embed-code]')
    if (code && code.hasAttribute('data-relative')) {
      code.value = code.value.replace(/(src=")\//g, `$1${location.origin}/`)
      code.removeAttribute('data-relative')
    }
    const button = block.querySelector('[data-copy]')
    const status = block.querySelector('[data-copy-status]')
    if (button && code) {
      button.hidden = false
      button.addEventListener('click', async () => {
        let copied
        try {
          await navigator.clipboard.writeText(code.value)
          copied = true
        } catch {
          // Clipboard API refused (no permission, or not a secure context): select for the old command.
          code.select()
          copied = document.execCommand('copy')
        }
        status.textContent = copied ? 'Copied.' : 'Select the code and copy it with your keyboard.'
      })
    }
    const item = block.querySelector('[data-png]')
    const link = item && item.querySelector('[data-png-from]')
    if (!link || !('toBlob' in HTMLCanvasElement.prototype)) continue
    item.hidden = false
    link.addEventListener('click', async (event) => {
      event.preventDefault()
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
    })
  }
})()
