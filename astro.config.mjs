// @ts-check
import { defineConfig } from 'astro/config'

// A fully static site: every page is built from the pipeline's site data (SITE_DATA_DIR) at build
// time. Stylesheets are emitted as files, not inlined, so that pages can carry a strict
// Content-Security-Policy. SITE_URL (e.g. https://owner.github.io) and SITE_BASE (e.g.
// /send-dashboard/) serve the site under a path; every internal address goes through
// src/site/routes.ts, which honours them.
export default defineConfig({
  output: 'static',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
})
