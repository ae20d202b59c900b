// @ts-check
import { defineConfig } from 'astro/config'

// A fully static site: every page is built from the pipeline's site data (SITE_DATA_DIR) at build
// time. Stylesheets are emitted as files, not inlined, so that pages can carry a strict
// Content-Security-Policy.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
})
