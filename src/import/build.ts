/**
 * The rows read, made into a project (MODEL.md §1): sections, lines with their codes and notes,
 * markups, fringes where the sheet gives them; and what each subtotal or total row covers, for
 * the totals check.
 */
import { computeProject } from '../engine/compute'
import { roundHalfAway, toMinor } from '../engine/money'
import type { Fringe, Line, Markup, Project, Section } from '../engine/types'
import type { LineRow, ReadRow } from './rows'
import { guessGroup, guessKind, guessTags } from './guess'

/** What a subtotal or total row of the sheet should equal. */
export interface CheckSpec {
  row: number
  label: string
  /** The sheet's figure, major units; null when the row shows none. */
  amount: number | null
  /** Alternatives, tried in order: the first the sheet's figure equals is the one compared. */
  covers: { lines: string[], markups: string[] }[]
}

export interface Built {
  project: Project
  /** Row number → id of the line, section or markup it became. */
  ids: Map<number, string>
  checks: CheckSpec[]
  /** Each line's total as the sheet shows it, major units, by line id. */
  sheetTotals: Map<string, number>
  /** Each markup's amount as the sheet shows it, by markup id. */
  markupAmounts: Map<string, number>
}

export interface BuildOptions {
  title: string
  currency: string
  locale: string
  episodes: number
  minutesPerEpisode: number
  /** The default section's name, for lines above any heading. */
  defaultSection: string
}

const MAX_CODE = 20

function fringeId(percent: number): string {
  return `f${String(percent).replace('.', '_')}`
}

/**
 * The fringe percent that gives a fringe amount on a cost: the one with the fewest decimals (up
 * to 8) that reproduces the amount to the cent (12.000000001 is 12).
 */
function fringePercent(fringe: number, cost: number): number {
  const exact = fringe / cost * 100
  for (let d = 0; d <= 8; d++) {
    const p = Math.round(exact * 10 ** d) / 10 ** d
    if (Math.round(cost * p) === Math.round(fringe * 100)) return p
  }
  return Math.round(exact * 1e8) / 1e8
}

export function buildProject(rows: ReadRow[], o: BuildOptions): Built {
  const sections: Section[] = []
  const lines: Line[] = []
  const markups: Markup[] = []
  const fringes = new Map<number, Fringe>()
  const ids = new Map<number, string>()
  const checks: CheckSpec[] = []
  const sheetTotals = new Map<string, number>()
  const markupAmounts = new Map<string, number>()
  const derive: Markup[] = []
  /** Section checks: the section row's own total, checked once its lines are read. */
  const sectionTotals: { section: string, row: number, label: string, amount: number }[] = []

  let current: Section | null = null
  let sectionLines: string[] = []
  /** True once the current section's subtotal row has been read. */
  let sectionChecked = false
  let checkedUpTo = 0 // lines[0..checkedUpTo) are covered by a previous running total
  const byColumn = new Map<string, Section>()

  const open = (s: Section) => {
    sections.push(s)
    current = s
    sectionLines = []
    sectionChecked = false
  }
  const ensureSection = (line: LineRow): Section => {
    if (line.section) {
      const key = `${line.section.code}\u0000${line.section.name}`
      let s = byColumn.get(key)
      if (!s) {
        s = { id: `s${sections.length + 1}`, name: line.section.name, group: guessGroup(line.section.name) }
        if (line.section.code) s.code = line.section.code.slice(0, MAX_CODE)
        byColumn.set(key, s)
        open(s)
      }
      else if (current !== s) {
        current = s
        sectionLines = lines.filter(l => l.section === s!.id).map(l => l.id)
      }
      return s
    }
    if (!current) open({ id: 'main', name: o.defaultSection, group: 'btl' })
    return current!
  }

  for (const r of rows) {
    if (r.as === 'section') {
      const s: Section = { id: `s${r.row}`, name: r.name || r.code, group: guessGroup(r.name) }
      if (r.code) s.code = r.code.slice(0, MAX_CODE)
      open(s)
      ids.set(r.row, s.id)
      if (r.total !== undefined) sectionTotals.push({ section: s.id, row: r.row, label: s.name, amount: r.total })
    }
    else if (r.as === 'line') {
      const s = ensureSection(r)
      const line = makeLine(r, s, fringes)
      lines.push(line)
      sectionLines.push(line.id)
      ids.set(r.row, line.id)
      if (r.total !== undefined) sheetTotals.set(line.id, r.total)
    }
    else if (r.as === 'markup') {
      const m: Markup = { id: `m${r.row}`, name: r.name, percent: Math.min(100, r.percent ?? 0) }
      if (r.percent === null) derive.push(m)
      markups.push(m)
      ids.set(r.row, m.id)
      if (r.amount !== null) markupAmounts.set(m.id, r.amount)
    }
    else if (r.as === 'check') {
      const all = lines.map(l => l.id)
      const running = { lines: all, markups: markups.map(m => m.id) }
      const linesOnly = { lines: all, markups: [] }
      const group = { lines: all.slice(checkedUpTo), markups: [] }
      let covers: CheckSpec['covers']
      if (r.section && current && !sectionChecked) {
        covers = [{ lines: sectionLines, markups: [] }, group, linesOnly, running]
        sectionLines = []
        sectionChecked = true
      }
      else {
        covers = [running, linesOnly, group]
        checkedUpTo = lines.length
        sectionLines = []
      }
      checks.push({ row: r.row, label: r.label, amount: r.amount, covers })
    }
  }

  // A section row's own total is its subtotal, checked against the lines under it; a section with
  // a total but no lines is one line of that amount (a budget written as headings with totals).
  for (const st of sectionTotals) {
    const own = lines.filter(l => l.section === st.section)
    if (own.length === 0) {
      const s = sections.find(x => x.id === st.section)!
      const line: Line = { id: `r${st.row}`, section: s.id, name: s.name, kind: guessKind(s.name, ''), qty: 1, unit: '', count: 1, rate: st.amount }
      if (s.code) line.code = s.code
      lines.push(line)
      sheetTotals.set(line.id, st.amount)
      ids.set(st.row, line.id)
      continue
    }
    checks.push({ row: st.row, label: st.label, amount: st.amount, covers: [{ lines: own.map(l => l.id), markups: [] }] })
  }
  checks.sort((a, b) => a.row - b.row)

  const used = sections.filter(s => lines.some(l => l.section === s.id))
  const project: Project = {
    schemaVersion: 1,
    meta: { title: o.title, currency: o.currency, locale: o.locale, episodes: o.episodes, minutesPerEpisode: o.minutesPerEpisode, notes: '', sources: [] },
    phases: [
      { id: 'script', name: 'Script', days: 20 },
      { id: 'prep', name: 'Pre-production', days: 7, after: ['script'] },
      { id: 'shoot', name: 'Shooting', days: 8, after: ['prep'] },
      { id: 'post', name: 'Post-production', days: 15, after: ['shoot'], lag: -3 },
    ],
    sections: used,
    fringes: [...fringes.values()],
    lines,
    markups,
    levers: [],
    scenarios: [{ id: 'baseline', name: 'Traditional', baseline: true, adoption: {} }],
  }
  if (derive.length > 0) {
    const r = computeProject(project).scenarios[0]!.result
    for (const m of derive) m.percent = markupPercent(toMinor(markupAmounts.get(m.id)!, r.digits), r.subtotal)
  }
  return { project, ids, checks, sheetTotals, markupAmounts }
}

/** The percent of `base` that rounds to `amount` (minor units), with the fewest decimals (up to 8). */
function markupPercent(amount: number, base: number): number {
  if (base <= 0) return 0
  const exact = Math.min(100, amount / base * 100)
  for (let d = 0; d <= 8; d++) {
    const p = Math.round(exact * 10 ** d) / 10 ** d
    if (roundHalfAway(base * p / 100) === amount) return p
  }
  return Math.round(exact * 1e8) / 1e8
}

function makeLine(r: LineRow, s: Section, fringes: Map<number, Fringe>): Line {
  let qty = r.qty
  let count = r.count
  let rate = r.rate
  if (rate === undefined && qty === undefined) {
    // Only a total: one of it.
    qty = 1
    rate = r.total ?? 0
  }
  else if (rate === undefined) {
    const n = (qty ?? 1) * (count ?? 1)
    if (r.total !== undefined && n > 0) rate = r.total / n
    else if (r.total !== undefined) { qty = 1; count = 1; rate = r.total }
    else rate = 0
  }
  qty ??= 1
  count ??= 1
  if (!Number.isInteger(count)) {
    // A count must be whole: 1.5 people × 10 days is 15 of the quantity.
    qty *= count
    count = 1
  }
  const name = r.name.slice(0, 200)
  let kind = r.kind ?? guessKind(s.name, name)
  const line: Line = { id: `r${r.row}`, section: s.id, name, kind, qty, unit: r.unit, count, rate }
  if (r.code) line.code = r.code.slice(0, MAX_CODE)
  const notes = [r.note, r.code.length > MAX_CODE ? r.code : ''].filter(Boolean).join(' · ')
  if (notes) line.note = notes.slice(0, 2000)
  let percent = r.fringePercent
  if (percent === undefined && r.fringe !== undefined && r.fringe > 0) {
    const cost = qty * count * rate
    if (cost > 0) percent = fringePercent(r.fringe, cost)
  }
  if (percent !== undefined && percent > 0) {
    const p = Math.min(100, percent)
    if (!fringes.has(p)) fringes.set(p, { id: fringeId(p), name: `Fringe ${p}%`, percent: p })
    line.fringes = [fringeId(p)]
    kind = 'labor' // fringes are on labor lines only (MODEL.md §1)
    line.kind = kind
  }
  const tags = guessTags(s.name, name)
  if (tags.length > 0) line.tags = tags
  return line
}
