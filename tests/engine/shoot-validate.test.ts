/**
 * MODEL.md §6 "Validation": every rule of the breakdown and shoot plan, each problem as
 * `path: message`, and edits to scenes, cast, locations and the plan (checkEdit).
 */
import { describe, expect, it } from 'vitest'
import { formatProblem, parseProject } from '../../src/engine/validate'
import { checkEdit } from '../../src/engine/validateEdit'
import type { Project } from '../../src/engine/types'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any

function doc(): Doc {
  return {
    schemaVersion: 1,
    meta: { title: 'T', currency: 'CNY', locale: 'zh-CN', episodes: 2, minutesPerEpisode: 1.5 },
    phases: [{ id: 'prep', name: 'Prep', days: 2 }, { id: 'shoot', name: 'Shoot', days: 8, after: ['prep'] }],
    sections: [{ id: 'cast', name: 'Cast' }],
    lines: [
      { id: 'lu', section: 'cast', name: 'Lu', kind: 'labor', qty: { of: 'cast:lu' }, unit: 'day', count: 1, rate: 800 },
      { id: 'cafe', section: 'cast', name: 'Cafe', kind: 'cost', qty: { of: 'location:cafe' }, unit: 'day', count: 1, rate: 300 },
      { id: 'van', section: 'cast', name: 'Van', kind: 'cost', qty: { of: 'shoot-days' }, unit: 'day', count: 1, rate: 100 },
    ],
    levers: [{ id: 'plates', name: 'Plates', scenes: { tags: ['wide'], hours: { low: 20, likely: 40, high: 60 } } }],
    scenarios: [
      { id: 'base', name: 'Base', baseline: true, adoption: {} },
      { id: 'ai', name: 'AI', adoption: { plates: 100 }, overrides: { shoot: { order: ['e1s2', 'e1s1'], hoursPerDay: 14 }, scenes: { e1s1: { hours: 0 } } } },
    ],
    locations: [{ id: 'cafe', name: '咖啡厅', code: 'L01' }, { id: 'park', name: '公园' }],
    cast: [{ id: 'lu', name: '陆乘', pay: 'span' }, { id: 'meng', name: '孟', pay: 'worked' }],
    scenes: [
      { id: 'e1s1', episode: 1, number: '1-1', time: 'day', setting: 'int', location: 'cafe', cast: ['lu', 'meng'], minutes: 1.2, hours: 2, tags: ['wide'], summary: '…' },
      { id: 'e1s2', episode: 1, number: '1-2', time: 'night', setting: 'ext', location: 'park', cast: [], minutes: 0.8 },
    ],
    shoot: { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 1.5, order: ['e1s1', 'e1s2'] },
    unknownField: { kept: true },
  }
}

function problems(change: (d: Doc) => void): string[] {
  const d = doc()
  change(d)
  const r = parseProject(d)
  return r.ok ? [] : r.problems.map(formatProblem)
}

describe('a breakdown and plan', () => {
  it('is accepted as MODEL.md §6 shows it, unknown fields kept', () => {
    const r = parseProject(doc())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.project.unknownField).toEqual({ kept: true })
  })

  it('is optional: moveHours and order may be absent', () => {
    expect(problems((d) => { delete d.shoot.moveHours; delete d.shoot.order })).toEqual([])
  })

  it.each<[string, (d: Doc) => void, string[]]>([
    ['a scene without its required fields', (d) => { delete d.scenes[0].number; delete d.scenes[1].cast }, ['scenes[0].number: is required', 'scenes[1].cast: is required']],
    ['a scene time and setting outside the lists', (d) => { d.scenes[0].time = '日'; d.scenes[1].setting = 'inside' }, ['scenes[0].time: must be one of day, night, dawn, dusk', 'scenes[1].setting: must be one of int, ext, int-ext']],
    ['a pay outside span | worked', (d) => { d.cast[1].pay = 'daily' }, ['cast[1].pay: must be span or worked']],
    ['a location or cast member without a name', (d) => { delete d.locations[1].name; delete d.cast[0].name }, ['locations[1].name: is required', 'cast[0].name: is required']],
    ['an episode below 1 or not whole', (d) => { d.scenes[0].episode = 0; d.scenes[1].episode = 1.5 }, ['scenes[0].episode: must be a whole number ≥ 1', 'scenes[1].episode: must be a whole number ≥ 1']],
    ['negative minutes and hours', (d) => { d.scenes[0].minutes = -1; d.scenes[0].hours = -2 }, ['scenes[0].minutes: must be a number ≥ 0', 'scenes[0].hours: must be a number ≥ 0']],
    ['plan numbers below 0', (d) => { d.shoot.moveHours = -1; d.shoot.hoursPerMinute = -0.5 }, ['shoot.moveHours: must be a number ≥ 0', 'shoot.hoursPerMinute: must be a number ≥ 0']],
    ['a plan without its required fields', (d) => { d.shoot = { order: [] } }, ['shoot.phase: is required', 'shoot.hoursPerDay: is required', 'shoot.hoursPerMinute: is required']],
    ['a day of less than one minute', (d) => { d.shoot.hoursPerDay = 0 }, ['shoot.hoursPerDay: must hold at least one minute of shooting (got 0 hours)']],
    ['a day of 0.008 hours (0.48 min)', (d) => { d.shoot.hoursPerDay = 0.008 }, ['shoot.hoursPerDay: must hold at least one minute of shooting (got 0.008 hours)']],
    ['repeated ids', (d) => { d.locations[1].id = 'cafe'; d.cast[1].id = 'lu'; d.scenes[1].id = 'e1s1' }, [
      'locations[1].id: "cafe" is already the id of locations[0]',
      'cast[1].id: "lu" is already the id of cast[0]',
      'scenes[1].id: "e1s1" is already the id of scenes[0]',
      // and what named the renamed entries no longer finds them
      'scenes[0].cast[1]: no cast member with id "meng"',
      'scenes[1].location: no location with id "park"',
      'shoot.order[1]: no scene with id "e1s2"',
      'scenarios[1].overrides.shoot.order[0]: no scene with id "e1s2"',
    ]],
    ['a scene at an unknown location, with unknown or repeated cast', (d) => { d.scenes[0].location = 'moon'; d.scenes[0].cast = ['lu', 'ghost', 'lu'] }, [
      'scenes[0].location: no location with id "moon"',
      'scenes[0].cast[1]: no cast member with id "ghost"',
      'scenes[0].cast[2]: "lu" is listed twice',
    ]],
    ['an order with an unknown or repeated scene', (d) => { d.shoot.order = ['e1s1', 'nope', 'e1s1'] }, ['shoot.order[1]: no scene with id "nope"', 'shoot.order[2]: "e1s1" is listed twice']],
    ['a plan on an unknown phase', (d) => { d.shoot.phase = 'filming' }, ['shoot.phase: no phase with id "filming"']],
    ['a scenario overriding the plan phase\'s days', (d) => { d.scenarios[1].overrides.phases = { shoot: { days: 5 }, prep: { days: 1 } } }, [
      'scenarios[1].overrides.phases.shoot.days: phase "shoot" lasts the packed shoot days; change the plan (its order, hours per day, scene hours) instead',
    ]],
    ['quantities naming unknown cast or locations', (d) => { d.lines[0].qty.of = 'cast:zhao'; d.lines[1].qty.of = 'location:moon' }, ['lines[0].qty.of: no cast member with id "zhao"', 'lines[1].qty.of: no location with id "moon"']],
    ['shoot-days without a plan', (d) => { delete d.shoot; delete d.scenarios[1].overrides.shoot }, ['lines[2].qty.of: follows the shoot days, but the project has no shoot plan ("shoot")']],
    ['a lever\'s scene hours out of order or range', (d) => { d.levers[0].scenes.hours = { low: 50, likely: 40, high: 120 } }, ['levers[0].scenes.hours.high: must be a percentage from 0 to 100']],
    ['a lever\'s scene hours out of order', (d) => { d.levers[0].scenes.hours = { low: 50, likely: 40, high: 60 } }, ['levers[0].scenes.hours: needs low ≤ likely ≤ high (got 50 / 40 / 60)']],
    ['a plan override without a plan', (d) => { delete d.shoot; d.lines.pop() }, ['scenarios[1].overrides.shoot: the project has no shoot plan ("shoot") to override']],
    ['plan overrides beyond order, hoursPerDay and moveHours', (d) => { d.scenarios[1].overrides.shoot.phase = 'prep'; d.scenarios[1].overrides.shoot.order = ['x'] }, [
      'scenarios[1].overrides.shoot.phase: a scenario may override only the plan\'s order, hoursPerDay and moveHours',
      'scenarios[1].overrides.shoot.order[0]: no scene with id "x"',
    ]],
    ['a plan override of 0 hours per day', (d) => { d.scenarios[1].overrides.shoot.hoursPerDay = 0 }, ['scenarios[1].overrides.shoot.hoursPerDay: must hold at least one minute of shooting (got 0 hours)']],
    ['scene overrides of an unknown scene or with a bad value', (d) => { d.scenarios[1].overrides.scenes = { ghost: { hours: 1 }, e1s2: { minutes: -1 } } }, [
      'scenarios[1].overrides.scenes.e1s2.minutes: must be a number ≥ 0',
      'scenarios[1].overrides.scenes.ghost: no scene with id "ghost"',
    ]],
    ['scene overrides of an unknown scene or another field (sound values)', (d) => { d.scenarios[1].overrides.scenes = { ghost: { hours: 1 }, e1s2: { location: 'cafe' } } }, [
      'scenarios[1].overrides.scenes.ghost: no scene with id "ghost"',
      'scenarios[1].overrides.scenes.e1s2.location: a scenario may override only a scene\'s hours and minutes',
    ]],
    ['lists that are not lists', (d) => { d.scenes = {}; d.cast = 'lu' }, ['cast: must be a list', 'scenes: must be a list']],
  ])('refuses %s', (_, change, expected) => {
    expect(problems(change).sort()).toEqual([...expected].sort())
  })
})

describe('checkEdit on the breakdown and plan', () => {
  const prev = (() => { const r = parseProject(doc()); if (!r.ok) throw new Error('fixture'); return r.project })()

  it('accepts a sound edit of a scene and of the plan', () => {
    const next: Project = { ...prev, scenes: prev.scenes!.map((s, i) => (i === 1 ? { ...s, hours: 3 } : s)), shoot: { ...prev.shoot!, order: ['e1s2'] } }
    expect(checkEdit(prev, next)).toEqual([])
  })

  it('names a bad scene, cast member, location or plan by path', () => {
    const next: Project = {
      ...prev,
      scenes: prev.scenes!.map((s, i) => (i === 1 ? { ...s, location: 'moon', minutes: -1 } : s)),
      cast: [...prev.cast!, { id: 'zhao', name: 'Zhao', pay: 'daily' as 'span' }],
      locations: [...prev.locations!, { id: 'cafe', name: 'Again' }],
      shoot: { ...prev.shoot!, hoursPerDay: -1 },
    }
    expect(checkEdit(prev, next).map(formatProblem).sort()).toEqual([
      'cast[2].pay: must be span or worked',
      'scenes[1].minutes: must be a number ≥ 0',
      'shoot.hoursPerDay: must be a number ≥ 0',
    ])
  })

  it('checks references once the parts are sound: an unknown location, an order naming a removed scene', () => {
    const next: Project = { ...prev, scenes: [{ ...prev.scenes![0]!, location: 'moon' }] }
    expect(checkEdit(prev, next).map(formatProblem).sort()).toEqual([
      'scenarios[1].overrides.shoot.order[0]: no scene with id "e1s2"',
      'scenes[0].location: no location with id "moon"',
      'shoot.order[1]: no scene with id "e1s2"',
    ])
  })

  it('checks a scenario\'s plan overrides', () => {
    const next: Project = { ...prev, scenarios: prev.scenarios.map((s, i) => (i === 1 ? { ...s, overrides: { shoot: { hoursPerDay: 0.001 } } } : s)) }
    expect(checkEdit(prev, next).map(formatProblem)).toEqual(['scenarios[1].overrides.shoot.hoursPerDay: must hold at least one minute of shooting (got 0.001 hours)'])
  })
})
