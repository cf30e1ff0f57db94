/**
 * What one lever does to the lines it targets in a scenario, by itself: their cost (fringes
 * included) with no lever adopted, and with only this lever at its adoption. Its reduction and the
 * phase days it cuts both count, so a −33.3 % lever that also cuts a quarter of the shoot days
 * shows about −50 % on day-rated lines. Pure.
 */
import { evaluate } from '@/engine/evaluate'
import { buildModel, drawAt } from '@/engine/model'
import type { Project, Scenario } from '@/engine/types'

export interface LeverLineEffect {
  /** Lines the lever targets. */
  lines: number
  /** Their cost + fringe with no lever, and with this lever alone (minor units). */
  before: number
  after: number
  /** (after − before) / before × 100; null when they cost nothing. */
  percent: number | null
}

/** By lever id, for every lever adopted in the scenario. */
export function leverLineEffects(project: Project, scenario: Scenario): Map<string, LeverLineEffect> {
  const out = new Map<string, LeverLineEffect>()
  const model = buildModel(project, scenario)
  if (!model.adoption.some(a => a > 0)) return out
  const draw = drawAt(model, 'likely')
  const none = new Float64Array(model.levers.length)
  const s0 = evaluate(model, draw, none)
  model.levers.forEach((lever, i) => {
    if (model.adoption[i]! <= 0) return
    const alone = new Float64Array(none)
    alone[i] = model.adoption[i]!
    const s = evaluate(model, draw, alone)
    let lines = 0
    let before = 0
    let after = 0
    model.lines.forEach((line, j) => {
      if (!line.levers.includes(i)) return
      lines++
      before += s0.lineCost[j]! + s0.lineFringe[j]!
      after += s.lineCost[j]! + s.lineFringe[j]!
    })
    out.set(lever.id, { lines, before, after, percent: before === 0 ? null : ((after - before) / before) * 100 })
  })
  return out
}
