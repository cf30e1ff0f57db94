/**
 * Random small projects with a shoot plan, for the optimiser's property tests: a few locations,
 * cast paid by span or by days worked, scenes of 0 hours, of part of a day and of more than a day,
 * moves, lines per shoot day, per cast day and per location day, fringes, a markup on some
 * sections, a lever on the cast lines and a lever that cuts scene hours, and an AI scenario that
 * may have its own order.
 */
import fc from 'fast-check'
import type { Line, Project, Scene } from '../../src/engine/types'

export interface PlanShape {
  scenes: { location: number, cast: number[], hours: number, tag: boolean }[]
  locations: number
  pays: ('span' | 'worked')[]
  hoursPerDay: number
  moveHours: number
  rates: number[]
  markupOnCast: boolean
  ownOrder: boolean
}

const hours = fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 4.25, 6, 7, 9, 13)

export const planShape = (maxScenes = 7): fc.Arbitrary<PlanShape> => fc.record({
  locations: fc.integer({ min: 1, max: 3 }),
  pays: fc.array(fc.constantFrom('span' as const, 'worked' as const), { minLength: 1, maxLength: 4 }),
  hoursPerDay: fc.constantFrom(6, 8, 10, 12),
  moveHours: fc.constantFrom(0, 1, 2),
  rates: fc.array(fc.constantFrom(100, 333.33, 1250, 2000, 1999.99, 0), { minLength: 10, maxLength: 10 }),
  markupOnCast: fc.boolean(),
  ownOrder: fc.boolean(),
  scenes: fc.array(fc.record({
    location: fc.integer({ min: 0, max: 2 }),
    cast: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    hours,
    tag: fc.boolean(),
  }), { minLength: 1, maxLength: maxScenes }),
})

/** The project of a shape (not validated: it is well formed by construction). */
export function planFromShape(shape: PlanShape): Project {
  const nCast = shape.pays.length
  const locations = Array.from({ length: shape.locations }, (_, i) => ({ id: `l${i}`, name: `L${i}` }))
  const cast = shape.pays.map((pay, i) => ({ id: `c${i}`, name: `C${i}`, pay }))
  const scenes: Scene[] = shape.scenes.map((s, i) => ({
    id: `s${i}`, episode: 1, number: `${i}`, time: 'day', setting: 'int',
    location: `l${s.location % shape.locations}`,
    cast: [...new Set(s.cast.map(c => c % nCast))].map(c => `c${c}`),
    minutes: 1, hours: s.hours, ...(s.tag ? { tags: ['wide'] } : {}),
  }))
  const r = shape.rates
  const line = (id: string, section: string, qty: Line['qty'], rate: number, labor = true): Line =>
    ({ id, section, name: id, kind: labor ? 'labor' : 'cost', qty, unit: 'day', count: 1, rate, ...(labor ? { fringes: ['social'] } : {}) })
  const lines: Line[] = [
    line('fixed', 'crew', 1, 5000, false),
    line('crew', 'crew', { of: 'shoot-days' }, r[0]!),
    line('grip', 'crew', { of: 'phase:shoot', times: 2 }, r[1]!, false),
    ...cast.map((c, i) => line(`pay-${c.id}`, 'cast', { of: `cast:${c.id}` }, r[2 + i]!)),
    ...locations.map((l, i) => line(`loc-${l.id}`, 'locations', { of: `location:${l.id}` }, r[6 + (i % 4)]!, false)),
  ]
  const reversed = scenes.map(s => s.id).reverse()
  return {
    schemaVersion: 1,
    meta: { title: 'Plan', currency: 'CNY', locale: 'zh-CN', episodes: 10, minutesPerEpisode: 2 },
    phases: [{ id: 'prep', name: 'Prep', days: 5 }, { id: 'shoot', name: 'Shoot', days: 10, after: ['prep'] }, { id: 'post', name: 'Post', days: 25, after: ['shoot'] }],
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'cast', name: 'Cast' }, { id: 'locations', name: 'Locations' }, { id: 'ai', name: 'AI' }],
    fringes: [{ id: 'social', name: 'Social', percent: 12 }],
    lines,
    markups: [{ id: 'contingency', name: 'Contingency', percent: 7.5, ...(shape.markupOnCast ? { sections: ['cast'] } : {}) }],
    levers: [
      { id: 'fewer-days', name: 'Cast cut', targets: { sections: ['cast'] }, reduction: { low: 10, likely: 15, high: 20 } },
      { id: 'plates', name: 'AI plates', scenes: { tags: ['wide'], hours: { low: 20, likely: 40, high: 60 } },
        toolCost: { amount: 3000, per: 'month', section: 'ai' } },
    ],
    scenarios: [
      { id: 'base', name: 'Base', baseline: true, adoption: {} },
      { id: 'ai', name: 'AI', adoption: { 'fewer-days': 50, 'plates': 100 }, ...(shape.ownOrder ? { overrides: { shoot: { order: reversed } } } : {}) },
    ],
    locations,
    cast,
    scenes,
    shoot: { phase: 'shoot', hoursPerDay: shape.hoursPerDay, moveHours: shape.moveHours, hoursPerMinute: 1 },
  }
}

/** Every permutation of `items` (for brute force on a few). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()]
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map(rest => [x, ...rest]))
}
