// Release checks for publishers other than Explore Education Statistics, each by the way that
// publisher announces a new file: ONS lists a dataset's editions on its page (the page's JSON
// at <page>/data), GOV.UK dates every update of a publication page (its content API), a
// repository where a publisher keeps its files has a history of commits, and NHS England's
// statistics pages link each new file. None of these updates a source by itself: a newer file
// is reported for a maintainer to check, register and build.
import type { CheckOutcome } from './check-outcome.ts'
import { downloadJson, downloadText } from './download.ts'
import type { ReleaseCheck, Source } from '../../contract/schemas.ts'

type Check<M extends string> = Extract<ReleaseCheck, { method: M }>

export const ONS_SITE = 'https://www.ons.gov.uk'
export const GITHUB_API = 'https://api.github.com'
export const GOVUK_CONTENT_API = 'https://www.gov.uk/api/content'

const upToDate = (source: Source, release: string): CheckOutcome => ({ source: source.id, status: 'up_to_date', release })
const attention = (source: Source, why: string): CheckOutcome => ({ source: source.id, status: 'needs_attention', why })

/** ONS: the dataset page lists its editions, newest first; a newer one than the registered edition is reported. */
export async function checkOnsDataset(source: Source, check: Check<'ons-dataset'>): Promise<CheckOutcome> {
  const url = `${ONS_SITE}${check.dataset}/data`
  const page = (await downloadJson(url)) as { datasets?: Array<{ uri?: unknown }> }
  if (!Array.isArray(page.datasets)) throw new Error(`${url}: the page's data has no list of editions ("datasets")`)
  const editions = page.datasets.flatMap((d) => (typeof d.uri === 'string' ? [d.uri.split('/').pop()!] : []))
  const at = editions.indexOf(check.edition)
  if (at === -1) return attention(source, `the ONS page no longer lists edition ${check.edition} (it lists ${editions.join(', ')})`)
  if (at > 0) return attention(source, `newer ONS edition(s) published: ${editions.slice(0, at).join(', ')}; register the new file by hand`)
  return upToDate(source, check.edition)
}

type GithubCommit = { sha: string; commit?: { committer?: { date?: unknown } } }

/** The last commit touching path, on the default branch or as of commit `at`. */
async function lastCommitTouching(check: Check<'github'>, at?: string): Promise<GithubCommit> {
  const url = `${GITHUB_API}/repos/${check.repository}/commits?path=${encodeURIComponent(check.path)}${at ? `&sha=${at}` : ''}&per_page=1`
  const token = process.env.GITHUB_TOKEN
  const commits = (await downloadJson(url, token ? { authorization: `Bearer ${token}` } : {})) as Array<Partial<GithubCommit>>
  const last = Array.isArray(commits) ? commits[0] : undefined
  if (typeof last?.sha !== 'string') throw new Error(`${url}: no commit touches ${check.path}`)
  return last as GithubCommit
}

/**
 * A publisher's repository: the last commit that touched the file, against the commit registered.
 * The registered commit is the one the file was taken at, often later than the file's own last
 * change: when they differ, the file's last change as of the registered commit is asked for too,
 * and the file is up to date if that is still its last change.
 */
export async function checkGithub(source: Source, check: Check<'github'>): Promise<CheckOutcome> {
  const last = await lastCommitTouching(check)
  if (last.sha === check.commit) return upToDate(source, check.commit.slice(0, 10))
  if ((await lastCommitTouching(check, check.commit)).sha === last.sha) return upToDate(source, check.commit.slice(0, 10))
  const date = typeof last.commit?.committer?.date === 'string' ? ` on ${last.commit.committer.date.slice(0, 10)}` : ''
  return attention(
    source,
    `${check.repository} changed ${check.path} in commit ${last.sha.slice(0, 10)}${date} (registered: ${check.commit.slice(0, 10)}); check the new file and register it by hand`,
  )
}

/** GOV.UK: the content API dates the page's last public update; the first check records it. */
export async function checkGovuk(source: Source, check: Check<'govuk'>): Promise<CheckOutcome> {
  const url = `${GOVUK_CONTENT_API}${check.path}`
  const page = (await downloadJson(url)) as { public_updated_at?: unknown }
  if (typeof page.public_updated_at !== 'string') throw new Error(`${url}: the answer has no "public_updated_at"`)
  const updated = page.public_updated_at
  if (check.updated === undefined)
    return {
      source: source.id,
      status: 'recorded',
      what: `the GOV.UK page's last update (${updated}) as the baseline for later checks`,
      patch: { release_check: { ...check, updated } },
    }
  if (Date.parse(updated) > Date.parse(check.updated))
    return attention(
      source,
      `the GOV.UK page ${check.path} was updated on ${updated.slice(0, 10)} (registered: ${check.updated.slice(0, 10)})`,
    )
  return upToDate(source, check.updated.slice(0, 10))
}

/** The data files (CSV, spreadsheets, ZIPs) a page links to, as absolute URLs, sorted. */
export function dataFileLinks(html: string, pageUrl: string): string[] {
  const links = new Set<string>()
  for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    const href = m[1]!.replaceAll('&amp;', '&')
    if (!/\.(csv|xlsx?|ods|zip)(\?|#|$)/i.test(href)) continue
    links.add(new URL(href, pageUrl).href)
  }
  return [...links].sort()
}

/** A statistics page (NHS England's, for one): new data files linked from it; the first check records them. */
export async function checkWebPage(source: Source, check: Check<'web-page'>): Promise<CheckOutcome> {
  const links = dataFileLinks(await downloadText(check.url), check.url)
  if (links.length === 0) throw new Error(`${check.url}: the page links no data files (.csv, .xlsx, .xls, .ods, .zip)`)
  if (check.links === undefined)
    return {
      source: source.id,
      status: 'recorded',
      what: `the ${links.length} data files linked from ${check.url} as the baseline for later checks`,
      patch: { release_check: { ...check, links } },
    }
  const added = links.filter((l) => !check.links!.includes(l))
  if (added.length > 0)
    return attention(source, `${added.length} new data file(s) linked from ${check.url}: ${added.slice(0, 5).join(', ')}`)
  return upToDate(source, `${links.length} files`)
}
