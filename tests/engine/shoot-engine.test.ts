/**
 * The shoot plan in the budget (MODEL.md §2 steps 3, 5, 11 and §6): the plan's phase lasts the
 * packed days, lines follow shoot days, cast and location days, and scenarios override the plan.
 * Amounts in fen.
 */
import { describe, expect, it } from 'vitest'
import { computeProject, computeScenario } from '../../src/engine/compute'
import { projectReport } from '../../src/engine/report'
import type { Lever, Scenario } from '../../src/engine/types'
import { line } from '../support/builders'
import { planProject, sc } from '../support/plans'

const range = (likely: number) => ({ low: likely, likely, high: likely })

/**
 * H = 720, M = 60. a (x, 12 h, lu) on day 1; b (x, 6 h) on day 2 with u = 360; c (y, 6 h, lu):
 * 360 + 60 + 360 = 780 > 720, day 3. D = 3; lu (span) days 1 and 3: paid 3; x 2 days, y 1.
 */
function project(scenarios?: Scenario[], levers: Lever[] = []) {
  return planProject({
    phases: [{ id: 'shoot', name: 'Shoot', days: 10 }, { id: 'post', name: 'Post', days: 5, after: ['shoot'] }],
    scenes: [sc('a', 'x', 12, ['lu'], { tags: ['wide'] }), sc('b', 'x', 6), sc('c', 'y', 6, ['lu'])],
    lines: [
      line('dp', { kind: 'labor', qty: { of: 'phase:shoot' }, unit: 'day', count: 2, rate: 1000 }),
      line('lu', { kind: 'labor', qty: { of: 'cast:lu' }, unit: 'day', rate: 500 }),
      line('x', { qty: { of: 'location:x' }, rate: 200 }),
      line('van', { qty: { of: 'shoot-days', times: 2 }, rate: 100 }),
    ],
    levers,
    scenarios: scenarios ?? [{ id: 'base', name: 'base', adoption: {}, baseline: true }],
  })
}

describe('the plan drives the budget', () => {
  it('lasts the packed days, and lines follow shoot, cast and location days', () => {
    const r = computeScenario(project(), 'base')
    // dp 3 × 2 × 1000 = 6000; lu 3 × 500 = 1500; x 2 × 200 = 400; van 3 × 2 × 100 = 600.
    expect(r.lines.map(l => [l.id, l.qty, l.amount])).toEqual([['dp', 3, 600000], ['lu', 3, 150000], ['x', 2, 40000], ['van', 6, 60000]])
    expect(r.total).toBe(850000)
    expect(r.phases.map(p => [p.id, p.plannedDays, p.days, p.start, p.finish])).toEqual([['shoot', 10, 3, 0, 3], ['post', 5, 5, 3, 8]])
    expect(r.calendarDays).toBe(8)
    // Person-days: labor lines following the plan: dp 3 × 2 = 6 and lu 3 × 1 = 3.
    expect(r.personDays.total).toBe(9)
    expect(r.schedule).toEqual({
      days: 3,
      order: ['a', 'b', 'c'],
      scenes: [{ id: 'a', minutes: 720, day: 1, lastDay: 1 }, { id: 'b', minutes: 360, day: 2, lastDay: 2 }, { id: 'c', minutes: 360, day: 3, lastDay: 3 }],
      cast: [{ id: 'lu', first: 1, last: 3, worked: 2, paid: 3 }],
      locations: [{ id: 'x', days: 2 }, { id: 'y', days: 1 }],
    })
  })

  it('counts person-days of labor following cast and shoot days even in units other than days', () => {
    const p = project()
    p.lines[1] = { ...p.lines[1]!, unit: 'flat' }
    expect(computeScenario(p, 'base').personDays.total).toBe(9)
  })

  it('applies no lever\'s phaseDays to the plan\'s phase', () => {
    const levers: Lever[] = [{ id: 'cut', name: 'cut', phaseDays: { shoot: range(50), post: range(40) } }]
    const r = computeScenario(project([{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 'ai', name: 'ai', adoption: { cut: 100 } }], levers), 'ai')
    // shoot stays 3; post: ceil(5 × 0.6) = 3.
    expect(r.phases.map(p => p.days)).toEqual([3, 3])
    expect(r.total).toBe(850000)
  })

  it('takes a scenario\'s plan overrides: hours per day, move hours, order and scene hours', () => {
    const r = (overrides: Scenario['overrides']) => computeScenario(project([{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 's', name: 's', adoption: {}, overrides }]), 's')
    // H = 1440: a 720; b 1080; c 1080 + 60 + 360 = 1500 > 1440 → day 2. lu paid 2, x 1, D 2.
    // dp 2 × 2 × 1000 + lu 1000 + x 200 + van 400 = 5600.
    const long = r({ shoot: { hoursPerDay: 24 } })
    expect(long.schedule!.days).toBe(2)
    expect(long.total).toBe(560000)
    // …and with no move cost c fits too: 1080 + 360 = 1440. One day.
    expect(r({ shoot: { hoursPerDay: 24, moveHours: 0 } }).schedule!.days).toBe(1)
    // Order c, a, b: c (y) day 1 u = 360; a (x): 360 + 60 + 720 > 720 → day 2; b: day 3. Same days.
    const reordered = r({ shoot: { order: ['c', 'a', 'b'] } })
    expect(reordered.schedule!.order).toEqual(['c', 'a', 'b'])
    expect(reordered.schedule!.cast).toEqual([{ id: 'lu', first: 1, last: 2, worked: 2, paid: 2 }])
    // b not shot: a day 1; c: 720 + 60 + 360 > 720 → day 2. D 2, lu 2, x 1.
    const generated = r({ scenes: { b: { hours: 0 } } })
    expect(generated.schedule!.scenes.map(s => s.id)).toEqual(['a', 'c'])
    expect(generated.total).toBe(560000)
    // A scene's minutes count when it has no hours: a gets hours from its 4 minutes only if
    // `hours` is absent; here a has hours, so minutes change nothing.
    expect(r({ scenes: { a: { minutes: 4 } } }).total).toBe(850000)
  })

  it('cuts the hours of a lever\'s scenes by adoption × scenes.hours', () => {
    const levers: Lever[] = [{ id: 'plates', name: 'plates', scenes: { tags: ['wide'], hours: range(50) } }]
    const r = computeScenario(project([{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 'ai', name: 'ai', adoption: { plates: 100 } }], levers), 'ai')
    // a 6 h = 360, b 360 → day 1 (720); c: day 2. D 2, lu 1..2 paid 2, x 1.
    expect(r.schedule!.days).toBe(2)
    expect(r.total).toBe(400000 + 100000 + 20000 + 40000)
  })

  it('leaves cast and location quantities at 0 without a plan', () => {
    const { shoot: _, ...withoutPlan } = project()
    const p = { ...withoutPlan, lines: withoutPlan.lines.slice(0, 3) }
    const r = computeScenario(p, 'base')
    // dp follows the phase's typed 10 days: 10 × 2 × 1000; lu and x: 0.
    expect(r.lines.map(l => l.qty)).toEqual([10, 0, 0])
    expect(r.schedule).toBeNull()
    expect(projectReport(p).scenarios[0]).not.toHaveProperty('schedule')
  })

  it('reports the schedule in the JSON report', () => {
    const report = projectReport(project())
    expect(report.scenarios[0]!.schedule!.days).toBe(3)
    expect(JSON.parse(JSON.stringify(computeProject(project()).scenarios[0]!.result)).schedule.days).toBe(3)
  })
})
