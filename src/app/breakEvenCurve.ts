/**
 * Does a lever's AI tool pay for itself, and up to what price? Its net saving in a scenario (the
 * saving on its lines less its tool cost, before markups: MODEL.md §3) against the price per
 * generation or the takes per usable result, computed with the engine. The saving does not
 * depend on the price or the takes; the tool cost is linear in both (step 7), so the line is
 * drawn from the engine's result: its gross saving, and the tool cost rounded as step 7 rounds it.
 * Pure: no Vue.
 */
import { computeProject } from '@/engine/compute'
import type { ProjectResult } from '@/engine/compute'
import { roundHalfAway } from '@/engine/money'
import { own } from '@/engine/own'
import type { Project } from '@/engine/types'

/** What the line is drawn against: the tool's price, or its takes per usable result. */
export type BreakEvenAxis = 'price' | 'takes'

export interface BreakEvenPoint {
  /** The price (minor units per generation, or per unit of the tool when it counts no takes) or the takes. */
  x: number
  /** Gross saving − tool cost at x, minor units. */
  net: number
}

export interface BreakEvenCurve {
  axis: BreakEvenAxis
  lever: string
  /** Ascending x from 0, the current value and the break-even among them. */
  points: BreakEvenPoint[]
  /** What the lever saves on its lines, minor units (the same at every x). */
  grossSaving: number
  /** The tool cost now, minor units. */
  tools: number
  /** x now. */
  current: number
  /** x where the net saving is 0 (unrounded); null when the tools cost nothing whatever x. */
  breakEven: number | null
}

/**
 * The smallest "round" number ≥ x (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten), so that
 * the axis ends on a tick.
 */
export function roundUp(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 0
  const unit = 10 ** Math.floor(Math.log10(x))
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    // A little tolerance: 4000 must stay 4000, not become 5000 through binary error.
    if (m * unit >= x * (1 - 1e-12)) return Number((m * unit).toPrecision(12))
  }
  return Number((10 * unit).toPrecision(12))
}

/**
 * The net saving of lever `leverId` in scenario `scenarioId` at `steps` + 1 evenly spaced values
 * of `axis` from 0 to about twice the break-even (or past the current value when it is higher),
 * plus the current value and the break-even. Null when the lever has no tool cost, is not
 * adopted in the scenario, or (for `takes`) counts no takes. `computed` is the project's result
 * when the caller has it (the app's store): the line then costs no engine run at all.
 */
export function breakEvenCurve(project: Project, scenarioId: string, leverId: string, axis: BreakEvenAxis = 'price', steps = 8, computed: ProjectResult = computeProject(project)): BreakEvenCurve | null {
  const comparison = computed.scenarios.find(c => c.result.id === scenarioId)
  const scenario = project.scenarios.find(sc => sc.id === scenarioId)
  const i = (project.levers ?? []).findIndex(l => l.id === leverId)
  if (!comparison || !scenario || i < 0) return null
  const tool = project.levers![i]!.toolCost
  const a = (own<number>(scenario.adoption, leverId) ?? 0) / 100
  if (!tool || !(a > 0)) return null
  if (axis === 'takes' && !tool.takes) return null
  const r = comparison.result
  const grossSaving = comparison.vsBaseline.levers[i]!.grossSaving
  const scale = 10 ** r.digits
  // Step 7's units, as the engine counts them (toolUnits).
  const k = tool.per === 'flat' ? 1 : tool.per === 'episode' ? r.episodes : tool.per === 'minute' ? r.minutes : Math.ceil(r.calendarDays / 30)
  const takes = tool.takes?.likely ?? 1
  const price = tool.amount * scale
  const current = axis === 'price' ? price : takes
  // Tool cost = a × price × k × takes: linear in x with this slope.
  const slope = axis === 'price' ? a * k * takes : a * k * price
  const breakEven = slope > 0 && Number.isFinite(grossSaving / slope) ? grossSaving / slope : null

  const top = roundUp(Math.max(2 * (breakEven ?? 0), 1.25 * current)) || (axis === 'price' ? scale : 2)
  const xs = new Set<number>()
  for (let j = 0; j <= steps; j++) xs.add((top * j) / steps)
  xs.add(current)
  if (breakEven !== null && breakEven <= top) xs.add(breakEven)

  const points: BreakEvenPoint[] = []
  for (const x of [...xs].sort((p, q) => p - q)) {
    try {
      // The tool cost exactly as the engine rounds it (evaluate, step 7), at this price or takes.
      const tools = axis === 'price'
        ? roundHalfAway(a * (x / scale) * k * takes * scale)
        : roundHalfAway(a * tool.amount * k * x * scale)
      points.push({ x, net: grossSaving - tools })
    }
    catch (e) {
      // A price so high that the tool cost passes the engine's range of amounts: the line stops.
      if (!(e instanceof RangeError)) throw e
      break
    }
  }
  const toolsNow = r.tools.find(x => x.lever === leverId)?.amount ?? 0
  return { axis, lever: leverId, points, grossSaving, tools: toolsNow, current, breakEven }
}
