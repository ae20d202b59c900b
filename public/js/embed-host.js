// For pages that embed a chart from the SEND and AP inclusion dashboard: sets each embedded
// iframe's height to the height its chart reports. Only messages from our iframes are used.
;(() => {
  if (window.__sendDashboardEmbedHost) return
  window.__sendDashboardEmbedHost = true
  window.addEventListener('message', (event) => {
    const data = event.data
    if (!data || data.sendDashboardEmbed !== 1 || typeof data.height !== 'number') return
    for (const frame of document.querySelectorAll('iframe[data-send-dashboard-embed]')) {
      if (frame.contentWindow === event.source) {
        const height = Math.max(100, Math.min(4000, Math.round(data.height)))
        frame.setAttribute('height', String(height))
      }
    }
  })
})()
