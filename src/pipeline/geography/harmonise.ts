// Maps the area codes found in source files onto the published geography. Current codes map to
// themselves; an old code for the same area (a "recode") maps to its current code; a former LA
// keeps its own code and type so that its history is shown, labelled, on its successors' pages.
// Anything else is unknown and must stop the build: an area never silently disappears.
import type { Area, Geography, Recode } from './areas.ts'

export interface Resolved {
  area: Area
  /** Set when the source used an old code for this area. */
  recode?: Recode
}

export function resolveCode(g: Geography, code: string): Resolved | undefined {
  const area = g.byCode.get(code)
  if (area) return { area }
  const recode = g.recodeFrom.get(code)
  if (recode) return { area: g.byCode.get(recode.toCode)!, recode }
  return undefined
}

/** Resolve by DfE's 3-digit LA number (used by presentation tables, LAIT and statistical neighbours). */
export function resolveOldLaCode(g: Geography, oldLaCode: string): Resolved | undefined {
  const area = g.byOldLaCode.get(oldLaCode)
  return area ? { area } : undefined
}
