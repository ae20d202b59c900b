// A build's output folder is refreshed in place, not written from empty: a file whose bytes are
// unchanged is left alone, a changed one is rewritten, and files the build no longer makes are
// removed. On the build machines, deleting and rewriting ~100,000 files costs far more than
// comparing them (about 1 ms per file deleted on a disk mounted with online discard), and a
// rebuild with unchanged inputs then writes next to nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** Writes `content` at `path` unless the file already holds exactly these bytes; true when written. */
export function writeIfChanged(path: string, content: string | Buffer): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  try {
    if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return false
  } catch {
    // No file there yet.
  }
  writeFileSync(path, bytes)
  return true
}

/** Every file under `root`, as paths relative to it ("embed/x/leeds/index.html"). */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      if (e.isDirectory()) walk(path)
      else out.push(relative(root, path))
    }
  }
  walk(root)
  return out
}

/**
 * Moves every file of `from` into the same place under `to`, except where `to` already holds the
 * same bytes; returns the paths moved or kept. A move is a rename: no bytes are copied.
 */
export function moveFilesInto(from: string, to: string): string[] {
  const paths = filesUnder(from)
  for (const rel of paths) {
    const source = join(from, rel)
    const target = join(to, rel)
    try {
      const a = statSync(source)
      const b = statSync(target)
      if (a.size === b.size && readFileSync(source).equals(readFileSync(target))) continue
    } catch {
      // No file at the target yet.
    }
    mkdirSync(dirname(target), { recursive: true })
    renameSync(source, target)
  }
  return paths
}

/**
 * Removes every file under `root` that `keep` does not want (paths relative to root), and folders
 * left empty; folders that `skip` names are not looked into. Returns the number of files removed.
 */
export function removeOthers(root: string, keep: (path: string) => boolean, skip: (folder: string) => boolean = () => false): number {
  let removed = 0
  const walk = (dir: string): boolean => {
    let empty = true
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      const rel = relative(root, path)
      if (e.isDirectory()) {
        if (!skip(rel) && walk(path)) rmdirSync(path)
        else empty = false
      } else if (keep(rel)) empty = false
      else {
        unlinkSync(path)
        removed++
      }
    }
    return empty
  }
  if (existsSync(root)) walk(root)
  return removed
}
