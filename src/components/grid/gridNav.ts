/**
 * The keyboard model of an editable grid, as plain functions: which action a key stands for in a
 * cell, and which cell a move leads to. The grid component only reads the DOM and applies them.
 *
 * A cell is named by its row (an index into the grid's rows) and its column key. Rows may lack
 * columns (a section heading has a name but no rate): Up and Down look for the nearest row that
 * has the column, so they cross section headings in the rate column and stop on them in the name
 * column; Left and Right never leave the row; Tab and Shift+Tab go on to the next or previous row.
 */

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev'

export interface Cell {
  row: number
  col: string
}

export type KeyAction =
  | { type: 'move', move: Move }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'insert' }
  | null

/** The parts of a keyboard event the model reads. */
export interface KeyInput {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The focused control, as far as the keys are concerned. */
export interface FieldState {
  kind: 'text' | 'select' | 'button' | 'checkbox'
  /** Caret or selection in a text field (null elsewhere). */
  selectionStart: number | null
  selectionEnd: number | null
  /** Length of the text field's value. */
  length: number
  /** F2 was pressed: Left and Right move the caret within the text, whatever its position. */
  editing: boolean
}

/** True when the whole text is selected (as after moving into the cell). */
function allSelected(f: FieldState): boolean {
  return f.selectionStart === 0 && f.selectionEnd === f.length && f.length > 0
}

/**
 * The action of a key in a cell, or null to leave the key to the control (typing, opening a
 * select with Alt+Down or Space, activating a button with Enter or Space).
 */
export function keyAction(e: KeyInput, f: FieldState): KeyAction {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (mod && !e.altKey) {
    if (key === 'z') return { type: e.shiftKey ? 'redo' : 'undo' }
    if (key === 'y' && !e.shiftKey) return { type: 'redo' }
    if (key === 'Enter') return { type: 'insert' }
    return null
  }
  if (mod || e.altKey) return null
  switch (key) {
    case 'Tab': return { type: 'move', move: e.shiftKey ? 'prev' : 'next' }
    case 'Enter':
      return f.kind === 'text' || f.kind === 'select' ? { type: 'move', move: e.shiftKey ? 'up' : 'down' } : null
    case 'ArrowUp': return e.shiftKey ? null : { type: 'move', move: 'up' }
    case 'ArrowDown': return e.shiftKey ? null : { type: 'move', move: 'down' }
    case 'ArrowLeft':
    case 'ArrowRight': {
      if (e.shiftKey) return null
      const left = key === 'ArrowLeft'
      if (f.kind !== 'text') return { type: 'move', move: left ? 'left' : 'right' }
      if (f.editing) return null
      const caret = f.selectionStart === f.selectionEnd ? f.selectionStart : null
      const atEdge = allSelected(f) || caret === (left ? 0 : f.length)
      return atEdge ? { type: 'move', move: left ? 'left' : 'right' } : null
    }
    default: return null
  }
}

/**
 * The cell a move leads to from `from`, or null when there is none (the edge of the row for Left
 * and Right, the top or bottom of the column for Up and Down, the grid's first or last cell for
 * Tab). `cells(i)` lists row i's columns in order across; `count` is the number of rows.
 */
export function moveCell(cells: (row: number) => readonly string[], count: number, from: Cell, move: Move): Cell | null {
  const here = cells(from.row)
  const at = here.indexOf(from.col)
  switch (move) {
    case 'left': return at > 0 ? { row: from.row, col: here[at - 1]! } : null
    case 'right': return at >= 0 && at < here.length - 1 ? { row: from.row, col: here[at + 1]! } : null
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1
      for (let r = from.row + step; r >= 0 && r < count; r += step)
        if (cells(r).includes(from.col)) return { row: r, col: from.col }
      return null
    }
    case 'next':
    case 'prev': {
      const step = move === 'prev' ? -1 : 1
      const i = at < 0 ? (step > 0 ? -1 : here.length) : at
      if (i + step >= 0 && i + step < here.length) return { row: from.row, col: here[i + step]! }
      for (let r = from.row + step; r >= 0 && r < count; r += step) {
        const there = cells(r)
        if (there.length > 0) return { row: r, col: step > 0 ? there[0]! : there[there.length - 1]! }
      }
      return null
    }
  }
}
