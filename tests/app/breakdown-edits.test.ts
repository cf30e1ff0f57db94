import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { computeProject } from '@/engine/compute'
import { formatProblem, parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'
import * as bd from '@/stores/breakdownEdits'
import { useProjectStore } from '@/stores/project'
import example from '../fixtures/breakdown-example.json'

const project = () => structuredClone(example) as unknown as Project
const scene = (p: Project, id: string) => p.scenes!.find(s => s.id === id)!
const valid = (p: Project) => {
  const r = parseProject(JSON.parse(JSON.stringify(p)))
  return r.ok ? [] : r.problems.map(formatProblem)
}

describe('breakdown edits', () => {
  it('the example project is valid', () => {
    expect(valid(project())).toEqual([])
  })

  it('renames a cast member or a location and leaves the scenes pointing at it', () => {
    const before = project()
    const p = bd.renameEntry(before, 'cast', 'maya', '  Maya Lin ')
    expect(p.cast!.find(c => c.id === 'maya')!.name).toBe('Maya Lin')
    expect(before.cast!.find(c => c.id === 'maya')!.name).toBe('Maya')
    expect(p.scenes).toBe(before.scenes)
    expect(bd.renameEntry(before, 'locations', 'cafe', '星巴克').locations!.find(l => l.id === 'cafe')!.name).toBe('星巴克')
    expect(() => bd.renameEntry(before, 'cast', 'maya', '  ')).toThrow('a name cannot be empty')
    expect(() => bd.renameEntry(before, 'cast', 'nobody', 'X')).toThrow('no cast member "nobody"')
  })

  it('merging MAYA into Maya rewrites the two scenes that named MAYA and the line that followed MAYA', () => {
    // Given a line following MAYA's days and a scene naming both (which must keep Maya once)
    let before = project()
    before = bd.setScene(before, 'e3s3', { cast: ['lin-yue', 'maya-2', 'maya'] })
    before = bd.addBreakdownLines(before, 'cast').project
    const mayaLine = before.lines.find(l => typeof l.qty === 'object' && l.qty.of === 'cast:maya-2')!
    const p = bd.mergeEntries(before, 'cast', 'maya', ['maya-2'])
    expect(p.cast!.map(c => c.id)).toEqual(['shen-nian', 'lu-cheng', 'lin-yue', 'shen-mu', 'xiao-wang', 'maya'])
    expect(scene(p, 'e3s3').cast).toEqual(['lin-yue', 'maya'])
    expect(scene(p, 'e6s5').cast).toEqual(['shen-nian', 'lu-cheng', 'maya'])
    expect(p.lines.find(l => l.id === mayaLine.id)!.qty).toEqual({ of: 'cast:maya' })
    // Scenes that did not name MAYA are the same objects
    expect(scene(p, 'e1s1')).toBe(scene(before, 'e1s1'))
    expect(valid(p)).toEqual([])
  })

  it('merging 沈家 客厅 into 沈家客厅 moves its two scenes', () => {
    const p = bd.mergeEntries(project(), 'locations', 'shen-living', ['shen-living-2'])
    expect(p.locations!.some(l => l.id === 'shen-living-2')).toBe(false)
    expect(p.scenes!.filter(s => s.location === 'shen-living').map(s => s.id)).toEqual(['e1s1', 'e2s2', 'e3s4', 'e4s4', 'e6s1'])
    expect(valid(p)).toEqual([])
  })

  it('merging into itself or nothing changes nothing; unknown ids are refused', () => {
    const p = project()
    expect(bd.mergeEntries(p, 'cast', 'maya', ['maya'])).toBe(p)
    expect(() => bd.mergeEntries(p, 'cast', 'maya', ['ghost'])).toThrow('no cast member "ghost"')
    expect(() => bd.mergeEntries(p, 'locations', 'ghost', ['cafe'])).toThrow('no location "ghost"')
  })

  it('a merge is one undo step in the project store', () => {
    setActivePinia(createPinia())
    const store = useProjectStore()
    const before = project()
    store.open(before, { id: null })
    expect(store.update(p => bd.mergeEntries(p, 'cast', 'maya', ['maya-2']))).toEqual([])
    expect(store.project.cast!.length).toBe(6)
    store.undo()
    expect(store.project).toBe(before)
    store.redo()
    expect(store.project.cast!.length).toBe(6)
  })

  it('finds names written twice, case and spaces aside', () => {
    const p = project()
    expect(bd.lookAlikes(p.cast!).map(g => g.map(x => x.id))).toEqual([['maya', 'maya-2']])
    expect(bd.lookAlikes(p.locations!).map(g => g.map(x => x.id))).toEqual([['shen-living', 'shen-living-2']])
    expect(bd.sameName('Ｍａｙａ', 'maya')).toBe(true)
  })

  it('a scene edit changes that scene only; hours null and empty tags are removed', () => {
    const before = project()
    const p = bd.setScene(before, 'e1s2', { minutes: 0.75, hours: 2, tags: [' night-shoot ', '', 'night-shoot'] })
    expect(scene(p, 'e1s2')).toMatchObject({ minutes: 0.75, hours: 2, tags: ['night-shoot'] })
    const q = bd.setScene(p, 'e1s2', { hours: null, tags: [] })
    expect('hours' in scene(q, 'e1s2')).toBe(false)
    expect('tags' in scene(q, 'e1s2')).toBe(false)
    expect(scene(q, 'e1s1')).toBe(scene(before, 'e1s1'))
    expect(() => bd.setScene(before, 'nope', { minutes: 1 })).toThrow('no scene "nope"')
  })

  it('cast typed as names: known names (case aside) are reused, a new one is added', () => {
    const p = bd.setSceneCastNames(project(), 'e1s1', ['沈念', ' maya ', '周总', '沈念'])
    expect(scene(p, 'e1s1').cast).toEqual(['shen-nian', 'maya', 'cast'])
    expect(p.cast!.at(-1)).toEqual({ id: 'cast', name: '周总', pay: 'span' })
    expect(valid(p)).toEqual([])
  })

  it('next account codes keep their width', () => {
    expect(bd.nextCode(['03.01', '03.07', '03.02'], '03.01')).toBe('03.08')
    expect(bd.nextCode(['04', '07', '10'], undefined)).toBe('11')
    expect(bd.nextCode([], '08.01')).toBe('08.01')
    expect(bd.nextCode(['A', 'B'], undefined)).toBeUndefined()
    expect(bd.nextCode(['1-9', '1-10'], undefined)).toBe('1-11')
  })

  it('adds one cast line per member in a new Cast section with the next codes, then none twice', () => {
    const { project: p, added, section } = bd.addBreakdownLines(project(), 'cast')
    // Sections 04 and 07 exist: the new one is 08, its lines 08.01…08.07
    expect(section).toBe('cast')
    // (unified with the script's apply: the section and unit carry both languages, whatever the UI's)
    expect(p.sections.at(-1)).toEqual({ id: 'cast', name: 'Cast', group: 'atl', l10n: { 'zh-CN': { name: '演员' } }, code: '08' })
    expect(added).toHaveLength(7)
    const first = p.lines.find(l => l.id === added[0])!
    expect(first).toEqual({ id: 'cast-shen-nian', section: 'cast', name: '沈念', kind: 'labor', qty: { of: 'cast:shen-nian' }, unit: 'day', count: 1, rate: 0, code: '08.01', l10n: { 'zh-CN': { unit: '天' } } })
    expect(p.lines.find(l => l.id === added[6])!.code).toBe('08.07')
    expect(valid(p)).toEqual([])
    // Without a shoot plan the days are 0: the lines add nothing
    expect(computeProject(p).scenarios[0]!.result.total).toBe(computeProject(project()).scenarios[0]!.result.total)
    const again = bd.addBreakdownLines(p, 'cast')
    expect(again.added).toEqual([])
    expect(again.project).toBe(p)
  })

  it('location lines are cost lines in a Locations section; an existing section is reused', () => {
    const { project: p } = bd.addBreakdownLines(project(), 'locations')
    const lines = p.lines.filter(l => l.section === 'locations')
    expect(lines.map(l => [l.code, l.kind, l.qty])).toEqual(p.locations!.map((x, i) => [`08.0${i + 1}`, 'cost', { of: `location:${x.id}` }]))
    // A project with its own Cast section (by name) gets the lines there, after its last line
    const own = project()
    own.sections.push({ id: 'talent', name: 'cast', code: '03' })
    own.lines.push({ id: 'lead', section: 'talent', name: 'Lead', kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 100, code: '03.04' })
    const r = bd.addBreakdownLines(own, 'cast')
    expect(r.section).toBe('talent')
    expect(r.project.sections).toBe(own.sections)
    expect(r.project.lines.filter(l => l.section === 'talent').map(l => l.code)).toEqual(['03.04', '03.05', '03.06', '03.07', '03.08', '03.09', '03.10', '03.11'])
  })

  it('property: a merge leaves no reference to what was merged away, and nothing else changes', () => {
    const base = bd.addBreakdownLines(project(), 'cast').project
    const ids = base.cast!.map(c => c.id)
    fc.assert(fc.property(fc.constantFrom(...ids), fc.subarray(ids), (survivor, gone) => {
      const p = bd.mergeEntries(base, 'cast', survivor, gone)
      const away = new Set(gone.filter(g => g !== survivor))
      expect(p.cast!.map(c => c.id)).toEqual(ids.filter(id => !away.has(id)))
      expect(p.scenes!.length).toBe(base.scenes!.length)
      p.scenes!.forEach((s, i) => {
        const was = base.scenes![i]!
        expect(new Set(s.cast).size).toBe(s.cast.length)
        expect(s.cast.some(c => away.has(c))).toBe(false)
        // A scene has the survivor exactly when it had the survivor or one merged into it
        expect(s.cast.includes(survivor)).toBe(was.cast.some(c => c === survivor || away.has(c)))
      })
      expect(p.lines.every(l => typeof l.qty !== 'object' || !away.has(l.qty.of.replace(/^cast:/, '')))).toBe(true)
      expect(p.lines.length).toBe(base.lines.length)
      expect(valid(p)).toEqual([])
    }), { numRuns: 60 })
  })
})
