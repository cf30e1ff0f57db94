import { describe, expect, it } from 'vitest'
import { roundMinutes, walkOrder } from '../../src/engine/shoot'
import { packShoot } from '../../src/engine/shootSchedule'
import { planProject, sc } from '../support/plans'

const days = (p: ReturnType<typeof packShoot>) => Object.fromEntries(p!.scenes.map(s => [s.id, [s.day, s.lastDay]]))

describe('packing the days (MODEL.md §6.2)', () => {
  it('pays a move within a day and starts a new day when the move does not fit', () => {
    // H = 720, M = 60. a 240 + b 240 at the cafe = 480; c at the park: 480 + 60 + 180 = 720 fits
    // (a move); d at the park: 720 + 0 + 60 > 720, so day 2.
    const p = packShoot(planProject({ scenes: [sc('a', 'cafe', 4), sc('b', 'cafe', 4), sc('c', 'park', 3), sc('d', 'park', 1)] }))!
    expect(p.days).toBe(2)
    expect(days(p)).toEqual({ a: [1, 1], b: [1, 1], c: [1, 1], d: [2, 2] })
    expect(p.locations).toEqual([{ id: 'cafe', days: 1 }, { id: 'park', days: 2 }])
  })

  it('a move that overflows the day is not paid: the new day starts at the new place', () => {
    // a 600 at cafe; b 120 at park: 600 + 60 + 120 = 780 > 720, so day 2 with u = 120 (no move);
    // c 540 at park: 120 + 540 = 660 fits.
    const p = packShoot(planProject({ scenes: [sc('a', 'cafe', 10), sc('b', 'park', 2), sc('c', 'park', 9)] }))!
    expect(days(p)).toEqual({ a: [1, 1], b: [2, 2], c: [2, 2] })
    expect(p.days).toBe(2)
  })

  it('a scene longer than a day takes ceil(μ/H) days and leaves the rest of its last day', () => {
    // H = 600. a 240 on day 1; b 1500 does not fit: days 2–4 (k = 3), u = 1500 − 1200 = 300;
    // c 300 at the same place: 300 + 300 = 600 ≤ 600, day 4.
    const p = packShoot(planProject({ scenes: [sc('a', 'x', 4), sc('b', 'x', 25), sc('c', 'x', 5)], shoot: { hoursPerDay: 10 } }))!
    expect(days(p)).toEqual({ a: [1, 1], b: [2, 4], c: [4, 4] })
    expect(p.days).toBe(4)
    expect(p.locations).toEqual([{ id: 'x', days: 4 }])
  })

  it('a scene of exactly k days fills them; the next starts a new day', () => {
    const p = packShoot(planProject({ scenes: [sc('a', 'x', 24), sc('b', 'x', 1)] }))!
    expect(days(p)).toEqual({ a: [1, 2], b: [3, 3] })
  })

  it('skips scenes of 0 hours: they keep their place in the order but take no day', () => {
    const p = packShoot(planProject({ scenes: [sc('a', 'cafe', 0, ['lu']), sc('b', 'park', 2, ['meng']), sc('c', 'cafe', 0.004)] }))!
    // c: 0.004 h × 60 = 0.24 min → 0: not shot either.
    expect(p.order).toEqual(['a', 'b', 'c'])
    expect(p.scenes).toEqual([{ id: 'b', minutes: 120, day: 1, lastDay: 1 }])
    expect(p.cast).toEqual([
      { id: 'lu', first: 0, last: 0, worked: 0, paid: 0 },
      { id: 'meng', first: 1, last: 1, worked: 1, paid: 1 },
    ])
    expect(p.locations).toEqual([{ id: 'cafe', days: 0 }, { id: 'park', days: 1 }])
  })

  it('packs nothing into 0 days when no scene is shot', () => {
    expect(packShoot(planProject({ scenes: [sc('a', 'cafe', 0)] }))!.days).toBe(0)
  })

  it('pays span cast from first to last day, holds included, and worked cast their days', () => {
    // 12-hour scenes, one per day: lu (span) and meng (worked) on days 1 and 3.
    const p = packShoot(planProject({
      scenes: [sc('a', 'x', 12, ['lu', 'meng']), sc('b', 'x', 12, []), sc('c', 'x', 12, ['lu', 'meng'])],
      cast: ['lu', { id: 'meng', name: 'Meng', pay: 'worked' }],
    }))!
    expect(p.cast).toEqual([
      { id: 'lu', first: 1, last: 3, worked: 2, paid: 3 },
      { id: 'meng', first: 1, last: 3, worked: 2, paid: 2 },
    ])
  })

  it('counts a cast member once on a day with several of their scenes, and every day of a long scene', () => {
    const p = packShoot(planProject({
      scenes: [sc('a', 'x', 2, ['lu']), sc('b', 'x', 2, ['lu']), sc('c', 'x', 30, ['lu'])],
      cast: [{ id: 'lu', name: 'Lu', pay: 'worked' }],
    }))!
    // a, b on day 1; c: 1800 min, 240 + 1800 > 720 → days 2–4 (k = 3).
    expect(p.cast).toEqual([{ id: 'lu', first: 1, last: 4, worked: 4, paid: 4 }])
  })

  it('walks the order, then the scenes it leaves out in file order', () => {
    const project = planProject({
      scenes: [sc('a', 'x', 6), sc('b', 'y', 6), sc('c', 'x', 6), sc('d', 'y', 6)],
      shoot: { order: ['c', 'a'] },
    })
    const p = packShoot(project)!
    expect(p.order).toEqual(['c', 'a', 'b', 'd'])
    // c + a at x fill day 1; b at y: day 2; d at y: 360 + 360 = 720, day 2. No move paid.
    expect(days(p)).toEqual({ c: [1, 1], a: [1, 1], b: [2, 2], d: [2, 2] })
    expect(walkOrder(['a', 'b', 'c'], ['c', 'ghost', 'c'])).toEqual(Int32Array.from([2, 0, 1]))
  })

  it('takes an order given for the call, and a scenario\'s overrides', () => {
    const project = planProject({
      scenes: [sc('a', 'x', 6), sc('b', 'y', 6), sc('c', 'x', 6)],
      scenarios: [
        { id: 'base', name: 'base', adoption: {}, baseline: true },
        { id: 'long', name: 'long', adoption: {}, overrides: { shoot: { hoursPerDay: 20, moveHours: 0 }, scenes: { b: { hours: 0 } } } },
      ],
    })
    // Default order: a 360; b at y: 360 + 60 + 360 = 780 > 720 → day 2; c at x: 360 + 60 + 360 > 720 → day 3.
    expect(packShoot(project)!.days).toBe(3)
    expect(packShoot(project, undefined, { order: ['a', 'c', 'b'] })!.days).toBe(2)
    // H = 1200, b not shot: a + c = 720 in one day.
    expect(packShoot(project, 'long')!.days).toBe(1)
  })

  it('is null without a shoot plan', () => {
    expect(packShoot(planProject({ scenes: [] }), undefined)).not.toBeNull()
    const { shoot: _, ...rest } = planProject({ scenes: [] })
    expect(packShoot(rest)).toBeNull()
  })
})

describe('scene time in whole minutes (§6.1)', () => {
  it('rounds half away from zero after cutting binary error to 15 digits', () => {
    expect(roundMinutes(177.4999999999998)).toBe(178)
    expect(roundMinutes(177.49)).toBe(177)
    expect(roundMinutes(0.5)).toBe(1)
    expect(roundMinutes(2.5)).toBe(3)
  })

  it('takes minutes × hoursPerMinute when a scene has no hours', () => {
    // 1.3 min × 1.5 h/min = 1.95 h = 117 min.
    const p = packShoot(planProject({ scenes: [sc('a', 'x', undefined, [], { minutes: 1.3 })] }))!
    expect(p.scenes[0]!.minutes).toBe(117)
  })

  it('cuts the hours of a lever\'s scenes by a × w, factors in lever order', () => {
    const project = planProject({
      scenes: [sc('a', 'x', 2, [], { tags: ['est'] }), sc('b', 'x', 3)],
      levers: [
        { id: 'plates', name: 'plates', scenes: { tags: ['est'], hours: { low: 10, likely: 40, high: 60 } } },
        { id: 'all', name: 'all', scenes: { hours: { low: 10, likely: 10, high: 10 } } },
      ],
      scenarios: [{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 'ai', name: 'ai', adoption: { plates: 50, all: 100 } }],
    })
    const p = packShoot(project, 'ai')!
    // a: 2 × (1 − 0.5 × 0.4) × (1 − 0.1) = 1.44 h = 86.4 → 86; b: 3 × 0.9 = 2.7 h = 162.
    expect(p.scenes.map(s => s.minutes)).toEqual([86, 162])
    // At the levers' high: a: 2 × 0.7 × 0.9 = 1.26 h = 75.6 → 76; b: 3 × 0.9 = 162.
    expect(packShoot(project, 'ai', { point: 'high' })!.scenes.map(s => s.minutes)).toEqual([76, 162])
    expect(packShoot(project, 'base')!.scenes.map(s => s.minutes)).toEqual([120, 180])
  })
})
