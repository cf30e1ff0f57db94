/**
 * Shoot plan benchmarks (`npx vitest bench --run tests/shoot.bench.ts`): a plan of 800 scenes in a
 * project of 5,000 lines. After an edit to one scene, or one strip moved, the plan is packed again
 * and the scenario totalled again (issue 16: under 5 ms).
 */
import { bench, describe } from 'vitest'
import { computeProject, computeScenario } from '../src/engine/compute'
import { evaluate } from '../src/engine/evaluate'
import { buildModel, drawAt, resolveLines } from '../src/engine/model'
import { packMinutes, sceneMinutes } from '../src/engine/shoot'
import type { Project } from '../src/engine/types'
import { valid } from './support/builders'
import { largePlanProject } from './support/largePlan'

const project = valid(largePlanProject())
const scenario = project.scenarios[1]!
const base = resolveLines(project)
let k = 0

/** The project with scene i's hours changed (a new scenes list, as an edit makes). */
function editScene(p: Project, i: number): Project {
  return { ...p, scenes: p.scenes!.map((s, j) => (j === i ? { ...s, hours: 1 + (k++ % 7) } : s)) }
}

/** The project with one strip moved from `from` to `to` in the order. */
function moveStrip(p: Project, from: number, to: number): Project {
  const order = p.shoot!.order!.slice()
  const [id] = order.splice(from, 1)
  order.splice(to, 0, id!)
  return { ...p, shoot: { ...p.shoot!, order } }
}

describe('shoot plan: 800 scenes, 5,000 lines', () => {
  bench('one scene edited: re-pack and re-total the scenario (lines resolved once per project)', () => {
    const edited = editScene(project, k % 800)
    const model = buildModel(edited, scenario, base)
    evaluate(model, drawAt(model, 'likely'))
  }, { time: 2000, warmupIterations: 20 })

  bench('one strip moved: re-pack and re-total the scenario (lines resolved once per project)', () => {
    const moved = moveStrip(project, k++ % 800, 400)
    const model = buildModel(moved, scenario, base)
    evaluate(model, drawAt(model, 'likely'))
  }, { time: 2000, warmupIterations: 20 })

  bench('one scene edited: computeScenario from scratch (lines resolved again)', () => {
    computeScenario(editScene(project, k % 800), scenario)
  }, { time: 2000, warmupIterations: 10 })

  bench('one scene edited: computeProject, all 5 scenarios with their split against the baseline', () => {
    computeProject(editScene(project, k % 800))
  }, { time: 2000, warmupIterations: 5 })

  const model = buildModel(project, scenario, base)
  const draw = drawAt(model, 'likely')
  const plan = model.plan!
  bench('pack only: scene minutes and packing of 800 scenes', () => {
    packMinutes(plan, sceneMinutes(plan, model.adoption, draw.sceneHours))
  }, { time: 1000, warmupIterations: 20 })
})
