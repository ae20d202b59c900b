// ./dashboard data-release [--dry-run]: put the extracts that have no public download (the
// registry's downloads at github.com/{repository}/releases/download/<tag>/<asset>) into this
// repository's GitHub data release, from copies whose sha256 matches the registry (cache or
// mirror). Needs the GitHub CLI (gh), logged in with write access. Re-running replaces the assets.
// --dry-run lists what would be uploaded, and checks every copy, without calling GitHub.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { BuildStepError, ConfigError } from '../src/pipeline/errors.ts'
import { dataRepository } from '../src/pipeline/sources/download.ts'
import { DEFAULT_CACHE_DIR, fetchSource, mirrorsFromEnv } from '../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../src/pipeline/sources/registry.ts'

const ASSET = /^https:\/\/github\.com\/\{repository\}\/releases\/download\/([^/]+)\/([^/]+)$/

function gh(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync('gh', args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] })
  if (r.error) throw new BuildStepError(`could not run the GitHub CLI (gh): ${r.error.message}; install it and run gh auth login`)
  return { status: r.status, stderr: r.stderr }
}

await runMain(async () => {
  const dryRun = process.argv.includes('--dry-run')
  const assets = loadRegistry().flatMap((source) =>
    source.downloads.flatMap((d) => {
      const m = ASSET.exec(d.url)
      return m ? [{ source, tag: m[1]!, asset: m[2]! }] : []
    }),
  )
  if (assets.length === 0) throw new ConfigError('no download in data/sources.json points at the data release')
  const repository = dataRepository()
  if (!repository && !dryRun) throw new ConfigError('set DASHBOARD_DATA_REPOSITORY=owner/name: the repository to hold the data release')
  const work = mkdtempSync(join(tmpdir(), 'data-release-'))
  try {
    for (const { source, tag, asset } of assets) {
      // Only a copy with the registered checksum is uploaded; downloads are off (the release is the copy).
      const copy = await fetchSource(source, { cacheDir: DEFAULT_CACHE_DIR, mirrors: mirrorsFromEnv(), download: false, log: () => {} })
      process.stdout.write(`${tag}/${asset}  sha256 ${source.sha256}  from ${copy.from}\n`)
      if (dryRun) continue
      const tagDir = join(work, tag)
      mkdirSync(tagDir, { recursive: true })
      copyFileSync(copy.path, join(tagDir, asset))
      if (gh(['release', 'view', tag, '--repo', repository!]).status !== 0) {
        const notes = `Extracts the dashboard reads that have no public download of their own, pinned by sha256 in data/sources.json.`
        const made = gh(['release', 'create', tag, '--repo', repository!, '--title', `Source extracts (${tag})`, '--notes', notes])
        if (made.status !== 0) throw new BuildStepError(`gh release create ${tag} failed: ${made.stderr.trim()}`)
      }
      const up = gh(['release', 'upload', tag, join(tagDir, asset), '--repo', repository!, '--clobber'])
      if (up.status !== 0) throw new BuildStepError(`gh release upload ${tag} ${asset} failed: ${up.stderr.trim()}`)
    }
    process.stderr.write(
      dryRun
        ? `${assets.length} assets checked; nothing uploaded (--dry-run).\n`
        : `${assets.length} assets uploaded to ${repository}. Check them with an empty cache: rm -rf data/raw && EES_MIRROR= ./dashboard fetch\n`,
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})
