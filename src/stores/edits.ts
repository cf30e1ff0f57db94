/**
 * Edits to a project, as plain functions over a draft copy. The store applies one, validates the
 * result with the engine and keeps it only when it is a valid project.
 */
import { setText } from '@/app/labels'
import type { Line, Lever, Phase, Project, Quantity, Section } from '@/engine/types'

/** A fresh id from `base` that is not in `taken`: "line", "line-2", "line-3"… */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item'
  if (!used.has(stem)) return stem
  for (let k = 2; ; k++) if (!used.has(`${stem}-${k}`)) return `${stem}-${k}`
}

function line(p: Project, id: string): Line {
  const l = p.lines.find(x => x.id === id)
  if (!l) throw new Error(`no line "${id}"`)
  return l
}

export type LineNumberField = 'count' | 'rate'
export type LineTextField = 'name' | 'unit'

export function setLineNumber(p: Project, id: string, field: LineNumberField, value: number): void {
  line(p, id)[field] = value
}

export function setLineText(p: Project, id: string, field: LineTextField, value: string): void {
  setText(line(p, id), field, value)
}

export function setLineKind(p: Project, id: string, kind: Line['kind']): void {
  const l = line(p, id)
  l.kind = kind
  if (kind === 'cost') delete l.fringes
}

export function setLineQty(p: Project, id: string, qty: Quantity): void {
  line(p, id).qty = qty
}

export function setLineFringes(p: Project, id: string, fringes: string[]): void {
  const l = line(p, id)
  if (fringes.length === 0) delete l.fringes
  else l.fringes = fringes
}

export function setLineTags(p: Project, id: string, tags: string[]): void {
  const l = line(p, id)
  const clean = [...new Set(tags.map(t => t.trim()).filter(t => t !== ''))]
  if (clean.length === 0) delete l.tags
  else l.tags = clean
}

/** Adds a line after `afterId` (or at the end of the section) and returns its id. */
export function addLine(p: Project, section: string, name: string, afterId?: string): string {
  const id = freshId('line', p.lines.map(l => l.id))
  const fresh: Line = { id, section, name, kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 0 }
  const at = afterId !== undefined ? p.lines.findIndex(l => l.id === afterId) : findLastIndex(p.lines, l => l.section === section)
  p.lines.splice(at >= 0 ? at + 1 : p.lines.length, 0, fresh)
  return id
}

export function duplicateLine(p: Project, id: string): string {
  const src = line(p, id)
  const copy = structuredClone(src)
  copy.id = freshId(src.id, p.lines.map(l => l.id))
  p.lines.splice(p.lines.indexOf(src) + 1, 0, copy)
  return copy.id
}

/** Removes a line and every reference to it (lever targets, scenario overrides). */
export function deleteLine(p: Project, id: string): void {
  p.lines = p.lines.filter(l => l.id !== id)
  for (const lever of p.levers ?? []) {
    if (lever.targets?.lines) lever.targets.lines = lever.targets.lines.filter(x => x !== id)
  }
  for (const s of p.scenarios) if (s.overrides?.lines) delete s.overrides.lines[id]
}

/** Moves a line up (−1) or down (+1) within its section. */
export function moveLine(p: Project, id: string, direction: -1 | 1): void {
  const i = p.lines.findIndex(l => l.id === id)
  const section = p.lines[i]!.section
  let j = i + direction
  while (j >= 0 && j < p.lines.length && p.lines[j]!.section !== section) j += direction
  if (j < 0 || j >= p.lines.length) return
  const [moved] = p.lines.splice(i, 1)
  p.lines.splice(j, 0, moved!)
}

export function addSection(p: Project, name: string, group: Section['group'] = 'btl'): string {
  const id = freshId(name || 'section', p.sections.map(s => s.id))
  p.sections.push({ id, name, group })
  return id
}

export function renameSection(p: Project, id: string, name: string): void {
  const s = p.sections.find(x => x.id === id)
  if (s) setText(s, 'name', name)
}

/** Removes a section, its lines and every reference to them. Refused when a lever puts its tool cost there. */
export function deleteSection(p: Project, id: string): void {
  for (const l of p.lines.filter(x => x.section === id)) deleteLine(p, l.id)
  p.sections = p.sections.filter(s => s.id !== id)
  for (const m of p.markups ?? []) if (m.sections) m.sections = m.sections.filter(x => x !== id)
  for (const lever of p.levers ?? []) {
    if (lever.targets?.sections) lever.targets.sections = lever.targets.sections.filter(x => x !== id)
  }
}

export function moveSection(p: Project, id: string, direction: -1 | 1): void {
  const i = p.sections.findIndex(s => s.id === id)
  const j = i + direction
  if (i < 0 || j < 0 || j >= p.sections.length) return
  const [moved] = p.sections.splice(i, 1)
  p.sections.splice(j, 0, moved!)
}

export function setPhase(p: Project, id: string, patch: Partial<Pick<Phase, 'days' | 'lag' | 'after'>>): void {
  const ph = p.phases.find(x => x.id === id)
  if (!ph) throw new Error(`no phase "${id}"`)
  if (patch.days !== undefined) ph.days = patch.days
  if ('lag' in patch) {
    if (patch.lag === undefined || patch.lag === 0) delete ph.lag
    else ph.lag = patch.lag
  }
  if ('after' in patch) {
    if (!patch.after || patch.after.length === 0) delete ph.after
    else ph.after = patch.after
  }
}

export function addPhase(p: Project, name: string): string {
  const id = freshId(name || 'phase', p.phases.map(x => x.id))
  const last = p.phases[p.phases.length - 1]
  p.phases.push({ id, name, days: 5, ...(last ? { after: [last.id] } : {}) })
  return id
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
export function deletePhase(p: Project, id: string): void {
  const gone = p.phases.find(x => x.id === id)
  p.phases = p.phases.filter(x => x.id !== id)
  for (const ph of p.phases) {
    if (ph.after?.includes(id)) {
      const after = [...new Set(ph.after.flatMap(x => (x === id ? gone?.after ?? [] : [x])))]
      setPhase(p, ph.id, { after })
    }
  }
  for (const lever of p.levers ?? []) if (lever.phaseDays) delete lever.phaseDays[id]
  for (const s of p.scenarios) if (s.overrides?.phases) delete s.overrides.phases[id]
}

export function lever(p: Project, id: string): Lever {
  const l = p.levers?.find(x => x.id === id)
  if (!l) throw new Error(`no lever "${id}"`)
  return l
}

/** Adds a lever (from the library or a blank one) and makes sure its tool-cost section exists. */
export function addLever(p: Project, src: Lever, aiSectionName = 'AI tools'): string {
  const copy = structuredClone(src) as Lever & { toolCostAmounts?: Record<string, number> }
  // The library prices tools in some currencies; in another one the USD figure stays, to adjust.
  const amounts = copy.toolCostAmounts
  delete copy.toolCostAmounts
  copy.id = freshId(src.id, (p.levers ?? []).map(l => l.id))
  if (copy.toolCost) {
    const local = amounts?.[p.meta.currency]
    if (local !== undefined) copy.toolCost.amount = local
    if (!p.sections.some(s => s.id === copy.toolCost!.section))
      p.sections.push({ id: copy.toolCost.section, name: aiSectionName, group: 'other' })
  }
  if (copy.phaseDays) {
    for (const phase of Object.keys(copy.phaseDays))
      if (!p.phases.some(ph => ph.id === phase)) delete copy.phaseDays[phase]
  }
  p.levers = [...(p.levers ?? []), copy]
  return copy.id
}

export function deleteLever(p: Project, id: string): void {
  p.levers = (p.levers ?? []).filter(l => l.id !== id)
  for (const s of p.scenarios) {
    const { [id]: _gone, ...rest } = s.adoption
    s.adoption = rest
  }
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i
  return -1
}
