/**
 * The budget grid's rows, in the order shown: each section's heading, then its lines (unless the
 * section is collapsed), each line followed by its explanation when open. Also which lines a find
 * query keeps, which cells each row has for the keyboard, and which lines a pasted column fills.
 * Plain functions over the project's parts: no Vue.
 */
import type { Line, Section } from '@/engine/types'

/**
 * A row names its section or line by id and index, not by the object: an edit that changes a
 * line's figures or text leaves the rows as they were (see `rowLayout`), and the grid reads the
 * line itself, for the rows in view only.
 */
export type BudgetRow =
  | { kind: 'section', key: string, id: string, at: number, lineCount: number }
  | { kind: 'line', key: string, id: string, section: string, at: number, first: boolean, last: boolean }
  | { kind: 'explain', key: string, id: string, at: number }
  | { kind: 'empty', key: string, id: string }

export const sectionKey = (id: string) => `s:${id}`
export const lineKey = (id: string) => `l:${id}`

export interface RowOptions {
  /** Sections whose lines are hidden. Ignored while finding. */
  collapsed: ReadonlySet<string>
  /** Lines whose explanation is open. */
  explain: ReadonlySet<string>
  /** The lines a find query keeps; null shows every line. */
  match: ((line: Line) => boolean) | null
  /** Lines shown whatever the query (a line just added while finding). */
  pinned: ReadonlySet<string>
}

/**
 * The rows in order. `at` is the index of the section in `sections`, or of the line in `lines`
 * (where the engine's results hold its figures). `first` and `last` say whether a line can move
 * up or down within its section. While finding, sections without a matching line are left out.
 */
export function budgetRows(sections: readonly Section[], lines: readonly Line[], options: RowOptions): BudgetRow[] {
  const bySection = new Map<string, number[]>()
  for (const s of sections) bySection.set(s.id, [])
  lines.forEach((l, j) => bySection.get(l.section)?.push(j))
  const finding = options.match !== null
  const rows: BudgetRow[] = []
  sections.forEach((section, at) => {
    const all = bySection.get(section.id)!
    const shown = finding ? all.filter(j => options.pinned.has(lines[j]!.id) || options.match!(lines[j]!)) : all
    if (finding && shown.length === 0) return
    rows.push({ kind: 'section', key: sectionKey(section.id), id: section.id, at, lineCount: all.length })
    if (!finding && options.collapsed.has(section.id)) return
    if (all.length === 0) rows.push({ kind: 'empty', key: `e:${section.id}`, id: section.id })
    for (const j of shown) {
      const { id } = lines[j]!
      rows.push({ kind: 'line', key: lineKey(id), id, section: section.id, at: j, first: j === all[0], last: j === all[all.length - 1] })
      if (options.explain.has(id)) rows.push({ kind: 'explain', key: `x:${id}`, id, at: j })
    }
  })
  return rows
}

/** True when two versions of the lines have the same ids in the same sections, in the same order. */
export function sameLayout(prev: readonly Line[], next: readonly Line[]): boolean {
  if (prev === next) return true
  if (prev.length !== next.length) return false
  for (let j = 0; j < next.length; j++) {
    const a = prev[j]!
    const b = next[j]!
    if (a !== b && (a.id !== b.id || a.section !== b.section)) return false
  }
  return true
}

/**
 * `budgetRows`, remembering its last answer: an edit that leaves the layout alone (a rate, a name
 * while not finding) gets the same rows back, so nothing that depends on them is redone.
 */
export function rowLayout(): (sections: readonly Section[], lines: readonly Line[], options: RowOptions) => BudgetRow[] {
  let last: { sections: readonly Section[], lines: readonly Line[], options: RowOptions, rows: BudgetRow[] } | null = null
  return (sections, lines, options) => {
    if (last && last.sections === sections && options.match === null && last.options.match === null
      && last.options.collapsed === options.collapsed && last.options.explain === options.explain
      && last.options.pinned === options.pinned && sameLayout(last.lines, lines)) {
      last.lines = lines
      return last.rows
    }
    last = { sections, lines, options, rows: budgetRows(sections, lines, options) }
    return last.rows
  }
}

/**
 * What a find query keeps: every word of the query (case aside) appears in the line's name (as
 * shown), its code or one of its tags. Null for a blank query.
 */
export function lineMatcher(query: string, nameOf: (line: Line) => string): ((line: Line) => boolean) | null {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  return (line) => {
    const name = nameOf(line).toLocaleLowerCase()
    const code = (line.code ?? '').toLocaleLowerCase()
    const tags = (line.tags ?? []).map(t => t.toLocaleLowerCase())
    return words.every(w => name.includes(w) || code.includes(w) || tags.some(t => t.includes(w)))
  }
}

/** The cells of a row across, for the keyboard (see components/grid/gridNav.ts). */
const LINE = ['code', 'name', 'kind', 'qty', 'basis', 'unit', 'count', 'rate']
const LINE_CELLS = {
  laborTags: [...LINE, 'fringes', 'tags', 'cost', 'menu'],
  labor: [...LINE, 'fringes', 'cost', 'menu'],
  costTags: [...LINE, 'tags', 'cost', 'menu'],
  cost: [...LINE, 'cost', 'menu'],
} as const
const SECTION_CELLS = ['code', 'toggle', 'name', 'add', 'menu'] as const
const NO_CELLS: readonly string[] = []

/** `line` is the row's line (for a line row): a labor line has fringes. */
export function rowCells(row: BudgetRow | undefined, line: Line | undefined, showTags: boolean): readonly string[] {
  if (row?.kind === 'section') return SECTION_CELLS
  if (row?.kind !== 'line' || !line) return NO_CELLS
  const labor = line.kind === 'labor'
  return labor ? (showTags ? LINE_CELLS.laborTags : LINE_CELLS.labor) : (showTags ? LINE_CELLS.costTags : LINE_CELLS.cost)
}

/**
 * The lines a column pasted at line `fromId` fills: that line and the ones below it in the order
 * shown, across the following sections (a collapsed section's lines and lines hidden by the find
 * box are not shown, so not filled). At most `count`.
 */
export function pasteTargets(rows: readonly BudgetRow[], fromId: string, count: number): string[] {
  const start = rows.findIndex(r => r.kind === 'line' && r.id === fromId)
  if (start < 0) return []
  const out: string[] = []
  for (let i = start; i < rows.length && out.length < count; i++) {
    const r = rows[i]!
    if (r.kind === 'line') out.push(r.id)
  }
  return out
}
