import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { boardRows, moveStrips, nudgeStrips, stripColour } from '@/app/shoot/stripboard'
import type { DayRow, StripRow } from '@/app/shoot/stripboard'
import { dayOutOfDays } from '@/app/shoot/dood'
import { callSheetDay } from '@/app/shoot/callSheet'
import { clickSelect, neighbour } from '@/app/shoot/selection'
import { packShootDetailed } from '@/engine/shootSchedule'
import { applyOverrides } from '@/engine/model'
import { isGenerated, resetShootOrder, setGenerated, setShootOrder, setShootSetting } from '@/stores/shootEdits'
import { planProject, sc } from '../support/plans'

/*
 * A hand-made plan: 10-hour days (600 minutes), 1-hour moves, scenes given in hours.
 *   a1 cafe 4 h (lu)        → day 1, 240 min
 *   a2 cafe 3 h (lu, meng)  → day 1, 240 + 180 = 420
 *   b1 park 2 h (meng)      → move 60: 420 + 60 + 120 = 600 ≤ 600, day 1 (full)
 *   b2 park 15 h (lu)       → new day: 900 min over ceil(900/600) = 2 days, days 2–3, 300 used on day 3
 *   c1 home 0 h             → not shot
 *   a3 cafe 2 h (shen)      → move 60: 300 + 60 + 120 = 480, day 3
 */
const project = planProject({
  scenes: [sc('a1', 'cafe', 4, ['lu']), sc('a2', 'cafe', 3, ['lu', 'meng']), sc('b1', 'park', 2, ['meng']), sc('b2', 'park', 15, ['lu']), sc('c1', 'home', 0), sc('a3', 'cafe', 2, ['shen'])],
  shoot: { hoursPerDay: 10, moveHours: 1 },
  cast: ['lu', { id: 'meng', name: 'meng', pay: 'span' }, { id: 'shen', name: 'shen', pay: 'worked' }],
})
const packed = packShootDetailed(project)!

describe('the stripboard rows', () => {
  const rows = boardRows(project, packed)
  const days = rows.filter((r): r is DayRow => r.kind === 'day')
  it('has a header per day with the minutes used, moves, locations and cast', () => {
    expect(days.map(d => [d.day, d.used, d.moves, d.locations, d.cast])).toEqual([
      [1, 600, 1, ['cafe', 'park'], ['lu', 'meng']],
      [2, 600, 0, ['park'], ['lu']],
      [3, 480, 1, ['park', 'cafe'], ['lu', 'shen']],
    ])
    expect(days.every(d => d.available === 600)).toBe(true)
  })
  it('puts each strip under its first day, in packing order, and the scenes not shot at the end', () => {
    expect(rows.map(r => r.kind === 'strip' ? r.key : r.kind === 'day' ? `day ${r.day}` : `unshot ${r.count}`)).toEqual(
      ['day 1', 'a1', 'a2', 'b1', 'day 2', 'b2', 'day 3', 'a3', 'unshot 1', 'c1'])
    const b2 = rows.find((r): r is StripRow => r.kind === 'strip' && r.key === 'b2')!
    expect([b2.minutes, b2.day, b2.lastDay, b2.move]).toEqual([900, 2, 3, false])
    const b1 = rows.find((r): r is StripRow => r.kind === 'strip' && r.key === 'b1')!
    expect(b1.move).toBe(true)
  })
  it('colours strips as stripboards do', () => {
    expect(stripColour({ time: 'day', setting: 'int' })).toBe('day-int')
    expect(stripColour({ time: 'day', setting: 'int-ext' })).toBe('day-ext')
    expect(stripColour({ time: 'night', setting: 'ext' })).toBe('night-ext')
    expect(stripColour({ time: 'dusk', setting: 'int' })).toBe('dusk')
  })
})

describe('the day out of days', () => {
  const dood = dayOutOfDays(packed)
  it('marks start, work, hold and finish, and pays span and worked members as they are paid', () => {
    const by = Object.fromEntries(dood.cast.map(c => [c.id, c]))
    // lu works days 1, 2 and 3; meng only day 1; shen only day 3 (worked pay).
    expect(by.lu!.marks).toEqual(['SW', 'W', 'WF'])
    expect(by.meng!.marks).toEqual(['SWF', '', ''])
    expect(by.shen!.marks).toEqual(['', '', 'SWF'])
    expect([by.lu!.worked, by.lu!.held, by.lu!.paid]).toEqual([3, 0, 3])
    expect(dood.locations.map(l => [l.id, l.on, l.days])).toEqual([
      ['cafe', [true, false, true], 2], ['park', [true, true, true], 3], ['home', [false, false, false], 0]])
  })
  it('holds a span-paid member between two working days, and not a worked-pay one', () => {
    // lu in a1 (day 1) and a3 (day 3), nothing on day 2; shen the same but paid by the day.
    const p = planProject({
      scenes: [sc('a1', 'x', 10, ['lu', 'shen']), sc('m', 'x', 10, []), sc('a3', 'x', 10, ['lu', 'shen'])],
      shoot: { hoursPerDay: 10 },
      cast: ['lu', { id: 'shen', name: 'shen', pay: 'worked' }],
    })
    const d = dayOutOfDays(packShootDetailed(p)!)
    expect(d.cast.map(c => [c.id, c.marks, c.worked, c.held, c.paid])).toEqual([
      ['lu', ['SW', 'H', 'WF'], 2, 1, 3],
      ['shen', ['SW', '', 'WF'], 2, 0, 2],
    ])
  })
})

describe('the call sheet of a day', () => {
  const rows = boardRows(project, packed)
  it('lists the day’s scenes, the cast with their first scene, and the moves', () => {
    const day1 = callSheetDay(rows, 1)!
    expect(day1.scenes.map(s => s.key)).toEqual(['a1', 'a2', 'b1'])
    expect(day1.calls).toEqual([{ id: 'lu', firstScene: 'a1' }, { id: 'meng', firstScene: 'a2' }])
    expect(day1.moves).toEqual([{ after: 'a2', from: 'cafe', to: 'park' }])
  })
  it('shows a scene longer than a day on each of its days', () => {
    expect(callSheetDay(rows, 2)!.scenes.map(s => s.key)).toEqual(['b2'])
    expect(callSheetDay(rows, 3)!.scenes.map(s => s.key)).toEqual(['b2', 'a3'])
    expect(callSheetDay(rows, 3)!.moves).toEqual([{ after: 'b2', from: 'park', to: 'cafe' }])
    expect(callSheetDay(rows, 4)).toBeNull()
  })
})

describe('moving strips', () => {
  const order = ['a', 'b', 'c', 'd', 'e']
  it('moves a block before a position, keeping its order', () => {
    expect(moveStrips(order, new Set(['d', 'b']), 0)).toEqual(['b', 'd', 'a', 'c', 'e'])
    expect(moveStrips(order, new Set(['a']), 5)).toEqual(['b', 'c', 'd', 'e', 'a'])
    expect(moveStrips(order, new Set(['a', 'b']), 3)).toEqual(['c', 'a', 'b', 'd', 'e'])
  })
  it('nudges the selection one place up or down, and not past an end', () => {
    expect(nudgeStrips(order, new Set(['c']), -1)).toEqual(['a', 'c', 'b', 'd', 'e'])
    expect(nudgeStrips(order, new Set(['b', 'c']), 1)).toEqual(['a', 'd', 'b', 'c', 'e'])
    expect(nudgeStrips(order, new Set(['a']), -1)).toEqual(order)
    expect(nudgeStrips(order, new Set(['e']), 1)).toEqual(order)
  })
  it('never loses or repeats a strip', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1 }), fc.array(fc.boolean()), fc.integer({ min: -2, max: 40 }), (ids, picks, at) => {
      const o = ids.map(String)
      const moving = new Set(o.filter((_, i) => picks[i]))
      const next = moveStrips(o, moving, at)
      expect([...next].sort()).toEqual([...o].sort())
      // The moved strips stay together, in their order.
      const positions = next.map((id, i) => (moving.has(id) ? i : -1)).filter(i => i >= 0)
      if (positions.length > 0) expect(positions.at(-1)! - positions[0]!).toBe(positions.length - 1)
      expect(next.filter(id => moving.has(id))).toEqual(o.filter(id => moving.has(id)))
    }))
  })
})

describe('selecting strips', () => {
  const order = ['a', 'b', 'c', 'd']
  it('selects one, a range from the anchor, or toggles one', () => {
    const one = clickSelect(order, { ids: new Set(), anchor: null }, 'b', 'one')
    expect([...one.ids]).toEqual(['b'])
    expect([...clickSelect(order, one, 'd', 'range').ids]).toEqual(['b', 'c', 'd'])
    expect([...clickSelect(order, one, 'a', 'toggle').ids].sort()).toEqual(['a', 'b'])
    expect(neighbour(order, 'a', -1)).toBe('a')
    expect(neighbour(order, 'a', 1)).toBe('b')
  })
})

describe('editing the plan where the scenario takes it from', () => {
  const two = planProject({
    scenes: [sc('a', 'x', 1), sc('b', 'y', 1), sc('c', 'x', 1)],
    scenarios: [{ id: 'base', name: 'Base', baseline: true, adoption: {} }, { id: 'ai', name: 'AI', adoption: {} }],
  })
  it('writes the baseline’s order into the plan, another scenario’s into its own override, resettable', () => {
    const p = structuredClone(two)
    setShootOrder(p, 'base', ['c', 'a', 'b'])
    expect(p.shoot!.order).toEqual(['c', 'a', 'b'])
    setShootOrder(p, 'ai', ['b', 'c', 'a'])
    expect(p.shoot!.order).toEqual(['c', 'a', 'b'])
    expect(p.scenarios[1]!.overrides).toEqual({ shoot: { order: ['b', 'c', 'a'] } })
    expect(packShootDetailed(p, 'ai')!.schedule.order).toEqual(['b', 'c', 'a'])
    resetShootOrder(p, 'ai')
    expect(p.scenarios[1]!.overrides).toEqual({})
    expect(packShootDetailed(p, 'ai')!.schedule.order).toEqual(['c', 'a', 'b'])
  })
  it('marks a scene generated in a scenario (0 hours) and back', () => {
    const p = structuredClone(two)
    setGenerated(p, 'ai', 'b', true)
    expect(isGenerated(p.scenarios[1]!, 'b')).toBe(true)
    expect(applyOverrides(p, p.scenarios[1]!).scenes!.find(s => s.id === 'b')!.hours).toBe(0)
    expect(packShootDetailed(p, 'ai')!.schedule.scenes.map(s => s.id)).toEqual(['a', 'c'])
    setGenerated(p, 'ai', 'b', false)
    expect(p.scenarios[1]!.overrides).toEqual({})
  })
  it('sets hours per day on the plan for the baseline, as an override for another scenario', () => {
    const p = structuredClone(two)
    setShootSetting(p, 'base', 'hoursPerDay', 10)
    setShootSetting(p, 'ai', 'moveHours', 0.5)
    expect([p.shoot!.hoursPerDay, p.scenarios[1]!.overrides]).toEqual([10, { shoot: { moveHours: 0.5 } }])
  })
})
