/**
 * Hostile input to the grid's number reader and pasted blocks (issue 14, "silent wrong numbers"):
 * each case either reads as exactly the number a person meant, or is refused; never a different
 * number. 40 cases.
 */
import { describe, expect, it } from 'vitest'
import { readTypedNumber } from '@/app/typedNumber'
import { readPastedBlock } from '@/app/pastedBlock'

const nonNeg = { rule: 'nonNeg' as const }
const read = (text: string) => {
  const r = readTypedNumber(text)
  return r.ok ? r.value : 'refused'
}

describe('typed numbers under attack: the number meant, or refused', () => {
  it.each([
    // spaces that do not group thousands
    ['3 5', 'refused'], ['1.5 000', 'refused'], ['1 23', 'refused'], ['12 3456', 'refused'], ['1 234 56', 'refused'],
    ['1\t234', 'refused'], ['0 .5', 'refused'], ['1 000,5', 'refused'], ['5 5 5', 'refused'], ['1\u00a023', 'refused'],
    // spaces that do
    ['1 000', 1000], ['12 345 678', 12_345_678], ['1\u202f234', 1234], [' 42 ', 42], ['¥ 1 200', 1200],
    // other ways to be misread
    ['1,5', 'refused'], ['1,0000', 'refused'], ['1e3k', 'refused'], ['--5', 'refused'], ['5-', 'refused'],
    ['1..5', 'refused'], ['$3,500元', 'refused'], ['∞', 'refused'], ['NaN', 'refused'], ['0x10', 'refused'],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})

describe('pasted blocks under attack: every cell where it belongs, or nothing', () => {
  it.each([
    ['1\n2\n3', [[1], [2], [3]]],
    ['0.5\n1\n1', [[0.5], [1], [1]]],
    ['1\r\n\r\n3\r\n', [[1], [null], [3]]],
    ['"1,200"\n"3 400"', [[1200], [3400]]],
    ['1\t2\n3\t4', [[1, 2], [3, 4]]],
    ['\t2\n3\t', [[null, 2], [3, null]]],
    ['１\n２', [[1], [2]]],
    ['1\r2\r3', [[1], [2], [3]]],
  ] as const)('%j fills %j', (text, rows) => {
    const block = readPastedBlock(text, [nonNeg, nonNeg])
    expect(block && block.ok ? block.rows : block).toEqual(rows)
  })

  it.each([
    ['1\n3 5\n2', 2], ['1\nabc', 2], ['1\n-2', 2], ['x\t1\n2\t3', 1], ['1\t1e400\n1\t1', 1], ['1\n2\n1.5 000', 3], ['=1+1\n2', 1],
  ] as const)('%j is refused at row %s, nothing read', (text, row) => {
    const block = readPastedBlock(text, [nonNeg, nonNeg])
    expect(block?.ok).toBe(false)
    if (block && !block.ok) expect(block.row).toBe(row)
  })
})
