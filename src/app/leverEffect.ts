/**
 * What one lever does to the lines it targets in a scenario, by itself: their cost (fringes
 * included) with no lever adopted, and with only this lever at its adoption. Its reduction and the
 * phase days it cuts both count, so a −33.3 % lever that also cuts a quarter of the shoot days
 * shows about −50 % on day-rated lines. Pure.
 */
import { evaluate } from '@/engine/evaluate'
import type { Evaluation } from '@/engine/evaluate'
import { buildModel, drawAt } from '@/engine/model'
import type { LeverDraw, Model } from '@/engine/model'
import { own } from '@/engine/own'
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

interface Prepared {
  /** The parts of the project and scenario the evaluations depend on (adoption aside). */
  parts: readonly unknown[]
  model: Model
  draw: LeverDraw
  none: Float64Array
  s0: Evaluation
  /** Each lever's effect at the adoption it was computed for. */
  done: Map<string, { adoption: number, effect: LeverLineEffect }>
}

/**
 * Prepared models by list of lines: a slider drag changes only an adoption, so the model, the
 * evaluation with no lever and the other levers' effects are reused; only the moved lever's is
 * evaluated again (a 5,000-line project would otherwise run one evaluation per lever per tick).
 */
const prepared = new WeakMap<object, Prepared>()

function prepare(project: Project, scenario: Scenario): Prepared {
  const parts = [project.meta, project.phases, project.sections, project.fringes, project.markups, project.levers, scenario.id, scenario.overrides]
  const found = prepared.get(project.lines)
  if (found && found.parts.length === parts.length && found.parts.every((x, k) => x === parts[k])) return found
  const model = buildModel(project, scenario)
  const draw = drawAt(model, 'likely')
  const none = new Float64Array(model.levers.length)
  const fresh: Prepared = { parts, model, draw, none, s0: evaluate(model, draw, none), done: new Map() }
  prepared.set(project.lines, fresh)
  return fresh
}

/** By lever id, for every lever adopted in the scenario. */
export function leverLineEffects(project: Project, scenario: Scenario): Map<string, LeverLineEffect> {
  const out = new Map<string, LeverLineEffect>()
  const levers = project.levers ?? []
  const adoption = levers.map(l => (own<number>(scenario.adoption, l.id) ?? 0) / 100)
  if (!adoption.some(a => a > 0)) return out
  const { model, draw, none, s0, done } = prepare(project, scenario)
  model.levers.forEach((lever, i) => {
    const a = adoption[i]!
    if (a <= 0) return
    const cached = done.get(lever.id)
    if (cached && cached.adoption === a) {
      out.set(lever.id, cached.effect)
      return
    }
    const alone = new Float64Array(none)
    alone[i] = a
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
    const effect = { lines, before, after, percent: before === 0 ? null : ((after - before) / before) * 100 }
    done.set(lever.id, { adoption: a, effect })
    out.set(lever.id, effect)
  })
  return out
}
