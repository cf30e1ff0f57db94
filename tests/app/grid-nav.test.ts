/**
 * The grid's keyboard model (src/components/grid/gridNav.ts) and the budget grid's rows
 * (src/components/budget/budgetRows.ts), without mounting anything.
 */
import { describe, expect, it } from 'vitest'
import { keyAction, moveCell } from '@/components/grid/gridNav'
import type { FieldState, KeyInput } from '@/components/grid/gridNav'
import { budgetRows, lineMatcher, pasteTargets, rowCells, rowLayout, sameLayout } from '@/components/budget/budgetRows'
import type { Line, Section } from '@/engine/types'

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput =>
  ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })
/** A text field holding `length` characters with the caret or selection from `start` to `end`. */
const text = (start: number, end: number, length: number, editing = false): FieldState =>
  ({ kind: 'text', selectionStart: start, selectionEnd: end, length, editing })
const other = (kind: FieldState['kind']): FieldState =>
  ({ kind, selectionStart: null, selectionEnd: null, length: 0, editing: false })

describe('keys in a cell', () => {
  it('Up and Down move in the column from any control, except Alt+Down that opens a select', () => {
    for (const f of [text(2, 2, 5), other('select'), other('button'), other('checkbox')]) {
      expect(keyAction(key('ArrowUp'), f)).toEqual({ type: 'move', move: 'up' })
      expect(keyAction(key('ArrowDown'), f)).toEqual({ type: 'move', move: 'down' })
    }
    expect(keyAction(key('ArrowDown', { altKey: true }), other('select'))).toBeNull()
    expect(keyAction(key(' '), other('select'))).toBeNull()
  })

  it('Left and Right leave a text field only at its edge, or when the whole text is selected', () => {
    // "3,000" just moved into: all selected
    expect(keyAction(key('ArrowLeft'), text(0, 5, 5))).toEqual({ type: 'move', move: 'left' })
    expect(keyAction(key('ArrowRight'), text(0, 5, 5))).toEqual({ type: 'move', move: 'right' })
    // caret in the middle: the caret moves
    expect(keyAction(key('ArrowLeft'), text(2, 2, 5))).toBeNull()
    expect(keyAction(key('ArrowRight'), text(2, 2, 5))).toBeNull()
    // caret at the start or the end
    expect(keyAction(key('ArrowLeft'), text(0, 0, 5))).toEqual({ type: 'move', move: 'left' })
    expect(keyAction(key('ArrowRight'), text(0, 0, 5))).toBeNull()
    expect(keyAction(key('ArrowRight'), text(5, 5, 5))).toEqual({ type: 'move', move: 'right' })
    expect(keyAction(key('ArrowLeft'), text(5, 5, 5))).toBeNull()
    // part of the text selected: the selection changes
    expect(keyAction(key('ArrowRight'), text(1, 5, 5))).toBeNull()
    // an empty field is at both edges
    expect(keyAction(key('ArrowLeft'), text(0, 0, 0))).toEqual({ type: 'move', move: 'left' })
    // Shift+arrows select text
    expect(keyAction(key('ArrowRight', { shiftKey: true }), text(5, 5, 5))).toBeNull()
  })

  it('after F2, Left and Right stay in the text wherever the caret is', () => {
    expect(keyAction(key('ArrowRight'), text(5, 5, 5, true))).toBeNull()
    expect(keyAction(key('ArrowLeft'), text(0, 0, 5, true))).toBeNull()
    expect(keyAction(key('ArrowDown'), text(0, 0, 5, true))).toEqual({ type: 'move', move: 'down' })
  })

  it('Left and Right always move from a select, a button or a checkbox', () => {
    expect(keyAction(key('ArrowLeft'), other('select'))).toEqual({ type: 'move', move: 'left' })
    expect(keyAction(key('ArrowRight'), other('button'))).toEqual({ type: 'move', move: 'right' })
  })

  it('Enter moves down from a field (Shift+Enter up) and activates a button; Tab goes across', () => {
    expect(keyAction(key('Enter'), text(0, 5, 5))).toEqual({ type: 'move', move: 'down' })
    expect(keyAction(key('Enter', { shiftKey: true }), text(0, 5, 5))).toEqual({ type: 'move', move: 'up' })
    expect(keyAction(key('Enter'), other('select'))).toEqual({ type: 'move', move: 'down' })
    expect(keyAction(key('Enter'), other('button'))).toBeNull()
    expect(keyAction(key('Tab'), other('button'))).toEqual({ type: 'move', move: 'next' })
    expect(keyAction(key('Tab', { shiftKey: true }), text(0, 0, 0))).toEqual({ type: 'move', move: 'prev' })
  })

  it('Ctrl or Cmd with Z, Shift+Z, Y and Enter: undo, redo, redo, insert a line', () => {
    expect(keyAction(key('z', { ctrlKey: true }), text(0, 5, 5))).toEqual({ type: 'undo' })
    expect(keyAction(key('z', { metaKey: true }), other('select'))).toEqual({ type: 'undo' })
    expect(keyAction(key('Z', { ctrlKey: true, shiftKey: true }), text(0, 5, 5))).toEqual({ type: 'redo' })
    expect(keyAction(key('y', { ctrlKey: true }), text(0, 5, 5))).toEqual({ type: 'redo' })
    expect(keyAction(key('Enter', { ctrlKey: true }), text(0, 5, 5))).toEqual({ type: 'insert' })
    expect(keyAction(key('Enter', { metaKey: true }), other('button'))).toEqual({ type: 'insert' })
    // other shortcuts (copy, paste, select all) and typing are left to the control
    expect(keyAction(key('c', { ctrlKey: true }), text(0, 5, 5))).toBeNull()
    expect(keyAction(key('a', { ctrlKey: true }), text(0, 5, 5))).toBeNull()
    expect(keyAction(key('7'), text(0, 5, 5))).toBeNull()
    expect(keyAction(key('F2'), text(0, 5, 5))).toBeNull()
  })
})

describe('moving between cells', () => {
  // A section heading (code, name), two lines, an explanation (no cells), a heading, a cost line
  const rows = [
    ['code', 'name'],
    ['code', 'name', 'rate', 'fringes'],
    ['code', 'name', 'rate', 'fringes'],
    [],
    ['code', 'name'],
    ['code', 'name', 'rate'],
  ]
  const cells = (i: number) => rows[i] ?? []
  const move = (row: number, col: string, m: Parameters<typeof moveCell>[3]) => moveCell(cells, rows.length, { row, col }, m)

  it('Up and Down follow the column across headings and explanations', () => {
    expect(move(2, 'rate', 'down')).toEqual({ row: 5, col: 'rate' })
    expect(move(5, 'rate', 'up')).toEqual({ row: 2, col: 'rate' })
    // the name column stops on the heading: section names line up with line names
    expect(move(2, 'name', 'down')).toEqual({ row: 4, col: 'name' })
    // a column that no row below has: no move
    expect(move(2, 'fringes', 'down')).toBeNull()
    expect(move(0, 'name', 'up')).toBeNull()
    expect(move(5, 'rate', 'down')).toBeNull()
  })

  it('Left and Right stay in the row', () => {
    expect(move(1, 'name', 'right')).toEqual({ row: 1, col: 'rate' })
    expect(move(1, 'name', 'left')).toEqual({ row: 1, col: 'code' })
    expect(move(1, 'code', 'left')).toBeNull()
    expect(move(1, 'fringes', 'right')).toBeNull()
  })

  it('Tab and Shift+Tab go on to the next or previous row, and out at the grid\'s ends', () => {
    expect(move(1, 'fringes', 'next')).toEqual({ row: 2, col: 'code' })
    expect(move(4, 'code', 'prev')).toEqual({ row: 2, col: 'fringes' })
    expect(move(2, 'fringes', 'next')).toEqual({ row: 4, col: 'code' })
    expect(move(5, 'rate', 'next')).toBeNull()
    expect(move(0, 'code', 'prev')).toBeNull()
  })
})

describe('the budget grid\'s rows', () => {
  const sections: Section[] = [{ id: 'crew', name: 'Crew' }, { id: 'cast', name: 'Cast' }, { id: 'post', name: 'Post' }]
  const line = (id: string, section: string, extra: Partial<Line> = {}): Line =>
    ({ id, section, name: id, kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 1, ...extra })
  const lines = [
    line('director', 'crew', { name: 'Director', code: '1100' }),
    line('lead', 'cast', { name: 'Female lead', tags: ['cast', 'lead'] }),
    line('dp', 'crew', { name: 'DP', tags: ['camera'] }),
    line('extras', 'cast', { name: 'Extras', kind: 'cost' }),
  ]
  const none = new Set<string>()
  const all = { collapsed: none, explain: none, match: null, pinned: none }
  const keys = (options = {}) => budgetRows(sections, lines, { ...all, ...options }).map(r => r.key)

  it('lists each section, then its lines in the project\'s order, with an explanation when open', () => {
    expect(keys()).toEqual(['s:crew', 'l:director', 'l:dp', 's:cast', 'l:lead', 'l:extras', 's:post', 'e:post'])
    expect(keys({ explain: new Set(['dp']) })).toEqual(['s:crew', 'l:director', 'l:dp', 'x:dp', 's:cast', 'l:lead', 'l:extras', 's:post', 'e:post'])
    expect(keys({ collapsed: new Set(['crew']) })).toEqual(['s:crew', 's:cast', 'l:lead', 'l:extras', 's:post', 'e:post'])
    const rows = budgetRows(sections, lines, all)
    // where the engine's results hold each one's figures, and whether it can move
    expect(rows.map(r => (r.kind === 'line' ? [r.at, r.first, r.last] : r.kind === 'section' ? [r.at, r.lineCount] : null)))
      .toEqual([[0, 2], [0, true, false], [2, false, true], [1, 2], [1, true, false], [3, false, true], [2, 0], null])
  })

  it('finds lines by name, code or tag, every word, any case; shows only sections with a match', () => {
    const find = (q: string) => keys({ match: lineMatcher(q, l => l.name) })
    expect(lineMatcher('  ', l => l.name)).toBeNull()
    expect(find('direct')).toEqual(['s:crew', 'l:director'])
    expect(find('1100')).toEqual(['s:crew', 'l:director'])
    expect(find('CAMERA')).toEqual(['s:crew', 'l:dp'])
    expect(find('lead cast')).toEqual(['s:cast', 'l:lead'])
    expect(find('x')).toEqual(['s:cast', 'l:extras'])
    // collapsed sections open while finding; a line just added stays in view
    expect(keys({ match: lineMatcher('dp', l => l.name), collapsed: new Set(['crew']) })).toEqual(['s:crew', 'l:dp'])
    expect(keys({ match: lineMatcher('dp', l => l.name), pinned: new Set(['extras']) })).toEqual(['s:crew', 'l:dp', 's:cast', 'l:extras'])
  })

  it('gives each row its cells: fringes on labor lines only, tags when shown', () => {
    const rows = budgetRows(sections, lines, all)
    const line = (i: number) => { const r = rows[i]; return r?.kind === 'line' ? lines[r.at] : undefined }
    expect(rowCells(rows[0], undefined, false)).toEqual(['code', 'toggle', 'name', 'add', 'menu'])
    expect(rowCells(rows[1], line(1), false)).toEqual(['code', 'name', 'kind', 'qty', 'basis', 'unit', 'count', 'rate', 'fringes', 'cost', 'menu'])
    expect(rowCells(rows[5], line(5), true)).toEqual(['code', 'name', 'kind', 'qty', 'basis', 'unit', 'count', 'rate', 'tags', 'cost', 'menu'])
    expect(rowCells(rows[7], undefined, true)).toEqual([])
  })

  it('gives the same rows back while the layout is unchanged, new rows when it changes', () => {
    const layout = rowLayout()
    const first = layout(sections, lines, all)
    // a rate edit: one line copied, the list copied
    const rated = lines.map(l => (l.id === 'dp' ? { ...l, rate: 99 } : l))
    expect(layout(sections, rated, all)).toBe(first)
    // a line moved to another section, a collapsed section, a query: new rows
    const moved = rated.map(l => (l.id === 'dp' ? { ...l, section: 'post' } : l))
    const second = layout(sections, moved, all)
    expect(second).not.toBe(first)
    expect(second.map(r => r.key)).toContain('l:dp')
    expect(layout(sections, moved, { ...all, collapsed: new Set(['crew']) })).not.toBe(second)
    const match = lineMatcher('lead', l => l.name)
    const found = layout(sections, moved, { ...all, match })
    expect(layout(sections, moved, { ...all, match })).not.toBe(found)
    expect(sameLayout(lines, [...lines].reverse())).toBe(false)
    expect(sameLayout(lines, lines.slice(1))).toBe(false)
  })

  it('fills a pasted column down the lines shown, across sections, skipping what is hidden', () => {
    const rows = budgetRows(sections, lines, all)
    expect(pasteTargets(rows, 'dp', 10)).toEqual(['dp', 'lead', 'extras'])
    expect(pasteTargets(rows, 'director', 2)).toEqual(['director', 'dp'])
    const collapsed = budgetRows(sections, lines, { ...all, collapsed: new Set(['cast']) })
    expect(pasteTargets(collapsed, 'director', 10)).toEqual(['director', 'dp'])
    expect(pasteTargets(rows, 'nowhere', 10)).toEqual([])
  })
})
