// @vitest-environment jsdom
/**
 * Blocks pasted from a spreadsheet into the budget grid (components/budget/useGridPaste.ts and
 * app/pastedBlock.ts): a column into any number cell fills down, a block of several columns fills
 * the number columns it covers, a blank cell leaves its line alone and says so, and each paste
 * replaces what the last one said. In jsdom, on the default preset (cast: Female lead, Male lead,
 * Supporting cast ×0.75 shoot days, Featured actors, Background actors, Extras).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import BudgetView from '@/views/BudgetView.vue'
import { readPastedBlock, splitBlock } from '@/app/pastedBlock'
import type { Line } from '@/engine/types'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})

/** A number cell by line id and column (qty, count, rate). */
const cell = (w: VueWrapper, field: string, line: string) => w.get(`tr[data-line="${line}"] input[data-cell="${field}"]`)
const paste = (w: VueWrapper, field: string, line: string, text: string) =>
  cell(w, field, line).trigger('paste', { clipboardData: { getData: () => text } })
const status = (w: VueWrapper) => w.get('.grid-status').text()
/** A line's quantity as typed: the number, or the multiplier of what it follows. */
const qty = (l: Line) => (typeof l.qty === 'number' ? l.qty : (l.qty.times ?? 1))
const cast = (lines: readonly Line[]) => lines.filter(l => l.section === 'cast')

describe('a block pasted into the budget grid', { timeout: 20_000 }, () => {
  it('a column pasted into a Quantity cell fills down, never merged into one number', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const before = cast(store.project.lines)
    await paste(w, 'qty', 'lead-female', '1\n2\n3\n')
    const after = cast(store.project.lines)
    // Each value on its own line (as a multiplier of the shoot days), not 123 on the first one
    expect(after.slice(0, 3).map(qty)).toEqual([1, 2, 3])
    expect(after.slice(0, 3).map(l => l.qty)).toEqual([{ of: 'phase:shoot' }, { of: 'phase:shoot', times: 2 }, { of: 'phase:shoot', times: 3 }])
    expect(after.slice(3)).toEqual(before.slice(3))
    expect(status(w)).toBe('3 values pasted into Quantity.')
    // 0.5 / 1 / 1 is three values too, not 0.511
    await paste(w, 'qty', 'lead-female', '0.5\r\n1\r\n1')
    expect(cast(store.project.lines).slice(0, 3).map(qty)).toEqual([0.5, 1, 1])
  })

  it('a plain quantity takes the value itself; one undo step puts the whole block back', async () => {
    const { render, store } = setup()
    const lead = store.project.lines.find(l => l.id === 'lead-female')!
    store.update(p => ({ ...p, lines: p.lines.map(l => (l.id === lead.id ? { ...l, qty: 8 } : l)) }))
    const w = render(BudgetView)
    const before = store.project
    await paste(w, 'qty', 'lead-female', '10\n2')
    expect(cast(store.project.lines).slice(0, 2).map(l => l.qty)).toEqual([10, { of: 'phase:shoot', times: 2 }])
    store.undo()
    expect(store.project).toEqual(before)
  })

  it('a block of three columns pasted into Quantity fills Quantity, Count and Rate', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    await paste(w, 'qty', 'lead-female', '2\t1\t¥4,000\n1\t2\t3 500\n')
    const [a, b] = cast(store.project.lines)
    expect([qty(a!), a!.count, a!.rate]).toEqual([2, 1, 4000])
    expect([qty(b!), b!.count, b!.rate]).toEqual([1, 2, 3500])
    expect(status(w)).toBe('6 values pasted into Quantity, Count, and Rate.')
    // From Count, two columns fill Count and Rate; a third has no number column left
    await paste(w, 'count', 'lead-female', '3\t100\tx\n4\t200\ty')
    const [c, d] = cast(store.project.lines)
    expect([c!.count, c!.rate, d!.count, d!.rate]).toEqual([3, 100, 4, 200])
    expect(status(w)).toBe('4 values pasted into Count and Rate. 1 column on the right was not pasted: Rate is the last number column.')
  })

  it('a blank cell leaves its line as it was and says so, instead of refusing the paste', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const before = cast(store.project.lines)
    await paste(w, 'rate', 'lead-female', '4000\n\n900')
    const after = cast(store.project.lines)
    expect(after.map(l => l.rate)).toEqual([4000, before[1]!.rate, 900, ...before.slice(3).map(l => l.rate)])
    expect(status(w)).toBe('2 values pasted into Rate. 1 blank cell left its line as it was.')
  })

  it('a bad cell refuses the block in words, and the next good paste clears the error', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const before = store.project
    await paste(w, 'count', 'lead-female', '1\n2.5\n3')
    expect(store.project).toBe(before)
    expect(status(w)).toBe('Nothing pasted: row 2, Count (“2.5”): Must be a whole number, 0 or more.')
    expect(w.get('.grid-status').classes()).toContain('error')
    // Another cell, a good column: the old error is gone
    await paste(w, 'rate', 'lead-male', '1\n2')
    expect(status(w)).toBe('2 values pasted into Rate.')
    expect(w.get('.grid-status').classes()).not.toContain('error')
    expect(w.findAll('[role="alert"]')).toHaveLength(0)
  })

  it('a space that is not a thousands group refuses the block with why', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const before = store.project
    await paste(w, 'rate', 'lead-female', '1 234\n3 5')
    expect(store.project).toBe(before)
    expect(status(w)).toBe('Nothing pasted: row 2, Rate (“3 5”): A space may only group digits in threes, as in 1 234 567.')
  })

  it('in Chinese, the status lists the columns the Chinese way', async () => {
    const { render } = setup({ locale: 'zh-CN' })
    const w = render(BudgetView)
    await w.get('tr[data-line="lead-female"] input[data-cell="count"]').trigger('paste', { clipboardData: { getData: () => '1\t2\n\t3' } })
    expect(status(w)).toMatch(/^已粘贴 3 个数值到.+和.+。1 个空白单元格，对应明细保持不变。$/)
  })
})

describe('reading a pasted block', () => {
  const rules = [{ rule: 'nonNeg' as const }, { rule: 'whole' as const }]
  it('one cell is an ordinary paste; rows and tabs make a block', () => {
    expect(readPastedBlock('42', rules)).toBeNull()
    expect(readPastedBlock('42\n', rules)).toBeNull()
    expect(readPastedBlock('', rules)).toBeNull()
    expect(readPastedBlock('1\t2', rules)).toEqual({ ok: true, rows: [[1, 2]], width: 2, extraColumns: 0, blanks: 0 })
    expect(readPastedBlock('1\t\t9\n\t3', rules)).toEqual({ ok: true, rows: [[1, null], [null, 3]], width: 2, extraColumns: 1, blanks: 2 })
  })
  it('quoted cells as spreadsheets copy them; trailing empty rows and cells dropped', () => {
    expect(splitBlock('"1,200"\t2\t\r\n"3"\r\n\r\n')).toEqual([['1,200', '2'], ['3']])
  })
})
