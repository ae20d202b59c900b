// The rebuild workflow's steps as GitHub Actions would run them, for a local rehearsal: each
// step's `if:` evaluated against the event, the inputs and earlier steps' outputs, and the
// `${{ ... }}` expressions of the environment filled in. Only the expression forms the workflow
// uses are understood (a == 'b', bare names, ||, &&, !); anything else stops the rehearsal.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface Step {
  name?: string
  id?: string
  if?: string
  run?: string
  uses?: string
  env?: Record<string, string>
}
export interface Workflow {
  env?: Record<string, string>
  jobs: Record<string, { steps: Step[]; needs?: string; if?: string }>
}

const WORKFLOW_FILE = '.github/workflows/rebuild.yml'

export function loadWorkflow(file = WORKFLOW_FILE): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow
}

export type Context = Record<string, unknown>

function lookup(context: Context, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), context)
}

function term(text: string, context: Context): unknown {
  const t = text.trim()
  if (t.startsWith('!')) return !term(t.slice(1), context)
  const eq = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t)
  if (eq) {
    const same = String(lookup(context, eq[1]!) ?? '') === eq[3]
    return eq[2] === '==' ? same : !same
  }
  if (/^'[^']*'$/.test(t)) return t.slice(1, -1)
  if (/^[\w.-]+$/.test(t)) return lookup(context, t)
  throw new Error(`the rehearsal does not understand the workflow expression "${t}"`)
}

/** The value of a workflow expression (without ${{ }}). */
export function evaluate(expression: string, context: Context): unknown {
  if (!/\|\||&&/.test(expression)) return term(expression, context)
  return expression.split('||').some((alternative) => alternative.split('&&').every((part) => Boolean(term(part, context))))
}

/** A string with each ${{ expression }} replaced by its value. */
export function expand(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => String(evaluate(e, context) ?? ''))
}
