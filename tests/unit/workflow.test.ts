// The rebuild workflow is valid YAML of the shape GitHub Actions runs, and calls only commands
// this project has, in an order that publishes nothing unless the build and tests passed.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { evaluate, expand } from '../../scripts/rehearsal/workflow-steps.ts'

interface Step {
  name?: string
  run?: string
  uses?: string
  if?: string
  id?: string
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string
  if?: string
  steps: Step[]
}
const workflow = parse(readFileSync('.github/workflows/rebuild.yml', 'utf8')) as {
  name: string
  on: Record<string, unknown>
  jobs: Record<string, Job>
  permissions: Record<string, string>
  env?: Record<string, string>
}
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('.github/workflows/rebuild.yml', () => {
  it('runs on a schedule and on demand', () => {
    expect(workflow.name).toBeTruthy()
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    const cron = (workflow.on.schedule as Array<{ cron: string }>)[0]!.cron
    expect(cron.split(' ')).toHaveLength(5)
  })

  it('every job has a runner and steps, each step either runs a command or uses an action', () => {
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/)
      for (const step of job.steps) expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true)
    }
  })

  it('only calls ./dashboard commands that exist', () => {
    const commands = Object.values(workflow.jobs).flatMap((j) =>
      j.steps.flatMap((s) => [...(s.run ?? '').matchAll(/\.\/dashboard (\S+)/g)].map((m) => m[1]!)),
    )
    expect(commands).toEqual(['check-releases', 'build', 'test', 'build', 'check-site', 'check-site-size'])
    for (const c of commands) expect(scripts[c], c).toBeDefined()
  })

  it('checks, builds, tests, and only then commits, builds the pages under the base path, checks the size and uploads; publishing needs the rebuild job', () => {
    const steps = workflow.jobs.rebuild!.steps.map((s) => s.run ?? s.uses ?? '')
    const at = (re: RegExp) => steps.findIndex((s) => re.test(s))
    expect(at(/check-releases/)).toBeLessThan(at(/dashboard build/))
    expect(at(/dashboard build/)).toBeLessThan(at(/dashboard test/))
    expect(at(/dashboard test/)).toBeLessThan(at(/git push/))
    expect(at(/dashboard test/)).toBeLessThan(at(/upload-pages-artifact/))
    // The pages for GitHub Pages are written and checked after the tests, before the upload.
    const pagesBuild = steps.findIndex((s) => /dashboard check-site$/.test(s))
    expect(steps[pagesBuild]).toMatch(/^\.\/dashboard build && /)
    expect(at(/dashboard test/)).toBeLessThan(pagesBuild)
    expect(pagesBuild).toBeLessThan(at(/check-site-size/))
    expect(at(/check-site-size/)).toBeLessThan(at(/upload-pages-artifact/))
    expect(workflow.env).not.toHaveProperty('SITE_BASE')
    expect(workflow.jobs.rebuild!.steps[pagesBuild]!.env).toMatchObject({ SITE_BASE: expect.stringMatching(/^\/.+\/$/) })
    expect(workflow.jobs.publish!.needs).toBe('rebuild')
    expect(workflow.jobs.publish!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true)
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' })
  })
})

describe('the rehearsal reads the workflow as GitHub Actions does', () => {
  const context = {
    github: { event_name: 'schedule', repository: 'o/r' },
    inputs: { force: false },
    steps: { check: { outputs: { changed: 'true' } } },
  }
  it('evaluates conditions', () => {
    expect(evaluate("steps.check.outputs.changed == 'true'", context)).toBe(true)
    expect(evaluate("steps.other.outputs.changed == 'true' || inputs.force || github.event_name == 'workflow_dispatch'", context)).toBe(
      false,
    )
    expect(evaluate("github.event_name != 'push' && !inputs.force", context)).toBe(true)
    expect(() => evaluate("contains(github.ref, 'main')", context)).toThrow('does not understand')
  })
  it('fills in expressions, and every condition in the workflow is one it understands', () => {
    expect(expand('https://github.com/${{ github.repository }}/x', context)).toBe('https://github.com/o/r/x')
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps) if (step.if) expect(() => evaluate(step.if!, context)).not.toThrow()
  })
})
