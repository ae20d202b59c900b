/**
 * Every page's Content-Security-Policy: scripts, styles and everything else from this site only;
 * no inline scripts or styles. data: and blob: images let the share script draw a PNG from a
 * chart's SVG in the browser.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')
