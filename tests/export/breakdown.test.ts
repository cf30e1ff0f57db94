import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/engine/types'
import { BREAKDOWN_TEXTS_EN, breakdownCsv, breakdownSheet, breakdownXlsx } from '../../src/export/breakdown'
import type { BreakdownTexts } from '../../src/export/breakdown'
import { readXlsx } from './support'
import example from '../fixtures/breakdown-example.json'

const project = () => structuredClone(example) as unknown as Project

/** The Chinese words, as the app passes them in Chinese. */
const ZH: BreakdownTexts = {
  index: '序号', episode: '集', scene: '场', time: '日/夜', setting: '内/外', location: '地点', cast: '人物', minutes: '预估时长',
  tags: '标签', sheet: '分场表', separator: '、',
  times: { day: '日', night: '夜', dawn: '晨', dusk: '昏' },
  settings: { 'int': '内', 'ext': '外', 'int-ext': '内外' },
}

describe('the breakdown sheet (分场表)', () => {
  it('in Chinese: the headings, then a row per scene in script order', () => {
    const rows = breakdownSheet(project(), { texts: ZH })
    expect(rows[0]).toEqual(['序号', '集', '场', '日/夜', '内/外', '地点', '人物', '预估时长', '标签'])
    expect(rows).toHaveLength(31)
    expect(rows[1]).toEqual([1, 1, '1-1', '日', '内', '沈家客厅', '沈念、沈母', 0.4, 'opening'])
    expect(rows[18]).toEqual([18, 4, '4-3', '日', '内外', '咖啡厅', 'Maya、林悦', 0.3, ''])
    expect(rows[30]).toEqual([30, 6, '6-5', '日', '内', '咖啡厅', '沈念、陆乘、MAYA', 0.4, 'finale'])
  })

  it('in English by default', () => {
    const rows = breakdownSheet(project())
    expect(rows[0]).toEqual(['No.', 'Episode', 'Scene', 'Day/night', 'Int/ext', 'Location', 'Cast', 'Est. minutes', 'Tags'])
    expect(rows[3]).toEqual([3, 1, '1-3', 'Night', 'Ext', '街道', '沈念', 0.2, 'establishing'])
    expect(rows[11]).toEqual([11, 3, '3-1', 'Dawn', 'Int', '医院走廊', '沈念, 陆乘', 0.5, ''])
  })

  it('CSV: a BOM when asked, quoted where a comma is, formulas neutralised, numbers bare', () => {
    const p = project()
    p.cast!.find(c => c.id === 'maya')!.name = '=HYPERLINK("x")'
    p.scenes![0]!.tags = ['a', 'b']
    const csv = breakdownCsv(p, { bom: true })
    expect(csv.startsWith('\uFEFFNo.,Episode,Scene,Day/night,Int/ext,Location,Cast,Est. minutes,Tags\n')).toBe(true)
    const lines = csv.slice(1).split('\n')
    expect(lines).toHaveLength(32)
    expect(lines[31]).toBe('')
    expect(lines[1]).toBe('1,1,1-1,Day,Int,沈家客厅,"沈念, 沈母",0.4,"a, b"')
    // A name that a spreadsheet would run as a formula is shown as text
    expect(lines[18]).toBe('18,4,4-3,Day,Int/Ext,咖啡厅,"\'=HYPERLINK(""x""), 林悦",0.3,')
    expect(breakdownCsv(p, { texts: ZH }).split('\n')[1]).toBe('1,1,1-1,日,内,沈家客厅,沈念、沈母,0.4,a、b')
  })

  it('XLSX: one sheet named in the language, the same cells, minutes as numbers', async () => {
    const wb = await readXlsx(await breakdownXlsx(project(), { texts: ZH }))
    expect(wb.worksheets.map(w => w.name)).toEqual(['分场表'])
    const ws = wb.worksheets[0]!
    const row = (n: number) => Array.from({ length: 9 }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? '')
    expect(row(1)).toEqual(['序号', '集', '场', '日/夜', '内/外', '地点', '人物', '预估时长', '标签'])
    expect(row(2)).toEqual([1, 1, '1-1', '日', '内', '沈家客厅', '沈念、沈母', 0.4, 'opening'])
    expect(row(31)).toEqual([30, 6, '6-5', '日', '内', '咖啡厅', '沈念、陆乘、MAYA', 0.4, 'finale'])
    expect(ws.rowCount).toBe(31)
    expect(ws.getRow(1).font?.bold).toBe(true)
  })

  it('a project without scenes gives the headings alone', () => {
    const p = project()
    delete p.scenes
    expect(breakdownCsv(p)).toBe(`${Object.values(BREAKDOWN_TEXTS_EN).slice(0, 9).join(',')}\n`)
  })
})
