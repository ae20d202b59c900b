import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesUnder, moveFilesInto, removeOthers, writeIfChanged } from '../../src/build-output/output-tree.ts'

const folder = () => mkdtempSync(join(tmpdir(), 'output-tree-'))
const put = (root: string, rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true })
  writeFileSync(join(root, rel), text)
}

describe('a site folder brought up to date in place', () => {
  it('rewrites a file only when its bytes change', () => {
    const root = folder()
    const path = join(root, 'a.html')
    expect(writeIfChanged(path, 'one')).toBe(true)
    const inode = statSync(path).ino
    expect(writeIfChanged(path, 'one')).toBe(false)
    expect(writeIfChanged(path, Buffer.from('one'))).toBe(false)
    expect(writeIfChanged(path, 'two')).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe('two')
    expect(statSync(path).ino).toBe(inode)
  })

  it("moves another folder's files in, leaving identical ones where they are", () => {
    const from = folder()
    const to = folder()
    put(from, 'la/leeds/index.html', 'new')
    put(from, 'index.html', 'same')
    put(to, 'index.html', 'same')
    put(to, 'la/leeds/index.html', 'old')
    const kept = statSync(join(to, 'index.html')).ino
    expect(moveFilesInto(from, to).sort()).toEqual(['index.html', 'la/leeds/index.html'])
    expect(readFileSync(join(to, 'la/leeds/index.html'), 'utf8')).toBe('new')
    expect(statSync(join(to, 'index.html')).ino).toBe(kept)
    expect(existsSync(join(from, 'la/leeds/index.html'))).toBe(false)
  })

  it('removes the files a build no longer makes, and the folders they leave empty, without looking into skipped folders', () => {
    const root = folder()
    for (const rel of ['index.html', 'gone/old.html', 'la/leeds/index.html', 'la/york/index.html', 'embed/x/a.svg']) put(root, rel, rel)
    const keep = new Set(['index.html', 'la/leeds/index.html'])
    expect(
      removeOthers(
        root,
        (p) => keep.has(p),
        (dir) => dir === 'embed',
      ),
    ).toBe(2)
    expect(filesUnder(root).sort()).toEqual(['embed/x/a.svg', 'index.html', 'la/leeds/index.html'])
    expect(existsSync(join(root, 'gone'))).toBe(false)
    expect(existsSync(join(root, 'la/york'))).toBe(false)
  })
})
