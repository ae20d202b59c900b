// ./dashboard rehearse [--event schedule|workflow_dispatch] [--force] [--fast] [--link-modules] [--keep]
// Runs the rebuild workflow's steps (.github/workflows/rebuild.yml), in order and with their
// conditions, as a GitHub runner would: in a fresh clone of this repository's HEAD with an empty
// cache and no mirror, every download answered from the mirror by a local server
// (DASHBOARD_URL_REWRITE), and `git push` going to a local copy of the repository. Steps that use
// GitHub's own actions (checkout, cache, Pages) are reported, not run: the clone is the checkout,
// and the site to publish is checked to be there.
//   --fast          build only the site data (./dashboard build-data) and skip ./dashboard test,
//                   as the test suite does when it rehearses (it cannot run itself)
//   --link-modules  link this checkout's node_modules instead of installing them (npm ci)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runMain } from '../src/pipeline/cli.ts'
import { BuildStepError } from '../src/pipeline/errors.ts'
import { mirrorsFromEnv } from '../src/pipeline/sources/fetch.ts'
import { loadRegistry } from '../src/pipeline/sources/registry.ts'
import { startMirrorServer } from './rehearsal/mirror-server.ts'
import { evaluate, expand, loadWorkflow, type Context, type Step } from './rehearsal/workflow-steps.ts'

const REPOSITORY = 'rehearsal/send-dashboard'
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const event = args.includes('--event') ? (args[args.indexOf('--event') + 1] ?? 'schedule') : 'schedule'
const say = (line: string) => process.stderr.write(`rehearse: ${line}\n`)

function git(cwd: string, ...gitArgs: string[]): string {
  const r = spawnSync('git', gitArgs, { cwd, encoding: 'utf8' })
  if (r.status !== 0) throw new BuildStepError(`git ${gitArgs.join(' ')} failed: ${r.stderr.trim()}`)
  return r.stdout.trim()
}

await runMain(async () => {
  const here = resolve('.')
  const root = mkdtempSync(join(tmpdir(), 'dashboard-rehearsal-'))
  const origin = join(root, 'origin.git')
  const clone = join(root, 'repo')
  git(root, 'clone', '--quiet', '--bare', here, origin)
  git(root, 'clone', '--quiet', origin, clone)
  say(`fresh clone of ${git(clone, 'rev-parse', '--short', 'HEAD')} in ${clone} (git push goes to ${origin})`)
  if (flag('--link-modules')) {
    // Shared only when the clone installs exactly the same packages: otherwise its ./dashboard
    // would reinstall them through the link, into this checkout.
    for (const f of ['package.json', 'package-lock.json'])
      if (readFileSync(join(here, f), 'utf8') !== readFileSync(join(clone, f), 'utf8'))
        throw new BuildStepError(`${f} differs from HEAD's: commit it, or rehearse without --link-modules`)
    symlinkSync(join(here, 'node_modules'), join(clone, 'node_modules'))
  }

  const mirror = mirrorsFromEnv()[0]
  if (!mirror || !existsSync(mirror))
    throw new BuildStepError('the rehearsal serves downloads from the mirror: set EES_MIRROR to its folder')
  const server = await startMirrorServer({ sources: loadRegistry(join(clone, 'data/sources.json')), mirror, repository: REPOSITORY })
  say(`publishers answered from ${mirror} at ${server.base}`)

  const workflow = loadWorkflow(join(clone, '.github/workflows/rebuild.yml'))
  const context: Context = {
    github: { event_name: event, repository: REPOSITORY, repository_owner: 'rehearsal', event: { repository: { name: 'send-dashboard' } } },
    inputs: { force: flag('--force') },
    secrets: { GITHUB_TOKEN: '' },
    steps: {},
  }
  const baseEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'EES_MIRROR' && k !== 'DASHBOARD_OFFLINE') baseEnv[k] = v
  Object.assign(baseEnv, { CI: 'true', EES_MIRROR: '', DASHBOARD_URL_REWRITE: server.base, GITHUB_REPOSITORY: REPOSITORY })
  for (const [k, v] of Object.entries(workflow.env ?? {})) baseEnv[k] = expand(String(v), context)
  const stepEnv = (step: Step) => Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), context)]))

  const ran: string[] = []
  try {
    for (const step of workflow.jobs.rebuild!.steps) {
      const label = step.name ?? step.uses ?? step.run!.split('\n')[0]!
      if (step.if && !evaluate(step.if, context)) {
        say(`skip  ${label} (if: ${step.if})`)
        continue
      }
      if (step.uses) {
        if (step.uses.startsWith('actions/upload-pages-artifact')) {
          const files = existsSync(join(clone, 'dist')) ? readdirSync(join(clone, 'dist'), { recursive: true }).length : 0
          if (files === 0 && !flag('--fast')) throw new BuildStepError('there is no dist/ to publish')
          say(`would upload dist/ to GitHub Pages (${files} files)`)
        } else say(`uses  ${step.uses} (GitHub's action; not run here)`)
        ran.push(`uses ${step.uses}`)
        continue
      }
      let command = step.run!
      if (flag('--fast')) {
        if (/^\.\/dashboard test\s*$/.test(command.trim())) {
          say(`skip  ${label} (--fast: the test suite cannot run itself)`)
          ran.push('skipped ./dashboard test')
          continue
        }
        // Only the site data is built: no pages to write again, measure or check.
        if (command.includes('./dashboard check-site')) {
          say(`skip  ${label} (--fast: only the site data is built)`)
          ran.push(`skipped ${command}`)
          continue
        }
        command = command.replace(/\.\/dashboard build\b(?!-)/, './dashboard build-data')
      }
      say(`run   ${label}: ${command.split('\n').join(' ; ')}`)
      const output = join(root, `output-${ran.length}`)
      writeFileSync(output, '')
      // Not spawnSync: the mirror server in this process must keep answering while the step runs.
      const status = await new Promise<number | string | null>((done) =>
        spawn('bash', ['-e', '-c', command], {
          cwd: clone,
          stdio: ['ignore', 'inherit', 'inherit'],
          env: { ...baseEnv, ...stepEnv(step), GITHUB_OUTPUT: output },
        }).on('close', (code, signal) => done(code ?? signal)),
      )
      ran.push(command)
      if (status !== 0) throw new BuildStepError(`the step "${label}" failed (exit ${status})`)
      if (step.id) {
        const outputs = Object.fromEntries(
          readFileSync(output, 'utf8')
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        )
        ;(context.steps as Record<string, unknown>)[step.id] = { outputs }
      }
    }
    const pushed = git(origin, 'log', '-1', '--format=%s')
    say(`done: ${ran.length} steps; the repository's last commit is now "${pushed}"`)
    process.stdout.write(`${JSON.stringify({ steps: ran, lastCommit: pushed, requests: server.requests.length })}\n`)
  } finally {
    await server.close()
    if (flag('--keep')) say(`kept ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
})
