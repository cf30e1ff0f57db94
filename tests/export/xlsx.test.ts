import type { Workbook, Worksheet } from 'exceljs'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { ProjectResult } from '../../src/engine/compute'
import { minorDigits, toMinor } from '../../src/engine/money'
import type { Project } from '../../src/engine/types'
import { budgetXlsx, currencyFormat, currencySymbol, sheetName } from '../../src/export'
import { fixtureJson, fixtureProject, valid } from '../support/builders'
import { cells, evaluate, HOSTILE, PRESETS, preset, readXlsx, texts } from './support'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw project files */

/** Rows of a sheet whose column B (the name) is `name`, and whose column C is `kind` when given. */
function rowsNamed(ws: Worksheet, name: string, kind?: string): number[] {
  const out: number[] = []
  ws.eachRow((row, n) => { if (row.getCell(2).value === name && (kind === undefined || row.getCell(3).value === kind)) out.push(n) })
  return out
}

/**
 * A total or subtotal cell: a SUM formula (or a reference to one), whose cached result and whose
 * recomputed value are both `expected` (minor units).
 */
function expectTotal(wb: Workbook, ws: Worksheet, address: string, expected: number, digits: number) {
  const cell = ws.getCell(address)
  expect(cell.type, `${ws.name}!${address}`).toBe(ExcelJS.ValueType.Formula)
  expect(cell.formula).toMatch(/^SUM\(|^'.+'![A-Z]+\d+$/)
  expect(typeof cell.result, `${ws.name}!${address} cached result`).toBe('number')
  expect(toMinor(cell.result as number, digits), `${ws.name}!${address} cached`).toBe(expected)
  expect(toMinor(evaluate(wb, ws, address), digits), `${ws.name}!${address} recomputed`).toBe(expected)
}

describe('budgetXlsx on every preset', () => {
  it.each(PRESETS)('%s: a topsheet and one detail sheet per scenario, with the engine\'s figures', async (file) => {
    const p = preset(file)
    const computed = computeProject(p)
    const digits = minorDigits(p.meta.currency)
    const bytes = await budgetXlsx(p, computed)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4B]) // a zip: "PK"
    const wb = await readXlsx(bytes)
    const scenarios = computed.scenarios.map(c => c.result)
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['Topsheet', ...p.scenarios.map(s => `Detail ${s.name}`)])
    const money = currencyFormat(p.meta.currency)
    expect(money).toContain(currencySymbol(p.meta.currency))

    // Topsheet: sections × scenarios, subtotal, markups, total, per episode, per minute, days
    const top = wb.getWorksheet('Topsheet')!
    expect(top.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 })
    expect(top.getRow(2).values).toEqual([undefined, 'Code', 'Account', ...p.scenarios.map(s => s.name)])
    const col = (c: number) => String.fromCharCode(67 + c) // C, D, E…
    p.sections.forEach((s, i) => {
      const row = top.getRow(3 + i)
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([s.code ?? null, s.name])
      scenarios.forEach((r, c) => {
        expectTotal(wb, top, `${col(c)}${3 + i}`, r.sections[i]!.amount, digits)
        expect(row.getCell(3 + c).numFmt).toBe(money)
      })
    })
    const [subtotalRow] = rowsNamed(top, 'Subtotal')
    const [totalRow] = rowsNamed(top, 'Total')
    expect(subtotalRow).toBe(3 + p.sections.length)
    scenarios.forEach((r, c) => {
      expectTotal(wb, top, `${col(c)}${subtotalRow}`, r.subtotal, digits)
      expectTotal(wb, top, `${col(c)}${totalRow}`, r.total, digits)
      ;(p.markups ?? []).forEach((_, k) => {
        // A markup is a formula of its sections, ROUND(% × SUM), cached and recomputed as the engine's.
        const address = `${col(c)}${subtotalRow! + 1 + k}`
        const cell = top.getCell(address)
        const covered = p.sections.flatMap((s, i) => (p.markups![k]!.sections ?? [s.id]).includes(s.id) ? [`${col(c)}${3 + i}`] : [])
        expect(cell.formula).toBe(`ROUND(${r.markups[k]!.percent}%*SUM(${covered.join(',')}),${digits})`)
        expect(toMinor(cell.result as number, digits)).toBe(r.markups[k]!.amount)
        expect(toMinor(evaluate(wb, top, address), digits)).toBe(r.markups[k]!.amount)
      })
      const figure = (label: string) => top.getCell(`${col(c)}${rowsNamed(top, label)[0]}`)
      expect(toMinor(figure('Per episode').value as number, digits)).toBe(r.perEpisode)
      expect(toMinor(figure('Per finished minute').value as number, digits)).toBe(r.perMinute)
      expect(figure('Per episode').numFmt).toBe(money)
      expect(figure('Calendar days').value).toBe(r.calendarDays)
    })

    // Detail sheets: every line with numbers as numbers, section subtotals and totals as formulas
    scenarios.forEach((r, c) => {
      const ws = wb.worksheets[1 + c]!
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
      expect(ws.getRow(2).values).toEqual([undefined, 'Code', 'Line', 'Kind', 'Quantity', 'Unit', 'Count', 'Rate', 'Factor', 'Cost', 'Fringe', 'Amount', 'Note'])
      p.lines.forEach((line, j) => {
        const rows = rowsNamed(ws, line.name, line.kind)
        expect(rows, line.id).toHaveLength(1)
        const row = ws.getRow(rows[0]!)
        const x = r.lines[j]!
        expect(row.getCell(1).value).toBe(line.code ?? null)
        expect(row.getCell(3).value).toBe(line.kind)
        for (const k of [4, 6, 7, 8, 9, 10]) expect(typeof row.getCell(k).value, `${line.id} column ${k}`).toBe('number')
        expect(row.getCell(4).value).toBeCloseTo(x.qty, 6)
        expect([row.getCell(5).value, row.getCell(6).value, row.getCell(7).value]).toEqual([line.unit, x.count, x.rate])
        expect(row.getCell(8).value).toBeCloseTo(x.factor, 6)
        expect([toMinor(row.getCell(9).value as number, digits), toMinor(row.getCell(10).value as number, digits)]).toEqual([x.cost, x.fringe])
        expectTotal(wb, ws, `K${rows[0]}`, x.amount, digits)
        for (const k of [7, 9, 10, 11]) expect(row.getCell(k).numFmt).toBe(money)
      })
      p.sections.forEach((s, i) => {
        const [row] = rowsNamed(ws, `Subtotal (${s.name})`)
        expectTotal(wb, ws, `K${row}`, r.sections[i]!.amount, digits)
      })
      expectTotal(wb, ws, `K${rowsNamed(ws, 'Subtotal')[0]}`, r.subtotal, digits)
      expectTotal(wb, ws, `K${rowsNamed(ws, 'Total')[0]}`, r.total, digits)
    })
  })
})

describe('budgetXlsx details', () => {
  it('writes the fixture\'s AI scenario as hand-computed', async () => {
    const p = fixtureProject()
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p), { scenarios: ['ai'] }))
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['Topsheet', 'Detail AI-assisted'])
    const top = wb.getWorksheet('Topsheet')!
    expect(top.getCell('A1').value).toBe('Rebirth of the Heiress (CNY)')
    // Crew 21,550.27 (dp 12,550.27 + camera 9,000), cast 20,010, AI tools 72,000
    expect([3, 4, 5].map(r => [top.getCell(`B${r}`).value, top.getCell(`C${r}`).result])).toEqual([['Crew', 21550.27], ['Cast', 20010], ['AI tools', 72000]])
    expect(top.getCell('C3').formula).toBe('\'Detail AI-assisted\'!K6')
    expect([top.getCell('B6').value, top.getCell('C6').formula, top.getCell('C6').result]).toEqual(['Subtotal', 'SUM(C3:C5)', 113560.27])
    expect([top.getCell('B7').value, top.getCell('C7').formula, top.getCell('C7').result]).toEqual(['Contingency (10%)', 'ROUND(10%*SUM(C3,C4,C5),2)', 11356.03])
    expect([top.getCell('B8').value, top.getCell('C8').formula, top.getCell('C8').result]).toEqual(['Total', 'SUM(C6:C7)', 124916.3])
    // 124,916.30 / 60 episodes = 2,081.94; / 90 minutes = 1,387.96; 45 calendar days
    expect([10, 11, 12].map(r => top.getCell(`C${r}`).value)).toEqual([2081.94, 1387.96, 45])
    expect(top.getCell('C3').numFmt).toBe('"¥"#,##0.00')

    const ws = wb.getWorksheet('Detail AI-assisted')!
    expect(ws.getCell('A1').value).toBe('Rebirth of the Heiress — AI-assisted (CNY)')
    // Row 3 the section, then dp (6 days × 2,800 × 0.667) and camera, then the subtotal
    expect(ws.getRow(4).values).toEqual([undefined, undefined, 'Director of photography', 'labor', 6, 'day', 1, 2800, 0.667, 11205.6, 1344.67, { formula: 'SUM(I4:J4)', result: 12550.27 }])
    expect(ws.getRow(6).values).toEqual([undefined, undefined, 'Subtotal (Crew)', ...Array(8).fill(undefined), { formula: 'SUM(K3:K5)', result: 21550.27 }])
    expect(ws.getCell('B13').value).toBe('AI-generated shots replace part of live-action shooting')
    expect([ws.getCell('C13').value, ws.getCell('I13').value]).toEqual(['tool', 72000])
    expect([ws.getCell('B16').value, ws.getCell('K16').formula]).toEqual(['Subtotal', 'SUM(K6,K10,K14)'])
    // The markup's percent shown in the rate column, and the markup a formula of it and the section subtotals.
    expect([ws.getCell('B17').value, ws.getCell('G17').value, ws.getCell('G17').numFmt]).toEqual(['Contingency', 0.1, '0%'])
    expect([ws.getCell('K17').formula, ws.getCell('K17').result]).toEqual(['ROUND(G17*SUM(K6,K10,K14),2)', 11356.03])
    expect([ws.getCell('B18').value, ws.getCell('K18').formula, ws.getCell('K18').result]).toEqual(['Total', 'SUM(K16:K17)', 124916.3])
  })

  it('keeps a cached result of 0 for an empty section', async () => {
    const p = fixtureProject()
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p)))
    // The baseline adopts nothing: its AI tools section is empty
    const top = wb.getWorksheet('Topsheet')!
    expect([top.getCell('B5').value, top.getCell('C5').result, top.getCell('D5').result]).toEqual(['AI tools', 0, 72000])
  })

  it('writes the currency\'s format: symbol and minor digits', () => {
    expect(currencyFormat('CNY')).toBe('"¥"#,##0.00')
    expect(currencyFormat('USD')).toBe('$#,##0.00')
    expect(currencyFormat('JPY')).toBe('"¥"#,##0')
    expect(currencyFormat('KRW')).toBe('"₩"#,##0')
    expect(currencyFormat('EUR')).toBe('"€"#,##0.00')
    expect(currencyFormat('HKD')).toBe('"HK$"#,##0.00')
    expect(currencyFormat('CHF')).toBe('"CHF "#,##0.00')
  })

  it('writes JPY amounts in whole yen', async () => {
    const doc = fixtureJson() as any
    doc.meta.currency = 'JPY'
    const p = valid(doc)
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p)))
    const top = wb.getWorksheet('Topsheet')!
    expect([top.getCell('C8').result, top.getCell('D8').result, top.getCell('D8').numFmt]).toEqual([86768, 124917, '"¥"#,##0'])
  })

  it('makes valid, unique sheet names', () => {
    const taken = new Set<string>()
    expect(sheetName('Topsheet', taken)).toBe('Topsheet')
    expect(sheetName('topsheet', taken)).toBe('topsheet (2)')
    expect(sheetName('Detail a/b:c*d?e[f]g\\h', taken)).toBe('Detail a b c d e f g h')
    expect(sheetName('\'quoted\'', taken)).toBe('quoted')
    expect(sheetName('History', taken)).toBe('History (2)')
    expect(sheetName('   ', taken, 'Detail 3')).toBe('Detail 3')
    const long = 'Detail An aggressive AI scenario with a long name'
    expect(sheetName(long, taken)).toBe('Detail An aggressive AI scenari')
    expect(sheetName(long, taken)).toBe('Detail An aggressive AI sce (2)')
    expect(sheetName(`${'明细'.repeat(15)}😀`, taken)).toBe('明细'.repeat(15)) // 30 units: the emoji's pair is not split
    for (const name of taken) expect(name.length).toBeLessThanOrEqual(31)
  })

  it('gives every scenario its own sheet, whatever its name', async () => {
    const doc = fixtureJson() as any
    doc.scenarios[0].name = 'Plan: A very long scenario name, version 1'
    doc.scenarios[1].name = 'Plan: A very long scenario name, version 2'
    const p = valid(doc)
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p)))
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['Topsheet', 'Detail Plan A very long scenari', 'Detail Plan A very long sce (2)'])
    // The topsheet refers to each by its name
    expect(wb.getWorksheet('Topsheet')!.getCell('D3').formula).toBe('\'Detail Plan A very long sce (2)\'!K6')
  })

  it('uses the app\'s texts for headers, labels and sheet names, and keeps Chinese intact', async () => {
    const doc = fixtureJson() as any
    doc.meta.title = '重生之千金归来'
    doc.sections[0].name = '摄制组'
    doc.sections[0].code = '04'
    doc.lines[0].name = '摄影指导（他说"好"，逗号,换行\n第二行）'
    doc.lines[0].code = '04.05'
    doc.scenarios[1].name = 'AI 辅助'
    const p = valid(doc)
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p), {
      texts: { topsheet: '汇总', detail: '明细', code: '编码', account: '科目', subtotal: '小计', total: '合计', labor: '人工' },
      label: (item, field) => field === 'unit' && item.unit === 'day' ? '天' : String(item[field]),
    }))
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['汇总', '明细 Traditional', '明细 AI 辅助'])
    const top = wb.getWorksheet('汇总')!
    expect(top.getCell('A1').value).toBe('重生之千金归来 (CNY)')
    expect(top.getRow(2).values).toEqual([undefined, '编码', '科目', 'Traditional', 'AI 辅助'])
    expect([top.getCell('A3').value, top.getCell('B3').value]).toEqual(['04', '摄制组'])
    expect(top.getCell('D3').formula).toBe('\'明细 AI 辅助\'!K6')
    const ws = wb.getWorksheet('明细 AI 辅助')!
    expect((ws.getRow(4).values as unknown[]).slice(0, 6)).toEqual([undefined, '04.05', doc.lines[0].name, '人工', 6, '天'])
    expect(ws.getCell('B6').value).toBe('小计 (摄制组)')
    expect(texts(wb)).toContain('合计')
  })
})

describe('formula injection in XLSX', () => {
  it.each(HOSTILE.map(h => [JSON.stringify(h), h]))('neutralises %s in every text cell', async (_, h) => {
    const doc = fixtureJson() as any
    const code = h.slice(0, 20)
    doc.meta.title = h
    doc.sections[0].name = h
    doc.sections[0].code = code
    doc.lines[0].name = h
    doc.lines[0].unit = h
    doc.lines[0].code = code
    doc.lines[1].name = ''
    doc.lines[1].id = h
    doc.scenarios[1].name = h
    doc.markups[0].name = h
    doc.levers[0].name = h
    const p = valid(doc)
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p), { texts: { total: h, cost: h, detail: h } }))
    const all = texts(wb)
    for (const t of all) expect(t).not.toMatch(/^[=+\-@\t\r]/)
    // XML turns a lone carriage return into a line feed: compare without it
    const flat = (s: string) => s.replace(/\r/g, '\n')
    const hits = all.filter(t => flat(t).includes(flat(h).trim()))
    expect(hits.length).toBeGreaterThanOrEqual(10)
    const top = wb.worksheets[0]!
    expect(flat(top.getCell('A1').value as string)).toBe(flat(`'${h} (CNY)`))
    expect([top.getCell('A3').value, top.getCell('B3').value].map(v => flat(v as string))).toEqual([flat(`'${code}`), flat(`'${h}`)])
    const ws = wb.worksheets[2]!
    expect([1, 2, 5].map(c => flat(ws.getRow(4).getCell(c).value as string))).toEqual([flat(`'${code}`), flat(`'${h}`), flat(`'${h}`)])
    // No cell is a formula but the exporter's own sums and references
    for (const { cell } of cells(wb)) {
      if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).toMatch(/^SUM\([A-Z0-9:,()]*\)$|^'.+'![A-Z]+\d+$|^ROUND\([A-Z0-9.%]+\*SUM\([A-Z0-9:,()]*\),\d\)$/)
    }
  })

  it('keeps a negative number a number cell', async () => {
    // Given results with a credit of −2,500.00 on the camera line, the section, subtotal and total to match
    const p: Project = fixtureProject()
    const computed: ProjectResult = computeProject(p)
    const r = computed.scenarios[0]!.result
    const camera = r.lines[2]!
    const delta = -250000 - camera.amount
    Object.assign(camera, { cost: -250000, amount: -250000 })
    r.sections[0]!.amount += delta
    r.subtotal += delta
    r.markups[0]!.amount = 0
    r.total = r.subtotal
    const wb = await readXlsx(await budgetXlsx(p, computed))
    const ws = wb.worksheets[1]!
    const row = rowsNamed(ws, 'Camera package')[0]!
    expect(ws.getCell(`I${row}`).value).toBe(-2500)
    expect(ws.getCell(`K${row}`).result).toBe(-2500)
    expect(evaluate(wb, wb.worksheets[0]!, 'C3')).toBeCloseTo(26880 - 2500, 6)
  })

  it('replaces characters an XLSX file cannot hold', async () => {
    const doc = fixtureJson() as any
    doc.lines[0].name = 'A\u0001B\u0000C\uD800'
    const p = valid(doc)
    const wb = await readXlsx(await budgetXlsx(p, computeProject(p)))
    expect(wb.worksheets[1]!.getCell('B4').value).toBe('A\uFFFDB\uFFFDC\uFFFD')
  })
})

describe('budgetXlsx: what a producer opens first', () => {
  it('caches the value of every formula in the file itself, zeros included, as the engine\'s', async () => {
    for (const file of PRESETS) {
      const p = preset(file)
      const bytes = await budgetXlsx(p, computeProject(p))
      for (const [name, xml] of Object.entries(unzipSync(bytes))) {
        if (!name.startsWith('xl/worksheets/sheet')) continue
        const formulas = strFromU8(xml).match(/<c [^>]*>(?:(?!<\/c>).)*?<f>(?:(?!<\/c>).)*?<\/c>/g) ?? []
        expect(formulas.length, `${file} ${name}`).toBeGreaterThan(0)
        for (const cell of formulas) expect(cell, `${file} ${name}`).toMatch(/<v>-?\d+(\.\d+)?<\/v>/)
      }
    }
    // The fixture's baseline has no AI tools: its section is a formula with a cached 0.
    const p = fixtureProject()
    const xml = strFromU8(unzipSync(await budgetXlsx(p, computeProject(p)))['xl/worksheets/sheet1.xml']!)
    expect(xml).toMatch(/<c r="C5"[^>]*><f>[^<]+<\/f><v>0<\/v><\/c>/)
  })

  it('titles the sheets in the language shown, and carries person-days, the review tier and the line notes', async () => {
    const doc = fixtureJson() as any
    doc.lines[0].note = 'Rate agreed 2026-11-02'
    const p = valid(doc)
    const computed = computeProject(p)
    const wb = await readXlsx(await budgetXlsx(p, computed, { title: '重生千金', texts: { personDaysTotal: '人天合计', reviewTier: '备案审核层级', tierPlatform: '平台审核' } }))
    const top = wb.getWorksheet('Topsheet')!
    expect(top.getCell('A1').value).toBe('重生千金 (CNY)')
    expect(wb.worksheets[1]!.getCell('A1').value).toMatch(/^重生千金 — /)
    const [days] = rowsNamed(top, '人天合计')
    computed.scenarios.forEach((c, k) => {
      const cell = top.getCell(`${String.fromCharCode(67 + k)}${days}`)
      expect(cell.result, `${c.result.id} person-days`).toBe(c.result.personDays.total)
      expect(evaluate(wb, top, cell.address)).toBeCloseTo(c.result.personDays.total, 6)
    })
    // Both totals are under ¥1M: the platform reviews them.
    const [tier] = rowsNamed(top, '备案审核层级')
    expect([top.getCell(`C${tier}`).value, top.getCell(`D${tier}`).value]).toEqual(['平台审核', '平台审核'])
    const ws = wb.worksheets[1]!
    const [dp] = rowsNamed(ws, p.lines[0]!.name)
    expect([ws.getCell('L2').value, ws.getCell(`L${dp}`).value]).toEqual(['Note', 'Rate agreed 2026-11-02'])
  })
})
