// Shared fixtures for the browser tests.
//
// - `site`: a static server for dist/, one per worker, so that a test can read exactly which
//   requests its pages made (`served()`), without other workers' requests mixed in.
// - `page`: Playwright's page, watched for console errors, uncaught exceptions, failed requests,
//   HTTP errors and any request to a host other than the test server. The test fails at the end if
//   any happened.
// - `noJsPage`: the same, in a second context with JavaScript switched off.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { startStaticServer, type ServedRequest, type StaticServer } from '../../scripts/static-server.ts'

export { expect }

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  /** Requests that failed, and responses with an HTTP error status. */
  failedRequests: string[]
  /** Requests to anywhere other than the test server. */
  offSite: string[]
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** Listens to a page for the problems every test forbids. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offSite: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()
      problems.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`)
    }
  })
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? String(error)))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin)
      problems.offSite.push(`${request.method()} ${request.url()} (${request.resourceType()}, from ${page.url()})`)
  })
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed'
    // The browser aborts what is still loading (the favicon, say) when the page navigates or
    // closes: not the site's fault. A missing file still fails the test, as an HTTP error here
    // and in the test server's log.
    if (error === 'net::ERR_ABORTED') return
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${error}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`)
  })
  return problems
}

export function problemsText(problems: PageProblems): string {
  const parts: string[] = []
  const list = (title: string, items: string[]) => {
    if (items.length > 0) parts.push(`${title}:\n${items.map((x) => `  - ${x}`).join('\n')}`)
  }
  list('Console errors', problems.consoleErrors)
  list('Uncaught exceptions', problems.pageErrors)
  list('Failed requests', problems.failedRequests)
  list('Requests to other hosts (everything must come from the site itself)', problems.offSite)
  return parts.join('\n')
}

function expectNoProblems(problems: PageProblems, what: string): void {
  const text = problemsText(problems)
  expect(text, `${what}:\n${text}`).toBe('')
}

async function newWatchedContext(
  browser: Browser,
  origin: string,
  options: { javaScriptEnabled: boolean },
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: options.javaScriptEnabled })
  const page = await context.newPage()
  return { context, page, problems: watchPage(page, origin) }
}

interface TestFixtures {
  /** The requests the test server answered during this test. */
  served: () => ServedRequest[]
  noJsPage: Page
}
interface WorkerFixtures {
  site: StaticServer
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  site: [
    // Playwright reads a fixture's dependencies from this destructuring pattern; it has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startStaticServer({ root: process.env['SITE_DIR'] ?? 'dist', base: process.env['SITE_BASE'] ?? '/' })
      await use(site)
      await site.close()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => {
    await use(site.origin)
  },
  served: async ({ site }, use) => {
    const from = site.requests.length
    await use(() => site.requests.slice(from))
  },
  page: async ({ page, site }, use) => {
    const problems = watchPage(page, site.origin)
    const from = site.requests.length
    await use(page)
    expectNoProblems(problems, `Problems on ${page.url()}`)
    const errors = site.requests.slice(from).filter((r) => r.status >= 400)
    expect(errors, 'the test server answered these requests with an error').toEqual([])
  },
  noJsPage: async ({ browser, site }, use) => {
    const { context, page, problems } = await newWatchedContext(browser, site.origin, { javaScriptEnabled: false })
    await use(page)
    await context.close()
    expectNoProblems(problems, `Problems on ${page.url()} (JavaScript off)`)
  },
})
