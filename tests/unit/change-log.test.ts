import { describe, expect, it } from 'vitest'
import { changeLog, changeLogMarkdown } from '../../src/pipeline/site-data/change-log.ts'

const csv = (rows: string[]) => `metric_id,area_code,period,value\n${rows.join('\n')}\n`

describe('change log between builds', () => {
  it('on a first build lists the inputs and counts the values', () => {
    const log = changeLog(null, { inputs: { a: '1', b: '2' }, metricsCsv: csv(['m,E1,2024,5']) })
    expect(log).toMatchObject({ firstBuild: true, sources: { added: ['a', 'b'] }, values: { added: 1 } })
  })
  it('names changed, new and removed sources, values and areas, largest changes first', () => {
    const previous = {
      inputs: { a: '1', b: '2', gone: '3' },
      metricsCsv: csv(['m,E1,2024,5', 'm,E2,2024,10', 'm,E3,2024,7', 'n,E1,2024,1']),
    }
    const next = {
      inputs: { a: '1', b: '22', fresh: '4' },
      metricsCsv: csv(['m,E1,2024,5.5', 'm,E2,2024,4', 'm,E4,2024,7', 'n,E1,2024,', 'n,E1,2025,2']),
    }
    const log = changeLog(previous, next)
    expect(log.sources).toEqual({ changed: ['b'], added: ['fresh'], removed: ['gone'] })
    expect(log.values).toMatchObject({ changed: 3, added: 2, removed: 1 })
    // A value that became missing sorts first, then by size of change: 10 -> 4 before 5 -> 5.5.
    expect(log.values.largest.map((c) => `${c.metric} ${c.area} ${c.before}->${c.after}`)).toEqual([
      'n E1 1->null',
      'm E2 10->4',
      'm E1 5->5.5',
    ])
    expect(log.areas).toEqual({ added: ['E4'], removed: ['E3'] })
    expect(changeLogMarkdown(log)).toContain('- Sources changed: b; added: fresh; removed: gone.')
  })
  it('reports nothing when nothing changed', () => {
    const same = { inputs: { a: '1' }, metricsCsv: csv(['m,E1,2024,5']) }
    expect(changeLog(same, same)).toMatchObject({
      sources: { changed: [], added: [], removed: [] },
      values: { changed: 0, added: 0, removed: 0 },
      areas: { added: [], removed: [] },
    })
  })
})
