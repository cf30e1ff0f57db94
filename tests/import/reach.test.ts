import { describe, expect, it } from 'vitest'
import { columnLetter, lineFigures, projectToAdd, shownRows } from '../../src/components/import/preview'
import { parseProject } from '../../src/engine/validate'
import type { Lever, Project } from '../../src/engine/types'
import { importWorkbook, readCsv } from '../../src/import'
import type { SheetImport } from '../../src/import'
import { leverReach, suggestedTargets, untargetedLines, withSuggestedTargets } from '../../src/import/reach'
import { MMB_CSV } from './fixtures'

function imported(csv: string): SheetImport {
  const r = importWorkbook(readCsv(new TextEncoder().encode(csv)))
  if (!r.ok) throw new Error(r.reason)
  return r
}

// A producer's sheet whose names earn no tag: 人员 (people) and 后勤 (logistics).
const PLAIN = [
  '项目,数量,单价,金额',
  '一、人员,,,',
  '甲,1,100,100',
  '二、后勤,,,',
  '乙,1,50,50',
].join('\n')

const liveAction: Lever = { id: 'ai-live-action', name: 'Live action', targets: { kinds: ['labor'], tags: ['on-set'] }, reduction: { low: 10, likely: 33.3, high: 50 } }
const editing: Lever = { id: 'ai-editing', name: 'Editing', targets: { tags: ['editing', 'color', 'sound'] } }

describe('the lever library on imported lines', () => {
  it('reaches the lines whose section names earned its tags at import', () => {
    const r = imported(MMB_CSV)
    // CAST lines are labor, tagged on-set; the WRITERS lines are not on set.
    expect(leverReach(r.project, liveAction)).toEqual({ lines: ['r9', 'r10'], sections: ['s8'] })
    expect(suggestedTargets(r.project, liveAction)).toBeNull()
    const withLever: Project = { ...r.project, levers: [liveAction] }
    expect(untargetedLines(withLever).map(l => l.name)).toEqual(['Screenplay', 'Script editor'])
  })

  it('suggests sections by their names when the lever\'s own targets reach nothing', () => {
    const p = imported(PLAIN).project
    const renamed: Project = { ...p, sections: p.sections.map(s => s.name === '二、后勤' ? { ...s, name: '二、后期制作' } : s) }
    expect(leverReach(renamed, editing).lines).toEqual([])
    const post = renamed.sections.find(s => s.name === '二、后期制作')!.id
    expect(suggestedTargets(renamed, editing)).toEqual({ sections: [post] })
    expect(withSuggestedTargets(renamed, editing).targets).toEqual({ sections: [post] })
    // No name fits: the lever is added as it is, and says it reaches nothing.
    expect(suggestedTargets(p, editing)).toBeNull()
    expect(withSuggestedTargets(p, editing)).toBe(editing)
  })
})

describe('the preview\'s helpers', () => {
  it('adds the project with a Traditional baseline and an AI-assisted scenario', () => {
    const r = imported(MMB_CSV)
    const p = projectToAdd(r)
    expect(p.scenarios.map(s => [s.id, s.name, s.baseline ?? false, s.adoption])).toEqual([['baseline', 'Traditional', true, {}], ['ai', 'AI-assisted', false, {}]])
    expect(parseProject(p).ok).toBe(true)
    expect(r.project.scenarios).toHaveLength(1) // the import itself is left as it was
  })

  it('shows rows from the header on, a line\'s figures and column letters', () => {
    const r = imported(MMB_CSV)
    expect(shownRows(r).map(x => x.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(lineFigures(r, 'r10', String)).toBe('8 Days × 3 × 400')
    expect([0, 7, 25, 26, 27].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AB'])
  })
})
