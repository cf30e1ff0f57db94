/**
 * The printed report's rows (src/components/exports/report.ts) on the fixture of MODEL.md §1, whose
 * figures are worked out by hand in tests/export/csv.test.ts:
 *   Traditional: crew 26,880 + 12,000 = 38,880; cast 40,000; AI tools 0; subtotal 78,880;
 *     contingency 7,888; total 86,768.
 *   AI-assisted: crew 12,550.27 + 9,000 = 21,550.27; cast 20,010; AI tools 72,000; subtotal
 *     113,560.27; contingency 11,356.03; total 124,916.30.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnGroups, comparisonWidth, detailTable, includedScenarios, isLandscape, topsheetRows } from '@/components/exports/report'
import { computeProject } from '@/engine/compute'
import type { Project } from '@/engine/types'
import { fixtureJson, valid } from '../support/builders'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw project files */

function coded(): Project {
  const doc = fixtureJson() as any
  doc.sections[0].code = '2000'
  doc.sections[1].code = '1400'
  return valid(doc)
}

describe('topsheetRows', () => {
  it('lists sections with their codes, the subtotal, the markups and the total of both scenarios', () => {
    const p = coded()
    const r = computeProject(p)
    const [base, ai] = r.scenarios.map(s => s.result)
    expect(topsheetRows(p, base!, ai!)).toEqual([
      { key: 's-crew', kind: 'section', code: '2000', id: 'crew', base: 3_888_000, scen: 2_155_027 },
      { key: 's-cast', kind: 'section', code: '1400', id: 'cast', base: 4_000_000, scen: 2_001_000 },
      { key: 's-ai', kind: 'section', code: '', id: 'ai', base: 0, scen: 7_200_000 },
      { key: 'subtotal', kind: 'subtotal', code: '', id: '', base: 7_888_000, scen: 11_356_027 },
      { key: 'm-contingency', kind: 'markup', code: '', id: 'contingency', percent: 10, base: 788_800, scen: 1_135_603 },
      { key: 'total', kind: 'total', code: '', id: '', base: 8_676_800, scen: 12_491_630 },
    ])
  })
})

describe('the scenarios a report includes', () => {
  it('keeps the chosen ones in the project\'s order, all when none is chosen or none is left', () => {
    const r = computeProject(coded())
    expect(includedScenarios(r, null)).toEqual(['baseline', 'ai'])
    expect(includedScenarios(r, ['ai', 'gone'])).toEqual(['ai'])
    expect(includedScenarios(r, ['ai', 'baseline'])).toEqual(['baseline', 'ai'])
    expect(includedScenarios(r, ['gone'])).toEqual(['baseline', 'ai'])
  })

  it('turns landscape by itself past four scenarios, and holds eight to a table then', () => {
    expect([4, 5].map(n => isLandscape('auto', n))).toEqual([false, true])
    expect(isLandscape('portrait', 9)).toBe(false)
    expect(isLandscape('landscape', 1)).toBe(true)
    expect([comparisonWidth(false), comparisonWidth(true)]).toEqual([5, 8])
  })

  it('columnGroups splits a list into the fewest tables of at most n, as even as can be', () => {
    expect(columnGroups([1, 2, 3, 4, 5, 6, 7], 5)).toEqual([[1, 2, 3, 4], [5, 6, 7]])
    expect(columnGroups([1, 2, 3, 4, 5, 6], 5)).toEqual([[1, 2, 3], [4, 5, 6]])
    expect(columnGroups([1, 2, 3, 4, 5], 5)).toEqual([[1, 2, 3, 4, 5]])
    expect(columnGroups([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11]])
    expect(columnGroups([], 5)).toEqual([])
  })

  it('columnGroups keeps every column once, in order, at most n to a table, sizes one apart at most', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (list, n) => {
      const groups = columnGroups(list, n)
      expect(groups.flat()).toEqual(list)
      expect(groups).toHaveLength(Math.ceil(list.length / n))
      const sizes = groups.map(g => g.length)
      expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(n)
      if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    }))
  })
})

describe('detailTable', () => {
  it('has the baseline and the scenario shown, or the baseline alone when it is shown', () => {
    const p = coded()
    const r = computeProject(p)
    expect(detailTable(p, r, 'baseline', 'ai').columns.map(c => c.id)).toEqual(['baseline', 'ai'])
    expect(detailTable(p, r, 'baseline', 'baseline').columns.map(c => c.id)).toEqual(['baseline'])
    const t = detailTable(p, r, 'baseline', 'ai')
    expect(t.sections.map(s => [s.section.id, s.lines.map(l => l.line.id), s.tools.map(x => x.lever.id), s.amounts])).toEqual([
      ['crew', ['dp', 'camera'], [], [3_888_000, 2_155_027]],
      ['cast', ['lead'], [], [4_000_000, 2_001_000]],
      ['ai', [], ['ai-live-action'], [0, 7_200_000]],
    ])
  })
})
