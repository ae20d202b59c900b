// Inside an embedded chart: tells the page that frames it how tall the content is, so that the
// host script (embed-host.js) can size the iframe. Sends only a height; reads nothing.
;(() => {
  if (window.parent === window) return
  let last = 0
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ sendDashboardEmbed: 1, height }, '*')
  }
  window.addEventListener('load', send)
  window.addEventListener('resize', send)
  if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.documentElement)
  send()
})()
