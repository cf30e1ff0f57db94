import { describe, expect, it } from 'vitest'
import { computeProject } from '@/engine/compute'
import { parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'
import * as edits from '@/stores/edits'
import example from '../fixtures/model-example.json'

const project = () => structuredClone(example) as unknown as Project
const calendar = (p: Project) => computeProject(p).scenarios[0]!.result.calendarDays

describe('edits', () => {
  it('deleting a phase keeps the order: its successors wait for its predecessors', () => {
    // Script 20 → prep 7 → shoot 8 → post 15 (lag −3): 47 days. Without prep: 20 + 8 + 15 − 3 = 40.
    const p = edits.deletePhase(project(), 'prep')
    expect(calendar(project())).toBe(47)
    expect(p.phases.find(x => x.id === 'shoot')!.after).toEqual(['script'])
    expect(parseProject(p).ok).toBe(true)
    expect(calendar(p)).toBe(40)
  })

  it('deleting a phase with no predecessors leaves its successors free', () => {
    const p = edits.deletePhase(project(), 'script')
    expect(p.phases.find(x => x.id === 'prep')!.after).toBeUndefined()
    expect(calendar(p)).toBe(27)
  })

  it('deleting a line or a section narrows lever targets to what is left, never widens them', () => {
    const before = project()
    before.levers![0]!.targets = { lines: ['dp'] }
    const p = edits.deleteLine(before, 'dp')
    // The edit is pure: the project it started from is as it was
    expect(before.levers![0]!.targets).toEqual({ lines: ['dp'] })
    expect(p.levers![0]!.targets).toEqual({ lines: [] })
    expect(computeProject(p).scenarios[1]!.result.lines.every(l => l.levers.length === 0)).toBe(true)
  })

  it('a lever from the library gets a fresh id, the project currency and a section for its tool cost', () => {
    const before = project()
    before.sections = before.sections.filter(s => s.id !== 'ai')
    before.levers = []
    before.scenarios[1]!.adoption = {}
    const { project: p, id } = edits.addLever(before, {
      id: 'x', name: 'X', targets: { kinds: ['labor'] }, reduction: { low: 1, likely: 2, high: 3 },
      phaseDays: { nowhere: { low: 1, likely: 2, high: 3 }, shoot: { low: 1, likely: 2, high: 3 } },
      toolCost: { amount: 10, per: 'minute', section: 'ai' }, toolCostAmounts: { CNY: 72, USD: 10 },
    } as never, 'AI tools')
    expect(id).toBe('x')
    const added = p.levers!.find(l => l.id === 'x')!
    expect(added.toolCost!.amount).toBe(72)
    expect(Object.keys(added.phaseDays!)).toEqual(['shoot'])
    expect(p.sections.at(-1)).toEqual({ id: 'ai', name: 'AI tools', group: 'other' })
    expect('toolCostAmounts' in added).toBe(false)
    expect(parseProject(p).ok).toBe(true)
  })
})

describe('edits share what they leave alone', () => {
  it('a rate edit copies one line and the list of lines, nothing else', () => {
    const before = project()
    const after = edits.setLineNumber(before, 'dp', 'rate', 2800)
    expect(after).not.toBe(before)
    expect(after.lines).not.toBe(before.lines)
    const j = before.lines.findIndex(l => l.id === 'dp')
    expect(after.lines[j]).toEqual({ ...before.lines[j], rate: 2800 })
    expect(before.lines[j]!.rate).toBe(3000)
    after.lines.forEach((l, i) => { if (i !== j) expect(l).toBe(before.lines[i]) })
    for (const key of ['meta', 'phases', 'sections', 'fringes', 'markups', 'levers', 'scenarios'] as const) expect(after[key]).toBe(before[key])
  })

  it('a pasted block sets each value on its line in one edit', () => {
    const before = project()
    const [a, b] = before.lines.slice(0, 2).map(l => l.id)
    const after = edits.setLineCells(before, [{ id: a!, field: 'count', value: 3 }, { id: b!, field: 'count', value: 4 }])
    expect(after.lines.slice(0, 2).map(l => l.count)).toEqual([3, 4])
    expect(after.lines.slice(2)).toEqual(before.lines.slice(2))
  })

  it('a new line goes after the one asked for, and an empty code removes the code', () => {
    const before = project()
    const { project: p, id } = edits.addLine(before, before.lines[0]!.section, 'New line', before.lines[0]!.id)
    const code = edits.nextLineCode(before, before.lines[0]!.section)
    expect(p.lines[1]).toEqual({ id, section: before.lines[0]!.section, ...(code ? { code } : {}), name: 'New line', kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 0 })
    expect(p.lines).toHaveLength(before.lines.length + 1)
    const coded = edits.setLineText(p, id, 'code', ' 2101 ')
    expect(coded.lines[1]!.code).toBe('2101')
    expect('code' in edits.setLineText(coded, id, 'code', '').lines[1]!).toBe(false)
  })

  it('renaming a line drops its translations without touching the version it came from', () => {
    const before = project()
    const withL10n = edits.updateLine(before, 'dp', l => ({ ...l, l10n: { 'zh-CN': { name: '摄影指导' } } }))
    const renamed = edits.setLineText(withL10n, 'dp', 'name', 'DoP')
    expect(renamed.lines.find(l => l.id === 'dp')).not.toHaveProperty('l10n')
    expect(withL10n.lines.find(l => l.id === 'dp')!.l10n).toEqual({ 'zh-CN': { name: '摄影指导' } })
  })

  it('ids named like Object.prototype members are data: a lever "__proto__" is adopted and removed like any other', () => {
    const before = project()
    const p = { ...before, levers: [...before.levers!, JSON.parse('{"id": "__proto__", "name": "Odd", "targets": {"kinds": ["labor"]}, "reduction": {"low": 1, "likely": 2, "high": 3}}')] }
    expect(parseProject(p).ok).toBe(true)
    const adopted = edits.setAdoption(p, 'ai', '__proto__', 50)
    const s = adopted.scenarios.find(x => x.id === 'ai')!
    expect(Object.hasOwn(s.adoption, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(s.adoption)).toBe(Object.prototype)
    expect(parseProject(adopted).ok).toBe(true)
    const gone = edits.deleteLever(adopted, '__proto__')
    expect(Object.hasOwn(gone.scenarios.find(x => x.id === 'ai')!.adoption, '__proto__')).toBe(false)
  })
})
