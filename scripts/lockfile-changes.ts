// ./dashboard deps-update prints what an update changed: packages added, removed and moved between
// versions, read from the lockfile before and after (node scripts/lockfile-changes.ts OLD NEW).
import { readFileSync } from 'node:fs'

interface Lockfile {
  packages: Record<string, { version?: string }>
}

function versions(path: string): Map<string, string> {
  const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile
  const out = new Map<string, string>()
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || !entry.version) continue
    out.set(key.replace(/^node_modules\//, ''), entry.version)
  }
  return out
}

const [beforePath, afterPath] = process.argv.slice(2)
if (!beforePath || !afterPath) {
  process.stderr.write('usage: node scripts/lockfile-changes.ts BEFORE.json AFTER.json\n')
  process.exit(2)
}
const before = versions(beforePath)
const after = versions(afterPath)
const lines: string[] = []
for (const [name, version] of after) {
  const old = before.get(name)
  if (old === undefined) lines.push(`+ ${name} ${version}`)
  else if (old !== version) lines.push(`~ ${name} ${old} -> ${version}`)
}
for (const [name, version] of before) if (!after.has(name)) lines.push(`- ${name} ${version}`)
lines.sort((a, b) => a.slice(2).localeCompare(b.slice(2)))
process.stdout.write(
  lines.length ? `package-lock.json: ${lines.length} change(s)\n${lines.join('\n')}\n` : 'package-lock.json: no package changed\n',
)
