import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILD_ENV, BUILD_NODE_FLAGS } from '../../src/build-output/node-flags.ts'

describe("the build's Node flags", () => {
  it('and environment are those ./dashboard build starts the build with (package.json cannot import them)', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    const env = Object.entries(BUILD_ENV).map(([k, v]) => `${k}=${v} `)
    expect(scripts.build).toBe(`${env.join('')}node ${BUILD_NODE_FLAGS.join(' ')} scripts/build.ts`)
  })
})
