/**
 * Edits to a project, as pure functions: each takes a project and returns a new one that shares
 * every part it leaves alone (a rate edit copies one line and the list of lines, never the rest).
 * The store checks the parts an edit changed and keeps the result only when it is valid.
 *
 * Edits of the lines, which can number in the thousands, are written out by hand; edits of the
 * short lists (phases, sections, levers…) use Immer, which copies what a recipe changes.
 */
import { produce } from 'immer'
import { setText } from '@/app/labels'
import type { Line, Lever, Phase, Project, Quantity, Section } from '@/engine/types'

/** A fresh id from `base` that is not in `taken`: "line", "line-2", "line-3"… */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item'
  if (!used.has(stem)) return stem
  for (let k = 2; ; k++) if (!used.has(`${stem}-${k}`)) return `${stem}-${k}`
}

function lineIndex(p: Project, id: string): number {
  const j = p.lines.findIndex(l => l.id === id)
  if (j < 0) throw new Error(`no line "${id}"`)
  return j
}

/** The project with line `id` replaced by `change(line)`; the other lines are shared. */
export function updateLine(p: Project, id: string, change: (l: Line) => Line): Project {
  const j = lineIndex(p, id)
  const lines = p.lines.slice()
  lines[j] = change(p.lines[j]!)
  return { ...p, lines }
}

/** A copy of `obj` without `key`. */
function without<T extends object, K extends keyof T>(obj: T, key: K): T {
  const { [key]: _gone, ...rest } = obj
  return rest as T
}

export type LineNumberField = 'count' | 'rate'
export type LineTextField = 'name' | 'unit' | 'code'

export function setLineNumber(p: Project, id: string, field: LineNumberField, value: number): Project {
  return updateLine(p, id, l => ({ ...l, [field]: value }))
}

/** The number cells of a line that a pasted block fills, in the grid's order. */
export const LINE_CELLS = ['qty', 'count', 'rate'] as const
export type LineCellField = typeof LINE_CELLS[number]
export interface LineCellValue { id: string, field: LineCellField, value: number }

/**
 * Sets many lines' cells in one edit (a pasted block). A quantity that follows a phase, the
 * episodes or the minutes gets the value as its multiplier; a cell given the value it holds is
 * left as it is. Copies the list of lines once.
 */
export function setLineCells(p: Project, cells: readonly LineCellValue[]): Project {
  const at = new Map(p.lines.map((l, j) => [l.id, j]))
  const lines = p.lines.slice()
  for (const { id, field, value } of cells) {
    const j = at.get(id)
    if (j === undefined) throw new Error(`no line "${id}"`)
    const l = lines[j]!
    const now = field !== 'qty' ? l[field] : typeof l.qty === 'number' ? l.qty : (l.qty.times ?? 1)
    if (now === value) continue
    lines[j] = field !== 'qty' ? { ...l, [field]: value } : { ...l, qty: typeof l.qty === 'number' ? value : { ...l.qty, times: value } }
  }
  return { ...p, lines }
}

/** Sets a text field; an empty code removes the code. */
export function setLineText(p: Project, id: string, field: LineTextField, value: string): Project {
  return updateLine(p, id, (l) => {
    if (field === 'code') return value.trim() === '' ? without(l, 'code') : { ...l, code: value.trim() }
    const copy = { ...l, ...(l.l10n ? { l10n: structuredClone(l.l10n) } : {}) }
    setText(copy, field, value)
    return copy
  })
}

/**
 * Sets a line's note in every language: its translations go (a preset's Chinese note would
 * otherwise hide an edit made in English, and the old English one an edit made in Chinese). A blank
 * note removes the note and its translations. The text is kept as written (no trimming inside).
 */
export function setLineNote(p: Project, id: string, note: string): Project {
  return updateLine(p, id, (l) => {
    const copy = { ...l, ...(l.l10n ? { l10n: structuredClone(l.l10n) } : {}) }
    setText(copy, 'note', note.trim())
    return note.trim() === '' ? without(copy, 'note') : copy
  })
}

export function setLineKind(p: Project, id: string, kind: Line['kind']): Project {
  return updateLine(p, id, l => (kind === 'cost' ? { ...without(l, 'fringes'), kind } : { ...l, kind }))
}

export function setLineQty(p: Project, id: string, qty: Quantity): Project {
  return updateLine(p, id, l => ({ ...l, qty }))
}

export function setLineFringes(p: Project, id: string, fringes: string[]): Project {
  return updateLine(p, id, l => (fringes.length === 0 ? without(l, 'fringes') : { ...l, fringes }))
}

export function setLineTags(p: Project, id: string, tags: string[]): Project {
  const clean = [...new Set(tags.map(t => t.trim()).filter(t => t !== ''))]
  return updateLine(p, id, l => (clean.length === 0 ? without(l, 'tags') : { ...l, tags: clean }))
}

/**
 * The account code a new line of `section` gets: one past the largest code of its lines that ends
 * in digits, as wide (2102 → 2103, 04.09 → 04.10), never one already used; under the section's own
 * code when its lines have none (2000 → 2001, 04 → 04.01); none when the section has no code either.
 */
export function nextLineCode(p: Project, section: string): string | undefined {
  const taken = new Set(p.lines.map(l => l.code).filter(c => c !== undefined))
  let best: { stem: string, n: bigint, width: number } | null = null
  for (const l of p.lines) {
    const m = l.section === section && l.code ? /^(.*?)(\d+)$/.exec(l.code) : null
    if (m && (best === null || BigInt(m[2]!) > best.n)) best = { stem: m[1]!, n: BigInt(m[2]!), width: m[2]!.length }
  }
  if (best === null) {
    const code = p.sections.find(s => s.id === section)?.code
    if (!code) return undefined
    const m = /^(.*\d)00$/.exec(code)
    best = m ? { stem: m[1]!, n: 0n, width: 2 } : { stem: `${code}.`, n: 0n, width: 2 }
  }
  for (let n = best.n + 1n; ; n++) {
    const code = `${best.stem}${n.toString().padStart(best.width, '0')}`
    if (code.length > 20) return undefined
    if (!taken.has(code)) return code
  }
}

/**
 * Adds a line after `afterId` (or at the end of the section), its name and unit in the language
 * shown, with the next account code of its section (see `nextLineCode`).
 */
export function addLine(p: Project, section: string, name: string, afterId?: string, unit = 'day'): { project: Project, id: string } {
  const id = freshId('line', p.lines.map(l => l.id))
  const code = nextLineCode(p, section)
  const fresh: Line = { id, section, ...(code !== undefined ? { code } : {}), name, kind: 'labor', qty: 1, unit, count: 1, rate: 0 }
  const at = afterId !== undefined ? p.lines.findIndex(l => l.id === afterId) : p.lines.findLastIndex(l => l.section === section)
  const lines = p.lines.slice()
  lines.splice(at >= 0 ? at + 1 : p.lines.length, 0, fresh)
  return { project: { ...p, lines }, id }
}

export function duplicateLine(p: Project, id: string): { project: Project, id: string } {
  const j = lineIndex(p, id)
  const src = p.lines[j]!
  const copy = { ...structuredClone(src), id: freshId(src.id, p.lines.map(l => l.id)) }
  const lines = p.lines.slice()
  lines.splice(j + 1, 0, copy)
  return { project: { ...p, lines }, id: copy.id }
}

/** Removes lines and every reference to them (lever targets, scenario overrides). */
export function deleteLines(p: Project, ids: ReadonlySet<string>): Project {
  if (ids.size === 0) return p
  const touches = (list: readonly string[] | undefined) => list?.some(x => ids.has(x)) ?? false
  const overrides = (o: Record<string, unknown> | undefined) => o !== undefined && Object.keys(o).some(k => ids.has(k))
  return {
    ...p,
    lines: p.lines.filter(l => !ids.has(l.id)),
    ...(p.levers
      ? { levers: p.levers.map(lever => (touches(lever.targets?.lines)
          ? { ...lever, targets: { ...lever.targets, lines: lever.targets!.lines!.filter(x => !ids.has(x)) } }
          : lever)) }
      : {}),
    scenarios: p.scenarios.map((s) => {
      const lines = s.overrides?.lines
      if (!overrides(lines)) return s
      const kept = Object.fromEntries(Object.entries(lines!).filter(([k]) => !ids.has(k)))
      return { ...s, overrides: { ...s.overrides, lines: kept } }
    }),
  }
}

export function deleteLine(p: Project, id: string): Project {
  return deleteLines(p, new Set([id]))
}

/** Moves a line up (−1) or down (+1) within its section. */
export function moveLine(p: Project, id: string, direction: -1 | 1): Project {
  const i = lineIndex(p, id)
  const section = p.lines[i]!.section
  let j = i + direction
  while (j >= 0 && j < p.lines.length && p.lines[j]!.section !== section) j += direction
  if (j < 0 || j >= p.lines.length) return p
  const lines = p.lines.slice()
  const [moved] = lines.splice(i, 1)
  lines.splice(j, 0, moved!)
  return { ...p, lines }
}

export function addSection(p: Project, name: string, group: Section['group'] = 'btl'): { project: Project, id: string } {
  const id = freshId(name || 'section', p.sections.map(s => s.id))
  return { project: { ...p, sections: [...p.sections, { id, name, group }] }, id }
}

function updateSection(p: Project, id: string, change: (s: Section) => Section): Project {
  return { ...p, sections: p.sections.map(s => (s.id === id ? change(s) : s)) }
}

export function renameSection(p: Project, id: string, name: string): Project {
  return updateSection(p, id, (s) => {
    const copy = { ...s, ...(s.l10n ? { l10n: structuredClone(s.l10n) } : {}) }
    setText(copy, 'name', name)
    return copy
  })
}

export function setSectionCode(p: Project, id: string, code: string): Project {
  return updateSection(p, id, s => (code.trim() === '' ? without(s, 'code') : { ...s, code: code.trim() }))
}

/** Removes a section, its lines and every reference to them. */
export function deleteSection(p: Project, id: string): Project {
  const gone = deleteLines(p, new Set(p.lines.filter(x => x.section === id).map(l => l.id)))
  return produce(gone, (d) => {
    d.sections = d.sections.filter(s => s.id !== id)
    for (const m of d.markups ?? []) if (m.sections?.includes(id)) m.sections = m.sections.filter(x => x !== id)
    for (const lever of d.levers ?? []) {
      if (lever.targets?.sections?.includes(id)) lever.targets.sections = lever.targets.sections.filter(x => x !== id)
    }
  })
}

export function moveSection(p: Project, id: string, direction: -1 | 1): Project {
  const i = p.sections.findIndex(s => s.id === id)
  const j = i + direction
  if (i < 0 || j < 0 || j >= p.sections.length) return p
  const sections = p.sections.slice()
  const [moved] = sections.splice(i, 1)
  sections.splice(j, 0, moved!)
  return { ...p, sections }
}

export function setPhase(p: Project, id: string, patch: Partial<Pick<Phase, 'days' | 'lag' | 'after'>>): Project {
  if (!p.phases.some(x => x.id === id)) throw new Error(`no phase "${id}"`)
  return produce(p, (d) => {
    const ph = d.phases.find(x => x.id === id)!
    if (patch.days !== undefined) ph.days = patch.days
    if ('lag' in patch) {
      if (patch.lag === undefined || patch.lag === 0) delete ph.lag
      else ph.lag = patch.lag
    }
    if ('after' in patch) {
      if (!patch.after || patch.after.length === 0) delete ph.after
      else ph.after = patch.after
    }
  })
}

export function addPhase(p: Project, name: string): { project: Project, id: string } {
  const id = freshId(name || 'phase', p.phases.map(x => x.id))
  const last = p.phases[p.phases.length - 1]
  return { project: { ...p, phases: [...p.phases, { id, name, days: 5, ...(last ? { after: [last.id] } : {}) }] }, id }
}

/** Lines whose quantity follows the phase: they block its deletion. */
export function linesFollowing(p: Project, phaseId: string): Line[] {
  const of = `phase:${phaseId}`
  return p.lines.filter(l => typeof l.qty === 'object' && l.qty.of === of)
}

/**
 * Removes a phase. The phases that waited for it wait for its own predecessors instead, so the
 * schedule keeps its order (their lag is kept).
 */
export function deletePhase(p: Project, id: string): Project {
  const gone = p.phases.find(x => x.id === id)
  let next: Project = { ...p, phases: p.phases.filter(x => x.id !== id) }
  for (const ph of next.phases) {
    if (ph.after?.includes(id)) {
      const after = [...new Set(ph.after.flatMap(x => (x === id ? gone?.after ?? [] : [x])))]
      next = setPhase(next, ph.id, { after })
    }
  }
  return produce(next, (d) => {
    for (const lever of d.levers ?? []) if (lever.phaseDays && Object.hasOwn(lever.phaseDays, id)) delete lever.phaseDays[id]
    for (const s of d.scenarios) if (s.overrides?.phases && Object.hasOwn(s.overrides.phases, id)) delete s.overrides.phases[id]
  })
}

/** Applies `change` to a draft of lever `id`. */
export function updateLever(p: Project, id: string, change: (draft: Lever) => void): Project {
  if (!p.levers?.some(x => x.id === id)) throw new Error(`no lever "${id}"`)
  return produce(p, (d) => { change(d.levers!.find(x => x.id === id)! as Lever) })
}

/** Adds a lever (from the library or a blank one) and makes sure its tool-cost section exists. */
export function addLever(p: Project, src: Lever, aiSectionName = 'AI tools'): { project: Project, id: string } {
  const copy = structuredClone(src) as Lever & { toolCostAmounts?: Record<string, number> }
  // The library prices tools in some currencies; in another one the USD figure stays, to adjust.
  const amounts = copy.toolCostAmounts
  delete copy.toolCostAmounts
  copy.id = freshId(src.id, (p.levers ?? []).map(l => l.id))
  let sections = p.sections
  if (copy.toolCost) {
    const local = amounts && Object.hasOwn(amounts, p.meta.currency) ? amounts[p.meta.currency] : undefined
    if (local !== undefined) copy.toolCost.amount = local
    if (!p.sections.some(s => s.id === copy.toolCost!.section))
      sections = [...p.sections, { id: copy.toolCost.section, name: aiSectionName, group: 'other' }]
  }
  if (copy.phaseDays) {
    for (const phase of Object.keys(copy.phaseDays))
      if (!p.phases.some(ph => ph.id === phase)) delete copy.phaseDays[phase]
  }
  return { project: { ...p, sections, levers: [...(p.levers ?? []), copy] }, id: copy.id }
}

export function deleteLever(p: Project, id: string): Project {
  return {
    ...p,
    levers: (p.levers ?? []).filter(l => l.id !== id),
    scenarios: p.scenarios.map(s => (Object.hasOwn(s.adoption, id) ? { ...s, adoption: without(s.adoption, id) } : s)),
  }
}

/** Sets a lever's adoption in a scenario (0–100, one decimal). */
export function setAdoption(p: Project, scenarioId: string, leverId: string, percent: number): Project {
  const value = Math.min(100, Math.max(0, Math.round(percent * 10) / 10))
  return {
    ...p,
    scenarios: p.scenarios.map(s => (s.id === scenarioId ? { ...s, adoption: { ...s.adoption, [leverId]: value } } : s)),
  }
}
