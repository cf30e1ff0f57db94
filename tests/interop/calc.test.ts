/**
 * The exports opened in a real spreadsheet application (LibreOffice Calc, see tests/support/office.ts):
 * account codes stay text, amounts stay numbers, nothing becomes a formula, and every formula of
 * the XLSX recalculates to the value the exporter cached.
 */
import ExcelJS from 'exceljs'
import type { Workbook } from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { ProjectResult } from '../../src/engine/compute'
import { minorDigits, toMinor } from '../../src/engine/money'
import type { Project } from '../../src/engine/types'
import { budgetCsv, budgetXlsx } from '../../src/export'
import { cells, HOSTILE, preset, readXlsx } from '../export/support'
import { csvFilter, throughCalc } from '../support/office'

/** Codes a spreadsheet would read as a number, a date, a number in E notation or a truth value. */
const CODES = ['01', '04.10', '1E5', 'TRUE', '0012', '3.50', '1/2']

/** The Chinese preset, with codes that tempt a spreadsheet and names that would run as formulas. */
function tempting(): Project {
  const p = preset('cn-micro-drama.json')
  const lines = p.lines.map((l, i) => ({
    ...l,
    code: CODES[i % CODES.length]!,
    name: i < HOSTILE.length ? HOSTILE[i]! : i === HOSTILE.length ? 'Grip; =1+1' : l.name,
  }))
  return { ...p, sections: p.sections.map((s, i) => ({ ...s, code: CODES[(i + 3) % CODES.length]! })), lines }
}

/** The first sheet's cells by address ("A2"), as Calc left them. */
function sheetCells(wb: Workbook): Map<string, ExcelJS.Cell> {
  return new Map(cells(wb).filter(c => c.ws === wb.worksheets[0]).map(c => [c.cell.address, c.cell]))
}

describe('CSV opened in LibreOffice Calc', () => {
  let p: Project
  let r: ProjectResult
  let wb: Workbook
  beforeAll(async () => {
    p = tempting()
    r = computeProject(p)
    wb = await readXlsx(throughCalc('budget.csv', budgetCsv(p, r, { bom: true }), csvFilter(',')))
  }, 180_000)

  it('a code that looks like a number or a date stays text, leading zeros and all', () => {
    const at = sheetCells(wb)
    // Rows follow the table: sections in order, their lines in order (see src/export/table.ts).
    const order = p.sections.flatMap(s => p.lines.filter(l => l.section === s.id).map(l => ({ s, l })))
    order.forEach(({ s, l }, i) => {
      for (const [col, code] of [['A', s.code], ['C', l.code]] as const) {
        const cell = at.get(`${col}${i + 2}`)!
        expect(typeof cell.value, `${col}${i + 2}: "${code}"`).toBe('string')
        expect(String(cell.value).replace(/^\t/, ''), `${col}${i + 2}`).toBe(code)
      }
    })
  })

  it('rates and every scenario\'s amounts are numbers, equal to the engine\'s to the cent', () => {
    const at = sheetCells(wb)
    const digits = minorDigits(p.meta.currency)
    const order = p.sections.flatMap(s => p.lines.filter(l => l.section === s.id))
    order.forEach((l, i) => {
      expect(at.get(`I${i + 2}`)!.value, `rate of ${l.id}`).toBe(l.rate)
      r.scenarios.forEach((c, k) => {
        const cell = at.get(`${String.fromCharCode(75 + k)}${i + 2}`)!
        expect(typeof cell.value, `${l.id} in ${c.result.id}`).toBe('number')
        expect(toMinor(cell.value as number, digits)).toBe(c.result.lines.find(x => x.id === l.id)!.amount)
      })
    })
  })

  it('no cell is a formula, whichever separator the spreadsheet splits at', async () => {
    const semicolon = await readXlsx(throughCalc('budget.csv', budgetCsv(p, r, { bom: true }), csvFilter(';')))
    for (const book of [wb, semicolon]) {
      const formulas = cells(book).filter(c => c.cell.type === ExcelJS.ValueType.Formula).map(c => `${c.cell.address}: ${c.cell.formula}`)
      expect(formulas).toEqual([])
    }
    // the hostile names are there, as text
    const names = cells(wb).map(c => c.cell.value)
    expect(names).toContain(`'${HOSTILE[0]}`)
  }, 180_000)

  it('without the tab, Calc would have turned the codes into numbers and dates (the test can fail)', async () => {
    const plain = await readXlsx(throughCalc('plain.csv', 'Code,Other\n01,x\n1E5,y\n', csvFilter(',')))
    const at = sheetCells(plain)
    expect(at.get('A2')!.value).toBe(1)
    expect(at.get('A3')!.value).toBe(100000)
  }, 180_000)
})

describe('XLSX opened in LibreOffice Calc', () => {
  it('every formula recalculates to the value the exporter cached, on every sheet', async () => {
    const p = preset('cn-micro-drama.json')
    const ours = await readXlsx(await budgetXlsx(p, computeProject(p)))
    const calc = await readXlsx(throughCalc('budget.xlsx', await budgetXlsx(p, computeProject(p))))
    const formulas = cells(ours).filter(c => c.cell.type === ExcelJS.ValueType.Formula)
    expect(formulas.length).toBeGreaterThan(50)
    for (const { ws, cell } of formulas) {
      const theirs = calc.getWorksheet(ws.name)!.getCell(cell.address)
      const where = `${ws.name}!${cell.address} (${cell.formula})`
      expect(theirs.type, where).toBe(ExcelJS.ValueType.Formula)
      const a = cell.result as number
      const b = theirs.result as number
      expect(typeof b, where).toBe('number')
      expect(Math.abs(a - b), `${where}: cached ${a}, Calc ${b}`).toBeLessThan(1e-6)
    }
  }, 180_000)

  it('Calc does recalculate: a formula cached with a wrong value comes back with the right one', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('S').getCell('A1').value = { formula: 'ROUND(0.1*SUM(2,3),2)', result: 99 }
    const calc = await readXlsx(throughCalc('wrong.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())))
    expect(calc.getWorksheet('S')!.getCell('A1').result).toBe(0.5)
  }, 180_000)
})
