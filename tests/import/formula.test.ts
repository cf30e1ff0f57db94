import { describe, expect, it } from 'vitest'
import { readAmount } from '../../src/import/amount'
import { columnNumber, evaluateFormula } from '../../src/import/formula'
import { markOfFormat } from '../../src/import/xlsx'

// A grid: A1 = 2, B1 = 3, C1 = 4, A2 = 10, B2 empty, C2 = 0.5
const cells: Record<string, number> = { '1,1': 2, '2,1': 3, '3,1': 4, '1,2': 10, '3,2': 0.5 }
const lookup = (col: number, row: number) => cells[`${col},${row}`] ?? null

describe('formulas saved without a result', () => {
  it('computes references, + - * /, brackets, SUM over ranges and ROUND', () => {
    expect(evaluateFormula('A1*B1*C1', lookup)).toBe(24)
    expect(evaluateFormula('=$A$1+B1*C1', lookup)).toBe(14)
    expect(evaluateFormula('(A1+B1)*C1-A2/4', lookup)).toBe(17.5)
    expect(evaluateFormula('SUM(A1:C2)', lookup)).toBe(19.5) // B2 is empty: 0
    expect(evaluateFormula('SUM(A1:A2,C1,5)', lookup)).toBe(21)
    expect(evaluateFormula('-A1+ROUND(C2*3.333,2)', lookup)).toBeCloseTo(-0.33, 10)
  })

  it('gives null for what it does not compute', () => {
    expect(evaluateFormula('VLOOKUP(A1,Rates!A:B,2)', lookup)).toBeNull()
    expect(evaluateFormula('Sheet2!A1*2', lookup)).toBeNull()
    expect(evaluateFormula('A1/0', lookup)).toBeNull()
    expect(evaluateFormula('A1+', lookup)).toBeNull()
  })

  it('numbers columns as spreadsheets do', () => {
    expect(['A', 'Z', 'AA', 'az'].map(columnNumber)).toEqual([1, 26, 27, 52])
  })
})

describe('currency marks and amounts', () => {
  it('reads the mark of a number format', () => {
    expect(markOfFormat('"¥"#,##0.00')).toBe('¥')
    expect(markOfFormat('"CN¥"#,##0.00')).toBe('CNY')
    expect(markOfFormat('$#,##0.00')).toBe('$')
    expect(markOfFormat('[$$-409]#,##0')).toBe('$')
    expect(markOfFormat('[$€-407] #,##0.00')).toBe('€')
    expect(markOfFormat('#,##0.00" 元"')).toBe('CNY')
    expect(markOfFormat('0.00%')).toBeUndefined()
  })

  it('reads amounts as producers write them', () => {
    const text = (value: string, dc = false) => readAmount({ value }, dc)
    expect(text('$1,250.00')).toEqual({ kind: 'number', value: 1250, percent: false, mark: '$' })
    expect(text('¥3,500')).toEqual({ kind: 'number', value: 3500, percent: false, mark: '¥' })
    expect(text('3.5万')).toEqual({ kind: 'number', value: 35000, percent: false, mark: null })
    expect(text('(1,250)')).toEqual({ kind: 'number', value: -1250, percent: false, mark: null })
    expect(text('12%')).toEqual({ kind: 'number', value: 12, percent: true, mark: null })
    expect(text('1.250,50 €', true)).toEqual({ kind: 'number', value: 1250.5, percent: false, mark: 'EUR' })
    expect(text('4人')).toEqual({ kind: 'number', value: 4, percent: false, mark: null })
    expect(text('7 days')).toEqual({ kind: 'number', value: 7, percent: false, mark: null })
    expect(text('—')).toEqual({ kind: 'empty' })
    expect(text('TBD')).toEqual({ kind: 'text', text: 'TBD' })
    expect(readAmount({ value: 0.1, percent: true })).toEqual({ kind: 'number', value: 10, percent: true, mark: null })
  })
})
