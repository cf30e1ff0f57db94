import { describe, expect, it } from 'vitest'
import type { Project, Scene } from '../../src/engine/types'
import { applyBreakdown, shootingPhase } from '../../src/script/apply'
import { addBreakdownLines } from '../../src/script/lines'
import { hoursPerMinuteFor, packedDays } from '../../src/script/calibrate'
import type { ScriptBreakdown } from '../../src/script'
import { makeProject, valid } from '../support/builders'

const scene = (id: string, location: string, cast: string[] = [], minutes = 1): Scene =>
  ({ id, episode: 1, number: `1-${id.slice(3)}`, time: 'day', setting: 'int', location, cast, minutes })

const breakdown: ScriptBreakdown = {
  locations: [{ id: 'loc1', name: 'Cafe' }, { id: 'loc2', name: 'Street' }],
  cast: [{ id: 'c1', name: 'Leo', pay: 'span' }, { id: 'c2', name: 'Maya', pay: 'span' }],
  scenes: [scene('e1s1', 'loc1', ['c1', 'c2']), scene('e1s2', 'loc2', ['c2']), scene('e1s3', 'loc1'), scene('e1s4', 'loc2', ['c1'])],
  problems: [],
}

describe('the shoot plan a breakdown brings', () => {
  it('chooses hours per minute so the packed days fit the phase', () => {
    // one place: 2 days × 12 h / 4 min = 6 h a minute; two 6-hour scenes fill a day
    const one = breakdown.scenes.map(s => ({ ...s, location: 'loc1' }))
    expect(packedDays(one, 6)).toBe(2)
    expect(hoursPerMinuteFor(one, 2)).toBe(6)
    // alternating places cost a 1-hour move: two scenes a day need 2μ + 60 ≤ 720, μ ≤ 330 min = 5.5 h
    expect(packedDays(breakdown.scenes, 6)).toBe(4)
    expect(hoursPerMinuteFor(breakdown.scenes, 2)).toBe(5.5)
    expect(packedDays(breakdown.scenes, 5.5)).toBe(2)
    // nothing to match: MODEL.md's example rate
    expect(hoursPerMinuteFor(breakdown.scenes, 0)).toBe(1.5)
  })

  it('finds the phase called shooting', () => {
    expect(shootingPhase(makeProject())).toBe('shoot')
    expect(shootingPhase(makeProject({ phases: [{ id: 'p1', name: 'Prep', days: 1 }, { id: 'p2', name: '拍摄', days: 3 }] }))).toBe('p2')
    expect(shootingPhase(makeProject({ phases: [{ id: 'p1', name: 'Prep', days: 1 }] }))).toBeNull()
  })
})

describe('applying a breakdown', () => {
  const project = makeProject({ phases: [{ id: 'shoot', name: 'Shoot', days: 2 }] })

  it('adds locations, cast, scenes, a plan in script order and a line per person and place at rate 0', () => {
    const { project: next, summary } = applyBreakdown(project, breakdown)
    expect(next.locations).toEqual(breakdown.locations)
    expect(next.cast).toEqual(breakdown.cast)
    expect(next.scenes).toEqual(breakdown.scenes)
    expect(next.shoot).toEqual({ phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 5.5, order: ['e1s1', 'e1s2', 'e1s3', 'e1s4'] })
    expect(next.sections.map(s => s.id)).toEqual(['crew', 'cast', 'locations'])
    // the lines are the Breakdown view's "Add cast / location lines" (src/script/lines.ts), unified
    // in integ15: location lines are `location-…` (were `loc-…`), and sections get the next codes
    expect(next.lines.map(l => [l.id, l.section, l.name, l.kind, l.qty, l.rate])).toEqual([
      ['cast-c1', 'cast', 'Leo', 'labor', { of: 'cast:c1' }, 0],
      ['cast-c2', 'cast', 'Maya', 'labor', { of: 'cast:c2' }, 0],
      ['location-loc1', 'locations', 'Cafe', 'cost', { of: 'location:loc1' }, 0],
      ['location-loc2', 'locations', 'Street', 'cost', { of: 'location:loc2' }, 0],
    ])
    expect(next.lines.map(l => l.unit)).toEqual(['day', 'day', 'day', 'day'])
    expect(next.lines[0]!.l10n).toEqual({ 'zh-CN': { unit: '天' } })
    expect(summary).toEqual({ locations: 2, cast: 2, scenes: 4, replaced: 0, lines: 4, shoot: { phase: 'shoot', hoursPerMinute: 5.5 } })
    // the project given is not touched
    expect(project.lines).toEqual([])
    expect(project.scenes).toBeUndefined()
  })

  it('joins the people and places the project has, by name, and keeps its lines and plan', () => {
    const had = {
      ...project,
      sections: [...project.sections, { id: 'talent', name: '演员' }],
      cast: [{ id: 'c1', name: 'MAYA', pay: 'worked' }],
      scenes: [scene('e1s2', 'loc9')],
      locations: [{ id: 'loc9', name: 'Old place' }],
      lines: [{ id: 'maya', section: 'talent', name: 'Maya', kind: 'labor', qty: { of: 'cast:c1' }, unit: 'day', count: 1, rate: 900 }],
      shoot: { phase: 'shoot', hoursPerDay: 10, hoursPerMinute: 2, order: ['e1s2'] },
    } as Project
    const { project: next, summary } = applyBreakdown(had, breakdown)
    // Maya is the project's MAYA (c1); Leo gets an id not yet taken
    expect(next.cast).toEqual([{ id: 'c1', name: 'MAYA', pay: 'worked' }, { id: 'c1-2', name: 'Leo', pay: 'span' }])
    expect(next.scenes![0]).toEqual({ ...breakdown.scenes[1], cast: ['c1'] }) // e1s2 replaced in place
    expect(next.scenes!.map(s => s.id)).toEqual(['e1s2', 'e1s1', 'e1s3', 'e1s4'])
    expect(next.scenes![1]!.cast).toEqual(['c1-2', 'c1'])
    expect(next.shoot).toEqual({ ...had.shoot, order: ['e1s2', 'e1s1', 'e1s3', 'e1s4'] })
    // MAYA already has a line: only Leo gets one, in the section named 演员
    expect(next.lines.filter(l => l.section === 'talent').map(l => l.id)).toEqual(['maya', 'cast-c1-2'])
    expect(summary).toMatchObject({ cast: 1, scenes: 3, replaced: 1, lines: 3, shoot: null })
  })

  it('joins a person whose name the project writes with a job title (管家老陈 = 老陈)', () => {
    const had = { ...project, cast: [{ id: 'chen', name: '管家老陈', pay: 'span' }] } as Project
    const read: ScriptBreakdown = { ...breakdown, cast: [{ id: 'c1', name: '老陈', pay: 'span' }], scenes: [scene('e1s1', 'loc1', ['c1'])] }
    const { project: next, summary } = applyBreakdown(had, read, { lines: false })
    expect(next.cast).toEqual(had.cast)
    expect(next.scenes![0]!.cast).toEqual(['chen'])
    expect(summary.cast).toBe(0)
  })

  it('without lines, gives a project the app accepts today', () => {
    const { project: next } = applyBreakdown(project, breakdown, { lines: false })
    expect(next.lines).toEqual([])
    expect(() => valid(next)).not.toThrow()
  })
})

describe('one way to make breakdown lines', () => {
  it('apply adds exactly the lines the Breakdown view’s Add cast / Add location lines add', () => {
    // Given a project with a coded Cast section (03, one line 03.04) and no locations section
    const p = makeProject({ phases: [{ id: 'shoot', name: 'Shoot', days: 2 }] })
    p.sections = [{ id: 'talent', name: '演员', code: '03' }, { id: 'crew', name: 'Crew', code: '04' }]
    p.lines = [{ id: 'lead', section: 'talent', name: 'Lead', kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 100, code: '03.04' }]
    const applied = applyBreakdown(p, breakdown).project
    const bare = applyBreakdown(p, breakdown, { lines: false }).project
    const byHand = addBreakdownLines(addBreakdownLines(bare, 'cast').project, 'locations').project
    expect(applied).toEqual(byHand)
    // the cast goes on after 03.04; a Locations section 05 is added with 05.01, 05.02
    expect(applied.lines.map(l => [l.section, l.code])).toEqual([
      ['talent', '03.04'], ['talent', '03.05'], ['talent', '03.06'], ['locations', '05.01'], ['locations', '05.02'],
    ])
    expect(applied.sections.at(-1)).toEqual({ id: 'locations', name: 'Locations', group: 'btl', code: '05', l10n: { 'zh-CN': { name: '场地' } } })
    expect(() => valid(applied)).not.toThrow()
  })
})

describe('a scenario that sets the shooting days', () => {
  it('keeps its override and gets no plan, and the summary says which scenario', () => {
    // MODEL.md §6: a plan's phase lasts the packed days, which a scenario may not set
    const p = makeProject({ phases: [{ id: 'shoot', name: 'Shoot', days: 2 }] })
    p.scenarios = [...p.scenarios, { id: 'fast', name: 'Fast', adoption: {}, overrides: { phases: { shoot: { days: 1 } } } }]
    const { project: next, summary } = applyBreakdown(p, breakdown)
    expect(next.shoot).toBeUndefined()
    expect(next.scenarios).toEqual(p.scenarios)
    expect(summary.shoot).toBeNull()
    expect(summary.planRefused).toEqual(['fast'])
    expect(() => valid(next)).not.toThrow()
  })
})
