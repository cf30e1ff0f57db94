import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { ProjectResult } from '../../src/engine/compute'
import { minorDigits } from '../../src/engine/money'
import type { Project } from '../../src/engine/types'
import { budgetCsv, EXPORT_TEXTS_EN, neutralise } from '../../src/export'
import { fixtureJson, fixtureProject, valid } from '../support/builders'
import { HOSTILE, minor, parseCsv, PRESETS, preset } from './support'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw project files */

const HEADER = ['Section code', 'Section', 'Line code', 'Line', 'Kind', 'Quantity', 'Unit', 'Count', 'Rate', 'Fringe %']

/** The fixture of MODEL.md §1 with account codes. */
function coded(): Project {
  const doc = fixtureJson() as any
  doc.sections[0].code = '2000'
  doc.sections[1].code = '1400'
  doc.sections[2].code = '4000'
  doc.lines[0].code = '2001'
  doc.lines[1].code = '1401'
  doc.lines[2].code = '2002'
  return valid(doc)
}

describe('budgetCsv on the fixture (hand-checked)', () => {
  it('writes lines in section order, the tool cost, subtotal, markup and total, one column per scenario', () => {
    const p = coded()
    // Baseline: dp 8 days × 3,000 = 24,000 + 12 % = 26,880; camera 8 × 1,500 = 12,000; lead 8 × 5,000 = 40,000.
    //   Subtotal 78,880; contingency 10 % = 7,888; total 86,768.
    // AI-assisted: 6 shoot days; dp 6 × 2,800 × 0.667 = 11,205.60 + 12 % = 12,550.27; camera 6 × 1,500 = 9,000;
    //   lead 6 × 5,000 × 0.667 = 20,010; AI tools 800 × 60 × 1.5 = 72,000. Subtotal 113,560.27;
    //   contingency 11,356.027 → 11,356.03; total 124,916.30.
    // Quantity, count, rate and fringe % are the baseline's (the AI scenario's rate of 2,800 is not shown).
    expect(budgetCsv(p, computeProject(p))).toBe([
      'Section code,Section,Line code,Line,Kind,Quantity,Unit,Count,Rate,Fringe %,Traditional,AI-assisted',
      '\t2000,Crew,\t2001,Director of photography,labor,8,day,1,3000,12,26880.00,12550.27',
      '\t2000,Crew,\t2002,Camera package,cost,8,day,1,1500,0,12000.00,9000.00',
      '\t1400,Cast,\t1401,Lead actress,labor,8,day,1,5000,0,40000.00,20010.00',
      '\t4000,AI tools,,AI-generated shots replace part of live-action shooting,tool,,,,,,0.00,72000.00',
      ',,,Subtotal,,,,,,,78880.00,113560.27',
      ',,,Contingency,markup,,,,,,7888.00,11356.03',
      ',,,Total,,,,,,,86768.00,124916.30',
      '',
    ].join('\n'))
  })

  it('keeps only the chosen scenarios, with the baseline\'s quantities', () => {
    const p = coded()
    const rows = parseCsv(budgetCsv(p, computeProject(p), { scenarios: ['ai'] }))
    expect(rows[0]).toEqual([...HEADER, 'AI-assisted'])
    expect(rows[1]).toEqual(['\t2000', 'Crew', '\t2001', 'Director of photography', 'labor', '8', 'day', '1', '3000', '12', '12550.27'])
    expect(rows.at(-1)).toEqual(['', '', '', 'Total', '', '', '', '', '', '', '124916.30'])
  })

  it('refuses an unknown scenario', () => {
    const p = coded()
    expect(() => budgetCsv(p, computeProject(p), { scenarios: ['nope'] })).toThrow('no scenario with id "nope"')
  })

  it('adds a UTF-8 byte-order mark when asked, and only then', () => {
    const p = coded()
    const plain = budgetCsv(p, computeProject(p))
    const bom = budgetCsv(p, computeProject(p), { bom: true })
    expect(plain.charCodeAt(0)).toBe('S'.charCodeAt(0))
    expect(bom.charCodeAt(0)).toBe(0xFEFF)
    expect(bom.slice(1)).toBe(plain)
    expect([...new TextEncoder().encode(bom).slice(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    expect(budgetCsv(p, computeProject(p), { bom: false })).toBe(plain)
  })

  it('uses the app\'s texts and localised names', () => {
    const p = coded()
    const zh: Record<string, string> = { crew: '摄制组', cast: '演员', ai: 'AI 工具', dp: '摄影指导', lead: '女主角', camera: '摄影器材', 'ai-live-action': 'AI 生成镜头', contingency: '不可预见费' }
    const scenarioZh: Record<string, string> = { baseline: '传统' }
    const csv = budgetCsv(p, computeProject(p), {
      texts: { sectionCode: '科目编码', section: '科目', line: '项目', subtotal: '小计', total: '合计', labor: '人工', unit: '单位' },
      label: (item, field) => field === 'note'
        ? String(item.note ?? '')
        : field === 'unit'
          ? (item.unit === 'day' ? '天' : String(item.unit))
          : ('adoption' in item ? scenarioZh : zh)[item.id] ?? item.name,
    })
    const rows = parseCsv(csv)
    // Texts not given stay English
    expect(rows[0]).toEqual(['科目编码', '科目', 'Line code', '项目', 'Kind', 'Quantity', '单位', 'Count', 'Rate', 'Fringe %', '传统', 'AI-assisted'])
    expect(rows[1]!.slice(0, 7)).toEqual(['\t2000', '摄制组', '\t2001', '摄影指导', '人工', '8', '天'])
    expect(rows[4]!.slice(0, 5)).toEqual(['\t4000', 'AI 工具', '', 'AI 生成镜头', 'tool'])
    expect(rows.slice(5).map(r => r[3])).toEqual(['小计', '不可预见费', '合计'])
  })

  it('writes each line\'s note in a last column when any line has one, quoted when it must be', () => {
    const doc = fixtureJson() as any
    doc.lines[2].note = 'Rental, two bodies\n"A" camera\n=2 spares'
    const p = valid(doc)
    const rows = parseCsv(budgetCsv(p, computeProject(p)))
    expect(rows[0]!.at(-1)).toBe('Note')
    // a line of the note that would start a formula (in a spreadsheet that splits rows at it) gets a quote
    expect(rows.slice(1, 4).map(r => r.at(-1))).toEqual(['', 'Rental, two bodies\n"A" camera\n\'=2 spares', ''])
    // The scenario columns keep their places; rows other than lines have no note cell.
    expect(rows[2]!.slice(10, 12)).toEqual(['12000.00', '9000.00'])
    expect(rows.at(-1)).toHaveLength(12)
  })

  it('writes amounts with the currency\'s minor digits: none for JPY', () => {
    const doc = fixtureJson() as any
    doc.meta.currency = 'JPY'
    const p = valid(doc)
    const rows = parseCsv(budgetCsv(p, computeProject(p)))
    // dp in the AI scenario: 11,205.60 → ¥11,206, fringe 1,344.672 → ¥1,345: 12,551
    expect(rows[1]!.slice(10)).toEqual(['26880', '12551'])
    expect(rows.at(-1)!.slice(10)).toEqual(['86768', '124917']) // 113,561 + 11,356.1 → 11,356
  })
})

describe('budgetCsv on every preset: every value is the engine\'s', () => {
  it.each(PRESETS)('%s', (file) => {
    const p = preset(file)
    const computed = computeProject(p)
    const digits = minorDigits(p.meta.currency)
    const rows = parseCsv(budgetCsv(p, computed))
    const scenarios = computed.scenarios.map(c => c.result)
    const base = scenarios.find(r => r.baseline)!
    const notes = p.lines.some(l => l.note)
    expect(rows[0]).toEqual([...HEADER, ...p.scenarios.map(s => s.name), ...(notes ? ['Note'] : [])])

    const body = rows.slice(1)
    const amounts = (row: string[]) => row.slice(HEADER.length, HEADER.length + p.scenarios.length).map(x => minor(x, digits))
    const lineRows = body.filter(r => r[4] === 'labor' || r[4] === 'cost')
    const toolRows = body.filter(r => r[4] === 'tool')
    const markupRows = body.filter(r => r[4] === 'markup')
    expect(lineRows).toHaveLength(p.lines.length)
    expect(body).toHaveLength(p.lines.length + toolRows.length + markupRows.length + 2)

    // One row per line, in section order, with its codes, names and the baseline's figures
    const ordered = p.sections.flatMap(s => p.lines.filter(l => l.section === s.id))
    ordered.forEach((line, i) => {
      const row = lineRows[i]!
      const section = p.sections.find(s => s.id === line.section)!
      const j = p.lines.indexOf(line)
      const b = base.lines[j]!
      // A code that starts with a digit carries the tab that keeps it text in Excel and WPS
      const asText = (c: string | undefined) => c === undefined ? '' : /^\d/.test(c) ? `\t${c}` : c
      expect(row.slice(0, 5)).toEqual([asText(section.code), section.name, asText(line.code), line.name, line.kind])
      expect(Number(row[5])).toBeCloseTo(b.qty, 6)
      expect([row[6], Number(row[7]), Number(row[8]), Number(row[9])]).toEqual([line.unit, b.count, b.rate, b.fringePercent])
      expect(amounts(row)).toEqual(scenarios.map(r => r.lines[j]!.amount))
    })

    // One row per lever with a tool cost, in the lever's section
    const levers = (p.levers ?? []).filter(l => l.toolCost && scenarios.some(r => r.tools.some(t => t.lever === l.id)))
    expect(toolRows.map(r => r[3])).toEqual(levers.map(l => l.name))
    levers.forEach((lever, i) => {
      expect(toolRows[i]![1]).toBe(p.sections.find(s => s.id === lever.toolCost!.section)!.name)
      expect(amounts(toolRows[i]!)).toEqual(scenarios.map(r => r.tools.find(t => t.lever === lever.id)?.amount ?? 0))
    })

    // Markups, subtotal and total are the engine's, and each column adds up to them exactly
    expect(markupRows.map(r => r[3])).toEqual((p.markups ?? []).map(m => m.name))
    markupRows.forEach((row, k) => expect(amounts(row)).toEqual(scenarios.map(r => r.markups[k]!.amount)))
    const subtotal = amounts(body.find(r => r[3] === 'Subtotal')!)
    const total = amounts(body.at(-1)!)
    expect(body.at(-1)![3]).toBe('Total')
    expect(subtotal).toEqual(scenarios.map(r => r.subtotal))
    expect(total).toEqual(scenarios.map(r => r.total))
    scenarios.forEach((_, c) => {
      const sum = (list: string[][]) => list.reduce((a, row) => a + amounts(row)[c]!, 0)
      expect(sum(lineRows) + sum(toolRows)).toBe(subtotal[c])
      expect(subtotal[c]! + sum(markupRows)).toBe(total[c])
    })
  })
})

describe('formula injection (OWASP)', () => {
  it('prefixes a quote to text that would start a formula, and to nothing else', () => {
    for (const s of HOSTILE) expect(neutralise(s)).toBe(`'${s}`)
    for (const s of ['Crew', '1400', '01.01', '他说"好"', ' =1', '', '\'=1']) expect(neutralise(s)).toBe(s)
  })

  it.each(HOSTILE.map(h => [JSON.stringify(h), h]))('neutralises %s in names, units, ids, codes, scenario names and texts', (_, h) => {
    const doc = fixtureJson() as any
    const code = h.slice(0, 20) // codes are at most 20 characters
    doc.sections[0].name = h
    doc.sections[0].code = code
    doc.lines[0].name = h
    doc.lines[0].unit = h
    doc.lines[0].code = code
    doc.lines[1].name = '' // an empty name shows the id
    doc.lines[1].id = h
    doc.scenarios[1].name = h
    doc.markups[0].name = h
    doc.levers[0].name = h
    const p = valid(doc)
    const csv = budgetCsv(p, computeProject(p), { texts: { total: h, rate: h } })
    const rows = parseCsv(csv)
    // a quote before the text, and one after a line break that a formula follows (a row starts
    // there for a spreadsheet that splits at ";" and so does not see the cell's quotes)
    const shown = `'${h}`.replace(/\r=/, '\r\'=')
    // Every field that holds the hostile text holds it behind a quote; no field starts a formula
    const all = rows.flat()
    for (const field of all) expect(field).not.toMatch(/^[=+\-@\t\r]/)
    const hits = all.filter(f => f.includes(h.trim()) || f.includes(h))
    expect(hits.length).toBeGreaterThanOrEqual(9)
    for (const f of hits) expect(f).toMatch(/^'/)
    expect(rows[0]![8]).toBe(shown) // the Rate header
    expect(rows[0]![11]).toBe(shown) // the scenario's column
    expect(rows[1]!.slice(0, 7)).toEqual([`'${code}`.replace(/\r=/, '\r\'='), shown, `'${code}`.replace(/\r=/, '\r\'='), shown, 'labor', '8', shown])
    expect(rows[3]![3]).toBe(shown) // the lead's id, for its empty name
    expect(rows[4]!.slice(0, 5)).toEqual(['', 'AI tools', '', shown, 'tool']) // the lever
    expect(rows.slice(5).map(r => r[3])).toEqual(['Subtotal', shown, shown]) // the markup and the Total text
  })

  it('leaves numbers alone, negative ones included: -2500.00 stays a number', () => {
    // Given results with a credit of −2,500.00 on the camera line (the engine makes none today; a
    // future rebate or a hand-made result may), with the section, subtotal and total to match
    const p = fixtureProject()
    const computed: ProjectResult = computeProject(p)
    const r = computed.scenarios[0]!.result
    const camera = r.lines[2]!
    const delta = -250000 - camera.amount
    Object.assign(camera, { cost: -250000, amount: -250000 })
    r.sections[0]!.amount += delta
    r.subtotal += delta
    r.markups[0]!.amount = 0
    r.total = r.subtotal
    const csv = budgetCsv(p, computed)
    const line = csv.split('\n').find(l => l.includes('Camera package'))!
    expect(line.split(',')[10]).toBe('-2500.00')
    expect(line).not.toContain('\'-2500.00')
  })

  it('keeps Chinese, quotes, commas and line breaks through a round trip', () => {
    const doc = fixtureJson() as any
    const names = ['他说"好"', 'Camera, "A" unit', '第一行\n第二行', '灯光，录音', 'CRLF\r\nline']
    doc.lines[0].name = names[0]
    doc.lines[2].name = names[1]
    doc.lines[1].name = names[2]
    doc.sections[0].name = names[3]
    doc.scenarios[1].name = names[4]
    const p = valid(doc)
    const rows = parseCsv(budgetCsv(p, computeProject(p), { bom: true }).slice(1))
    expect(rows[0]![11]).toBe(names[4])
    expect(rows.slice(1, 4).map(r => [r[1], r[3]])).toEqual([[names[3], names[0]], [names[3], names[1]], ['Cast', names[2]]])
    expect(rows).toHaveLength(8)
  })

  it('has English texts for every label', () => {
    for (const [k, v] of Object.entries(EXPORT_TEXTS_EN)) expect([k, v.trim().length > 0]).toEqual([k, true])
  })
})
