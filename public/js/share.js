// Enhances the "Use and share" blocks: offers a PNG of the chart (drawn from its SVG in the
// browser, no external service) and completes relative addresses in the embed code.
;(() => {
  for (const block of document.querySelectorAll('[data-share]')) {
    const code = block.querySelector('[data-embed-code]')
    if (code && code.hasAttribute('data-relative')) {
      code.value = code.value.replace(/(src=")\//g, `$1${location.origin}/`)
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
        const scale = 2
        const canvas = document.createElement('canvas')
        canvas.width = image.width * scale
        canvas.height = image.height * scale
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
