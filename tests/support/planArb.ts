/**
 * Random projects with a breakdown and shoot plan (MODEL.md §6), valid by construction: a few
 * scenes at a few locations with a few cast members, lines following the plan, levers cutting
 * scene hours and line costs, and scenarios that adopt them and override the plan.
 */
import fc from 'fast-check'
import type { Lever, Line, Project, Scenario, Scene } from '../../src/engine/types'
import { makeProject } from './projects'

const HOURS = [0, 0.5, 1.25, 2, 3.7, 6, 8, 11, 13, 26]
const pick = <T>(list: readonly T[]) => fc.constantFrom(...list)

const rangeArb = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(xs => xs.sort((a, b) => a - b))
  .map(([low, likely, high]) => ({ low: low!, likely: likely!, high: high! }))

export const planProjectArb: fc.Arbitrary<Project> = fc.record({
  nLoc: fc.integer({ min: 1, max: 3 }),
  pays: fc.array(fc.boolean(), { minLength: 0, maxLength: 3 }),
  scenes: fc.array(fc.record({
    loc: fc.nat(),
    cast: fc.array(fc.nat({ max: 2 }), { maxLength: 3 }),
    hours: fc.option(pick(HOURS), { nil: undefined }),
    minutes: pick([0, 0.4, 1, 1.7, 3]),
    tags: fc.subarray(['wide', 'night']),
  }), { minLength: 1, maxLength: 10 }),
  hoursPerDay: pick([4, 8, 10, 12, 12.5]),
  moveHours: pick([0, 0.5, 1, 2]),
  order: fc.array(fc.nat(), { maxLength: 10 }),
  levers: fc.array(fc.record({
    tags: fc.option(fc.subarray(['wide', 'night']), { nil: undefined }),
    hours: rangeArb,
    reduction: fc.option(rangeArb, { nil: undefined }),
    tool: fc.option(pick([5, 50, 500]), { nil: undefined }),
  }), { maxLength: 3 }),
  rates: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 8, maxLength: 8 }),
  markup: fc.option(pick([5, 7.5, 10, 12.34]), { nil: undefined }),
  adoption: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
  override: fc.record({ hoursPerDay: fc.option(pick([6, 10, 14]), { nil: undefined }), reverse: fc.boolean(), cut: fc.option(fc.nat(), { nil: undefined }) }),
}).map((r) => {
  const locations = Array.from({ length: r.nLoc }, (_, i) => ({ id: `l${i}`, name: `L${i}` }))
  const cast = r.pays.map((span, i) => ({ id: `c${i}`, name: `C${i}`, pay: span ? 'span' as const : 'worked' as const }))
  const scenes: Scene[] = r.scenes.map((s, i) => ({
    id: `s${i}`, episode: 1, number: `1-${i}`, time: 'day', setting: 'int', location: `l${s.loc % r.nLoc}`,
    cast: cast.length === 0 ? [] : [...new Set(s.cast.map(c => `c${c % cast.length}`))],
    minutes: s.minutes, ...(s.hours === undefined ? {} : { hours: s.hours }), tags: s.tags,
  }))
  const order = [...new Set(r.order.map(k => `s${k % scenes.length}`))]
  const rate = (k: number) => r.rates[k % r.rates.length]!
  const lines: Line[] = [
    { id: 'crew', section: 'crew', name: 'crew', kind: 'labor', qty: { of: 'phase:shoot' }, unit: 'day', count: 3, rate: rate(0), fringes: [] },
    { id: 'van', section: 'crew', name: 'van', kind: 'cost', qty: { of: 'shoot-days', times: 1.5 }, unit: 'day', count: 1, rate: rate(1) },
    { id: 'fee', section: 'crew', name: 'fee', kind: 'cost', qty: 1, unit: 'flat', count: 1, rate: rate(2) },
    ...cast.map((c, i): Line => ({ id: `pay-${c.id}`, section: 'cast', name: c.name, kind: 'labor', qty: { of: `cast:${c.id}` }, unit: 'day', count: 1, rate: rate(3 + i), tags: ['talent'] })),
    ...locations.map((l, i): Line => ({ id: `rent-${l.id}`, section: 'crew', name: l.name, kind: 'cost', qty: { of: `location:${l.id}` }, unit: 'day', count: 1, rate: rate(6 + i) })),
  ]
  const levers: Lever[] = r.levers.map((l, i) => ({
    id: `v${i}`, name: `V${i}`,
    scenes: { ...(l.tags === undefined ? {} : { tags: l.tags }), hours: l.hours },
    ...(l.reduction ? { reduction: l.reduction, targets: i % 2 === 0 ? { tags: ['talent'] } : { lines: ['crew', 'van'] } } : {}),
    ...(l.tool ? { toolCost: { amount: l.tool, per: 'episode' as const, section: 'crew' } } : {}),
  }))
  const adoption = Object.fromEntries(levers.map((l, i) => [l.id, r.adoption[i]!]))
  const cut = r.override.cut === undefined ? undefined : scenes[r.override.cut % scenes.length]!.id
  const scenarios: Scenario[] = [
    { id: 'base', name: 'base', adoption: {}, baseline: true },
    { id: 'ai', name: 'ai', adoption },
    {
      id: 'plan', name: 'plan', adoption,
      overrides: {
        shoot: { ...(r.override.hoursPerDay ? { hoursPerDay: r.override.hoursPerDay } : {}), ...(r.override.reverse ? { order: scenes.map(s => s.id).reverse() } : {}) },
        ...(cut ? { scenes: { [cut]: { hours: 0 } } } : {}),
      },
    },
  ]
  return makeProject({
    phases: [{ id: 'prep', name: 'Prep', days: 3 }, { id: 'shoot', name: 'Shoot', days: 10, after: ['prep'] }, { id: 'post', name: 'Post', days: 6, after: ['shoot'], lag: -1 }],
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'cast', name: 'Cast' }],
    locations, cast, scenes,
    shoot: { phase: 'shoot', hoursPerDay: r.hoursPerDay, moveHours: r.moveHours, hoursPerMinute: 1.5, ...(order.length > 0 ? { order } : {}) },
    lines, levers, scenarios,
    ...(r.markup === undefined ? {} : { markups: [{ id: 'mk', name: 'mk', percent: r.markup }] }),
  })
})
