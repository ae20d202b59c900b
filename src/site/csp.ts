/**
 * Every page's Content-Security-Policy: scripts, styles and everything else from this site only;
 * no inline scripts or styles. data: and blob: images let the share script draw a PNG from a
 * chart's SVG in the browser. Astro's dev server (./dashboard dev) injects the stylesheets as
 * <style> elements: allowed there only; a build, the tests and the embed generator keep the strict
 * policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  import.meta.env?.MODE === 'development' ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')
