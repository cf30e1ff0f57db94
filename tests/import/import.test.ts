import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { parseProject } from '../../src/engine/validate'
import { importWorkbook, readCsv } from '../../src/import'
import type { ImportResult, SheetImport } from '../../src/import'
import { decode, detectSeparator } from '../../src/import/csv'
import { importFile } from '../../src/import/read'
import { GBK_TEXT, MESSY_CSV, MMB_CSV, SEMICOLON_CSV, chineseXlsx, gbk } from './fixtures'

const utf8 = (s: string) => new TextEncoder().encode(s)

function ok(r: ImportResult | { ok: false }): SheetImport {
  if (!r.ok) throw new Error(`not imported: ${JSON.stringify(r)}`)
  // Every import is a valid project file (MODEL.md §1).
  const parsed = parseProject(r.project)
  if (!parsed.ok) throw new Error(parsed.problems.map(p => `${p.path}: ${p.message}`).join('\n'))
  return r
}

/** Each line as `code name qty×count×rate`. */
const linesOf = (r: SheetImport) => r.project.lines.map(l => `${l.code ?? ''} ${l.name} ${String(l.qty)}×${l.count}×${l.rate}`)
const checksOf = (r: SheetImport) => r.check.checks.map(c => [c.row, c.label, c.sheet, c.computed])

describe('an XLSX with merged title rows, bold sections, subtotals and formulas', () => {
  it('reads the lines, sections, codes, notes, markup and totals', async () => {
    const r = ok(await importFile('重生.xlsx', await chineseXlsx()))
    expect(r.sheet).toBe('预算') // the first sheet holds no budget
    expect(r.headerRow).toBe(4)
    expect(r.project.meta.title).toBe('《重生之千金归来》制作预算 80集 × 1.5分钟')
    expect(r.project.meta).toMatchObject({ currency: 'CNY', locale: 'zh-CN', episodes: 80, minutesPerEpisode: 1.5 })
    expect(r.currency).toMatchObject({ code: 'CNY', from: 'sheet' })
    expect(r.project.sections.map(s => [s.code, s.name])).toEqual([['1100', '演员'], ['2100', '剧组']])
    expect(linesOf(r)).toEqual([
      '1101 女主角 10×1×3000', '1102 男主角 10×1×2500', '1103 配角 8×4×800',
      '2101 摄影师 8×1×2000', '2102 灯光组 8×3×600', '2103 器材租赁 1×1×12000',
    ])
    expect(r.project.lines[0]!.note).toBe('含试装')
    // Cast and crew are labor; a rental is a cost in any section.
    expect(r.project.lines.map(l => l.kind)).toEqual(['labor', 'labor', 'labor', 'labor', 'labor', 'cost'])
    expect(r.project.markups).toEqual([{ id: 'm16', name: '不可预见费', percent: 10 }])
    // 80,600 + 42,400 = 123,000; + 10 % = 135,300, as the sheet says.
    expect(checksOf(r)).toEqual([
      [9, '小计', 8060000, 8060000],
      [14, '小计', 4240000, 4240000],
      [17, '合计', 13530000, 13530000],
    ])
    expect(r.check.total).toBe(13530000)
    expect(r.check.markups).toEqual([])
    expect(r.counts).toEqual({ lines: 6, sections: 2, markups: 1, checks: 3, problems: 0 })
    // Every row is accounted for: titles, blank, header, sections, lines, checks, markup.
    expect(r.rows.map(x => x.as)).toEqual(['title', 'title', 'blank', 'header', 'section', 'line', 'line', 'line', 'check',
      'section', 'line', 'line', 'line', 'check', 'blank', 'markup', 'check'])
    // And the project computes to the same total through the engine.
    expect(computeProject(r.project).scenarios[0]!.result.total).toBe(13530000)
  })

  it('names the line whose own total differs from quantity × count × rate', async () => {
    const r = ok(await importFile('重生.xlsx', await chineseXlsx({ wrongTotal: true })))
    // 配角 shows 26,000 where 8 × 4 × 800 = 25,600; the subtotal formula (no result) is computed
    // from the cells, so it says 81,000 against the project's 80,600.
    expect(r.check.lines).toEqual([{ row: 8, id: 'r8', name: '配角', sheet: 2600000, computed: 2560000 }])
    expect(r.check.checks[0]).toMatchObject({ sheet: 8100000, computed: 8060000, lines: [{ row: 8, name: '配角' }] })
  })

  it('reads a chosen sheet, and says when there is no such sheet', async () => {
    const bytes = await chineseXlsx()
    expect(ok(await importFile('b.xlsx', bytes, { sheet: '预算' })).counts.lines).toBe(6)
    expect(await importFile('b.xlsx', bytes, { sheet: 'Budget' })).toEqual({ ok: false, reason: 'noSheet', sheet: 'Budget' })
    expect(await importFile('b.xlsx', bytes, { sheet: '说明' })).toEqual({ ok: false, reason: 'noHeader', sheet: '说明' })
  })
})

describe('a Movie Magic style CSV', () => {
  it('reads accounts as sections, Account Total rows as checks, and names the row it cannot read', () => {
    const r = ok(importWorkbook(readCsv(utf8(MMB_CSV), { name: 'night-shift' })))
    expect(r.mapping).toEqual({ code: 0, name: 1, qty: 2, unit: 3, count: 4, rate: 5, total: 6, check: 7 })
    expect(r.currency.code).toBe('USD')
    expect(r.project.meta).toMatchObject({ episodes: 60, minutesPerEpisode: 2, locale: 'en-US' })
    expect(r.project.sections.map(s => `${s.code} ${s.name}`)).toEqual(['1100 WRITERS', '1200 CAST'])
    expect(linesOf(r)).toEqual(['1101 Screenplay 1×1×5000', '1102 Script editor 10×1×300', '1201 Lead actor 8×1×1250', '1202 Day players 8×3×400'])
    expect(r.project.lines.map(l => l.unit)).toEqual(['Allow', 'Days', 'Days', 'Days'])
    expect(r.project.markups).toEqual([{ id: 'm13', name: 'Contingency', percent: 10 }])
    expect(checksOf(r)).toEqual([
      [7, 'Account Total for 1100', 800000, 800000],
      [12, 'Account Total for 1200', 1960000, 1960000],
      [14, 'TOTAL', 3036000, 3036000],
    ])
    expect(r.rows.filter(x => x.as === 'problem')).toEqual([
      { row: 11, as: 'problem', label: 'Stunt double', problem: { code: 'notNumber', column: 'Amount', text: 'TBD' } },
    ])
  })
})

describe('a GBK CSV', () => {
  it('is decoded, its numbered headings are sections and 3.5万 is 35,000', () => {
    const bytes = gbk(GBK_TEXT)
    expect(decode(bytes)).toEqual({ text: GBK_TEXT, encoding: 'gb18030' })
    const r = ok(importWorkbook(readCsv(bytes)))
    expect(r.currency).toMatchObject({ code: 'CNY', from: 'sheet' }) // from 金额（元）
    expect(r.project.sections.map(s => s.name)).toEqual(['一、编剧', '二、后期'])
    expect(linesOf(r)).toEqual([' 剧本 1×1×20000', ' 剪辑 15×1×800', ' 调色 1×1×35000'])
    expect(r.project.lines.map(l => l.note ?? '')).toEqual(['含修改两稿', '', '外包'])
    expect(r.project.lines.map(l => l.tags)).toEqual([['writing'], ['editing'], ['editing', 'color']])
    expect(r.project.markups).toEqual([{ id: 'm8', name: '保险', percent: 2 }])
    expect(checksOf(r)).toEqual([[7, '后期小计', 4700000, 4700000], [9, '总计', 6834000, 6834000]])
  })
})

describe('a CSV saved by Excel in Western Europe (Windows-1252)', () => {
  /** Text in Windows-1252 bytes (Latin-1 letters: one byte each). */
  const latin1 = (text: string) => new Uint8Array([...text].map(ch => ch.codePointAt(0)!))

  it.each([
    ['accented letters inside words', 'Account,Description,Amount\n2101,Régisseur général,1500\n2102,Crème brûlée,80\n'],
    ['an accented letter before a line break', 'Code,Name,Rate\n01,Café,12\n02,Señor Muñoz,300\n'],
    ['a euro sign and a pound sign', 'Code,Name,Rate\n01,Décor € 2 500,2500\n02,Location £,40\n'],
  ])('is read as Windows-1252, not as Chinese: %s', (_, text) => {
    const bytes = Uint8Array.from([...text].map(ch => ch === '€' ? 0x80 : ch.codePointAt(0)!))
    expect(decode(bytes)).toEqual({ text, encoding: 'windows-1252' })
    expect(readCsv(bytes).csv!.encoding).toBe('WINDOWS-1252')
  })

  it('a GBK file is still read as GB18030, whatever its Latin-letter share', () => {
    // mostly ASCII with a few Chinese names: still Chinese
    const mostlyAscii = `Code,Name,Rate\n01,Director 导演,3000\n02,Gaffer ABCDEFGHIJ KLMNOPQRST,800\n`
    expect(decode(gbk(mostlyAscii))).toEqual({ text: mostlyAscii, encoding: 'gb18030' })
    expect(decode(gbk(GBK_TEXT)).encoding).toBe('gb18030')
    // a Latin-1 word as GB18030 would have read it is not taken for Chinese
    expect(decode(latin1('Régisseur général')).encoding).toBe('windows-1252')
  })
})

describe('a semicolon CSV with decimal commas', () => {
  it('reads 1.250,00 as 1250 and 2,5 as 2.5', () => {
    expect(detectSeparator(SEMICOLON_CSV)).toBe(';')
    const r = ok(importWorkbook(readCsv(utf8(SEMICOLON_CSV))))
    expect(r.format).toBe('CSV UTF-8, separator ;, decimal comma')
    expect(r.currency.code).toBe('EUR')
    expect(linesOf(r)).toEqual(['101 Camera rental 2.5×1×1250', '102 Catering 12×2×15.5'])
    // Tags from the section's name and the line's: the lever library targets them.
    expect(r.project.lines.map(l => l.tags)).toEqual([['on-set', 'equipment'], ['equipment', 'catering']])
    expect(checksOf(r)).toEqual([[5, 'Total', 349700, 349700]])
  })
})

describe('encodings and what is not a budget', () => {
  it('reads UTF-16 with a BOM and UTF-8 with a BOM', () => {
    const text = 'Description\tRate\r\nEditor\t100\r\n'
    const le = new Uint8Array([0xFF, 0xFE, ...[...text].flatMap(c => [c.charCodeAt(0), 0])])
    expect(decode(le)).toEqual({ text, encoding: 'utf-16le' })
    expect(decode(new Uint8Array([0xEF, 0xBB, 0xBF, ...utf8('é')]))).toEqual({ text: 'é', encoding: 'utf-8' })
    const r = ok(importWorkbook(readCsv(le)))
    expect(linesOf(r)).toEqual([' Editor 1×1×100'])
    // No mark anywhere: the currency is to be asked for.
    expect(r.currency.from).toBe('none')
  })

  it('refuses a file with no header or no line, saying which', async () => {
    expect(await importFile('a.csv', utf8('hello,world\n1,2\n'))).toMatchObject({ ok: false, reason: 'noHeader' })
    expect(await importFile('a.csv', utf8('Description,Total\n'))).toMatchObject({ ok: false, reason: 'noLines' })
    expect(await importFile('a.csv', utf8(''))).toMatchObject({ ok: false, reason: 'empty' })
    expect(await importFile('a.xlsx', utf8('Description,Total'))).toMatchObject({ ok: false, reason: 'unreadable' })
  })

  it('takes a changed column mapping', () => {
    const book = readCsv(utf8('Item,Qty,Price,Line total\nTaxi,2,15,30\n'))
    const r = ok(importWorkbook(book))
    // "Line total" is no known header: the first column of numbers right of the rate is the total…
    expect(r.guessed).toEqual({ name: 0, qty: 1, rate: 2, total: 3 })
    // … and the producer says that Qty is a count.
    const changed = ok(importWorkbook(book, { mapping: { name: 0, count: 1, rate: 2, total: 3 } }))
    expect(changed.project.lines[0]).toMatchObject({ qty: 1, count: 2, rate: 15 })
  })
})

describe('a producer\'s messy sheet', () => {
  it('opens with nothing retyped, shows where its figures disagree and names every row it could not place', () => {
    const r = ok(importWorkbook(readCsv(utf8(MESSY_CSV))))
    expect(r.project.meta).toMatchObject({ title: '某短剧项目预算表', episodes: 60, currency: 'CNY' })
    expect(r.project.sections.map(s => `${s.code} ${s.name}`)).toEqual(['一 演员费用', '二 摄制组', '三 场地及其他'])
    expect(linesOf(r)).toEqual(['1 女主 7×1×3000', '2 男主 7×1×2500', '3 配角（4人） 7×1×600', '1 导演 10×1×1500', '2 摄影 + 灯光 10×1×1550', '1 场地租赁 1×1×8000', '2 餐费 1×1×4000'])
    expect(r.project.lines.map(l => l.kind)).toEqual(['labor', 'labor', 'labor', 'labor', 'labor', 'cost', 'cost'])
    // Each heading's own figure is its subtotal: 演员费用 differs by the 配角 line, named.
    expect(r.check.checks.map(c => [c.row, c.label, c.sheet, c.computed, c.lines.map(l => l.name)])).toEqual([
      [4, '演员费用', 5530000, 4270000, ['配角（4人）']],
      [9, '摄制组', 3050000, 3050000, []],
      [12, '场地及其他', 1200000, 1200000, []],
      [15, '小计', 9780000, 8520000, ['配角（4人）']],
      [17, '合计', 10366800, 9031200, ['配角（4人）']],
      [18, '合计（大写）：壹拾万叁仟陆佰陆拾捌元整', null, 9031200, []],
    ])
    expect(r.check.markups).toEqual([{ row: 16, id: 'm16', name: '税费', sheet: 586800, computed: 511200 }])
    expect(r.rows.filter(x => x.as === 'problem').map(x => [x.row, x.label, x.problem!.code])).toEqual([
      [19, '备注：以上报价不含后期。', 'noAmount'],
      [20, '制表人：张三', 'noAmount'],
    ])
    // Every row of the file is accounted for.
    expect(r.rows.map(x => x.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})
