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
    const p = project()
    expect(calendar(p)).toBe(47)
    edits.deletePhase(p, 'prep')
    expect(p.phases.find(x => x.id === 'shoot')!.after).toEqual(['script'])
    expect(parseProject(p).ok).toBe(true)
    expect(calendar(p)).toBe(40)
  })

  it('deleting a phase with no predecessors leaves its successors free', () => {
    const p = project()
    edits.deletePhase(p, 'script')
    expect(p.phases.find(x => x.id === 'prep')!.after).toBeUndefined()
    expect(calendar(p)).toBe(27)
  })

  it('deleting a line or a section narrows lever targets to what is left, never widens them', () => {
    const p = project()
    p.levers![0]!.targets = { lines: ['dp'] }
    edits.deleteLine(p, 'dp')
    expect(p.levers![0]!.targets).toEqual({ lines: [] })
    expect(computeProject(p).scenarios[1]!.result.lines.every(l => l.levers.length === 0)).toBe(true)
  })

  it('a lever from the library gets a fresh id, the project currency and a section for its tool cost', () => {
    const p = project()
    p.sections = p.sections.filter(s => s.id !== 'ai')
    p.levers = []
    p.scenarios[1]!.adoption = {}
    const id = edits.addLever(p, {
      id: 'x', name: 'X', targets: { kinds: ['labor'] }, reduction: { low: 1, likely: 2, high: 3 },
      phaseDays: { nowhere: { low: 1, likely: 2, high: 3 }, shoot: { low: 1, likely: 2, high: 3 } },
      toolCost: { amount: 10, per: 'minute', section: 'ai' }, toolCostAmounts: { CNY: 72, USD: 10 },
    } as never, 'AI tools')
    expect(id).toBe('x')
    const added = p.levers.find(l => l.id === 'x')!
    expect(added.toolCost!.amount).toBe(72)
    expect(Object.keys(added.phaseDays!)).toEqual(['shoot'])
    expect(p.sections.at(-1)).toEqual({ id: 'ai', name: 'AI tools', group: 'other' })
    expect('toolCostAmounts' in added).toBe(false)
    expect(parseProject(p).ok).toBe(true)
  })
})
