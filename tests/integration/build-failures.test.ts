// Bad input stops the real build command with a message naming the file (and row and column), and
// the previously published site in dist/ is left exactly as it was.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempProject, type TempProject } from '../helpers/temp-project.ts'

function withPreviousSite(p: TempProject): () => void {
  mkdirSync(join(p.root, 'dist'), { recursive: true })
  writeFileSync(join(p.root, 'dist/index.html'), '<p>previous site</p>')
  return () => {
    expect(readFileSync(join(p.root, 'dist/index.html'), 'utf8')).toBe('<p>previous site</p>')
    expect(readdirSync(join(p.root, 'dist'))).toEqual(['index.html'])
  }
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length
}

describe('a build with bad input stops and leaves dist/ untouched', () => {
  it('a file whose checksum does not match the registry', () => {
    const p = tempProject()
    const unchanged = withPreviousSite(p)
    p.replaceSource('neet-2025', (t) => t.replace('2025,Calendar year,National', '2025,Calendar year,National '))
    const r = p.run('scripts/build.ts')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('Build stopped: Could not obtain source "neet-2025" (UD_NEETNK_LA_dashboard_2025_final.csv')
    expect(r.stderr).toContain(`mirror ${join(p.mirror, 'neet-participation-16-17-la/UD_NEETNK_LA_dashboard_2025_final.csv')}: sha256`)
    expect(r.stderr).toContain('The previous site in dist/ (if any) was left unchanged.')
    unchanged()
    expect(existsSync(join(p.root, 'data/raw/neet-2025/UD_NEETNK_LA_dashboard_2025_final.csv'))).toBe(false)
    rmSync(p.root, { recursive: true, force: true })
  })

  it('a file that lost a column the dashboard reads', () => {
    const p = tempProject()
    const unchanged = withPreviousSite(p)
    p.replaceSource('neet-2025', (t) => t.replace(',NEET_NK_EHCP_percent,', ',NEET_NK_EHCP_pct,'), { updateChecksum: true })
    const r = p.run('scripts/build.ts')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(
      'data/raw/neet-2025/UD_NEETNK_LA_dashboard_2025_final.csv, row 1, column "NEET_NK_EHCP_percent": required column is missing',
    )
    unchanged()
    rmSync(p.root, { recursive: true, force: true })
  })

  it('a row with an LA code the geography does not know', () => {
    const p = tempProject()
    const unchanged = withPreviousSite(p)
    let row = 0
    p.replaceSource(
      'neet-2025',
      (t) => {
        row = lineOf(t, ',E08000035,')
        return t.replace(',E08000035,', ',E08999999,')
      },
      { updateChecksum: true },
    )
    const r = p.run('scripts/build.ts')
    expect(r.status).toBe(1)
    expect(row).toBeGreaterThan(1)
    expect(r.stderr).toContain(
      `data/raw/neet-2025/UD_NEETNK_LA_dashboard_2025_final.csv, row ${row}, column "new_la_code": unknown local authority code "E08999999" (la_name "Leeds")`,
    )
    unchanged()
    rmSync(p.root, { recursive: true, force: true })
  })
})
