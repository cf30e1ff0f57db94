/**
 * Does a lever's AI tool pay for itself, and up to what price? Its net saving in a scenario (the
 * saving on its lines less its tool cost, before markups: MODEL.md §3) against the price per
 * generation or the takes per usable result, computed with the engine. The saving does not
 * depend on the price or the takes; the tool cost is linear in both (step 7), so a few
 * evaluations draw the whole line. Pure: no Vue.
 */
import { attribute } from '@/engine/attribution'
import { runScenario } from '@/engine/compute'
import { evaluate, toolUnits } from '@/engine/evaluate'
import type { Model } from '@/engine/model'
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

/** The model with lever i's tool price set to `amountMajor` (the project is not touched). */
function withPrice(model: Model, i: number, amountMajor: number): Model {
  const levers = model.levers.slice()
  const lever = levers[i]!
  levers[i] = { ...lever, tool: { ...lever.tool!, amount: amountMajor } }
  return { ...model, levers }
}

/**
 * The net saving of lever `leverId` in scenario `scenarioId` at `steps` + 1 evenly spaced values
 * of `axis` from 0 to about twice the break-even (or past the current value when it is higher),
 * plus the current value and the break-even. Null when the lever has no tool cost, is not
 * adopted in the scenario, or (for `takes`) counts no takes.
 */
export function breakEvenCurve(project: Project, scenarioId: string, leverId: string, axis: BreakEvenAxis = 'price', steps = 8): BreakEvenCurve | null {
  const scenario = project.scenarios.find(s => s.id === scenarioId)
  const i = (project.levers ?? []).findIndex(l => l.id === leverId)
  if (!scenario || i < 0) return null
  const { model, draw, s, s0 } = runScenario(project, scenario)
  const tool = model.levers[i]!.tool
  const a = model.adoption[i]!
  if (!tool || !(a > 0)) return null
  if (axis === 'takes' && !tool.takes) return null
  // The baseline's total (here S0's) matters only to the change, not to the lever's gross saving.
  const grossSaving = attribute(model, draw, s, s0, s0.total).levers[i]!.grossSaving
  const scale = 10 ** model.digits
  const k = toolUnits(model, tool.per, s.calendarDays)
  const takes = draw.takes[i]!
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
      const ev = axis === 'price'
        ? evaluate(withPrice(model, i, x / scale), draw)
        : (() => {
            const at = { ...draw, takes: Float64Array.from(draw.takes) }
            at.takes[i] = x
            return evaluate(model, at)
          })()
      points.push({ x, net: grossSaving - ev.tools[i]! })
    }
    catch (e) {
      // A price so high that the tool cost passes the engine's range of amounts: the line stops.
      if (!(e instanceof RangeError)) throw e
      break
    }
  }
  return { axis, lever: leverId, points, grossSaving, tools: s.tools[i]!, current, breakEven }
}
