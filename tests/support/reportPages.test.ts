import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { presetProject } from './browser'
import { endsWithLeadIn, lastLines, parseBboxLayout, withScenarios } from './reportPages'
import type { PageLine } from './reportPages'

/** A line of `pdftotext -bbox-layout`, its words spaced out along it. */
const line = (y: number, words: string[], x = 40) => `<line xMin="${x}" yMin="${y}" xMax="${x + 100}" yMax="${y + 9}">${words.map((w, i) => `<word xMin="${x + 20 * i}" yMin="${y}" xMax="${x + 20 * i + 15}" yMax="${y + 9}">${w}</word>`).join('')}</line>`
const page = (...lines: string[]) => `<page width="595" height="842"><flow><block xMin="0" yMin="0" xMax="1" yMax="1">${lines.join('\n')}</block></flow></page>`

describe('parseBboxLayout', () => {
  it('gives each page\'s lines top to bottom, their words joined and unescaped', () => {
    const xhtml = `<html><body><doc>${page(line(700, ['Total', '1,000']), line(40, ['R&amp;D', '&lt;b&gt;']))}${page()}</doc></body></html>`
    expect(parseBboxLayout(xhtml)).toEqual([
      [{ text: 'R&D <b>', yMin: 40, yMax: 49 }, { text: 'Total 1,000', yMin: 700, yMax: 709 }],
      [],
    ])
  })
})

describe('lastLines and endsWithLeadIn', () => {
  const isNumber = (t: string) => /^\d+ \/ \d+$/.test(t)
  const lines = (...rows: [number, string][]): PageLine[] => rows.map(([y, text]) => ({ text, yMin: y, yMax: y + 9 }))
  const leadIns = { starts: ['Scenario comparison', 'Every scenario of the project; changes are against Traditional.'], whole: ['01 Script', 'By section'] }

  it('joins the cells of one row and leaves out the page number', () => {
    // The row's cells are separate lines; a taller cell (two lines of text) still belongs to the row.
    const page = [...lines([100, 'Total'], [101, '1,000.00'], [800, '3 / 9']), { text: 'Contingency', yMin: 80, yMax: 95 }]
    expect(lastLines(page.sort((a, b) => a.yMin - b.yMin), isNumber, 2)).toEqual(['Total 1,000.00', 'Contingency'])
    expect(lastLines(lines([800, '3 / 9']), isNumber)).toEqual([])
  })

  it('finds a heading, a note (or its wrapped end) or a section\'s own row at the page\'s foot', () => {
    expect(endsWithLeadIn(lines([300, 'Total 5'], [700, 'Scenario comparison Amounts in CNY'], [800, '1 / 9']), leadIns, isNumber)).toBe('Scenario comparison')
    expect(endsWithLeadIn(lines([700, 'Every scenario of the project;'], [712, 'changes are against Traditional.']), leadIns, isNumber)).toBe(leadIns.starts[1])
    expect(endsWithLeadIn(lines([700, '01  Script']), leadIns, isNumber)).toBe('01 Script')
    const note = /^.*?scenes,.*?locations/
    expect(endsWithLeadIn(lines([700, '56 scenes, 9 locations, 8 cast members']), { starts: [note], whole: [] }, isNumber)).toBe(String(note))
    expect(endsWithLeadIn(lines([700, 'E1 3 scenes']), { starts: [note], whole: [] }, isNumber)).toBeNull()
  })

  it('lets a page end on content: a table row, a subtotal starting like a section, a short word found in a note', () => {
    expect(endsWithLeadIn(lines([700, 'Scenario comparison'], [720, 'By section'], [730, '01 Script 20,000.00 17,500.00']), leadIns, isNumber)).toBeNull()
    expect(endsWithLeadIn(lines([700, 'Script subtotal 20,000.00']), leadIns, isNumber)).toBeNull()
    expect(endsWithLeadIn(lines([700, 'project']), leadIns, isNumber)).toBeNull()
    expect(endsWithLeadIn([], leadIns, isNumber)).toBeNull()
  })
})

describe('withScenarios', () => {
  const preset = presetProject('cn-micro-drama')

  it('keeps the preset\'s first scenarios, then adds variants named in both languages, each a different mix', () => {
    expect(withScenarios(preset, 1).scenarios.map(s => s.id)).toEqual(['baseline'])
    const ten = withScenarios(preset, 10)
    expect(ten.scenarios.map(s => s.id)).toEqual(['baseline', 'ai', 'ai-aggressive', ...[4, 5, 6, 7, 8, 9, 10].map(k => `variant-${k}`)])
    expect(ten.scenarios[3]).toMatchObject({ name: 'Variant 4', l10n: { 'zh-CN': { name: '方案 4' } } })
    const totals = computeProject(ten).scenarios.map(s => s.result.total)
    expect(new Set(totals).size, 'ten different totals').toBe(10)
  })
})
