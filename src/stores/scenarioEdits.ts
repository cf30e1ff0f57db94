/**
 * Edits to a project's scenarios, as plain functions over a draft copy (like ./edits.ts): create,
 * copy, rename, delete, reorder, choose the baseline, and set or reset one plan override
 * (MODEL.md §1 `overrides`). The store applies one, validates the result and keeps it when valid.
 */
import { setText } from '@/app/labels'
import { baselineIndex } from '@/engine/validate'
import type { Project, Quantity, Scenario, ScenarioOverrides } from '@/engine/types'
import { freshId } from './edits'

/** A refused scenario edit: `reason` says why, for a message. */
export class ScenarioEditError extends Error {
  constructor(readonly reason: 'last' | 'baseline') {
    super(reason === 'last' ? 'a project keeps at least one scenario' : 'the baseline cannot be deleted before another scenario becomes the baseline')
  }
}

export function scenario(p: Project, id: string): Scenario {
  const s = p.scenarios.find(x => x.id === id)
  if (!s) throw new Error(`no scenario "${id}"`)
  return s
}

/** A fresh scenario id from its name ("AI 60 episodes" → "ai-60-episodes"), or "scenario-N". */
function scenarioId(p: Project, name: string): string {
  return freshId(/[a-z0-9]/i.test(name) ? name : 'scenario', p.scenarios.map(s => s.id))
}

/**
 * Adds a scenario at the end and returns its id: empty (the project's plan, no lever adopted) or a
 * copy of scenario `from` (its adoption and overrides, not its baseline flag).
 */
export function addScenario(p: Project, name: string, from?: string): string {
  const id = scenarioId(p, name)
  const src = from === undefined ? undefined : scenario(p, from)
  const fresh: Scenario = { id, name, adoption: src ? { ...src.adoption } : {} }
  // A copy through JSON (overrides are plain file data): it works on a draft that is a proxy too,
  // where structuredClone refuses.
  if (src?.overrides) fresh.overrides = JSON.parse(JSON.stringify(src.overrides)) as ScenarioOverrides
  p.scenarios.push(fresh)
  return id
}

/** Copies a scenario right after it and returns the copy's id. */
export function duplicateScenario(p: Project, id: string, name: string): string {
  const copy = addScenario(p, name, id)
  const moved = p.scenarios.pop()!
  p.scenarios.splice(p.scenarios.findIndex(s => s.id === id) + 1, 0, moved)
  return copy
}

export function renameScenario(p: Project, id: string, name: string): void {
  setText(scenario(p, id), 'name', name)
}

/** Makes `id` the one baseline scenario. */
export function setBaseline(p: Project, id: string): void {
  scenario(p, id)
  for (const s of p.scenarios) {
    if (s.id === id) s.baseline = true
    else delete s.baseline
  }
}

/**
 * Deletes a scenario. The last one is refused; so is the baseline unless `nextBaseline` names the
 * scenario that takes its place (never silently the first one left).
 */
export function deleteScenario(p: Project, id: string, nextBaseline?: string): void {
  const i = p.scenarios.findIndex(s => s.id === id)
  if (i < 0) throw new Error(`no scenario "${id}"`)
  if (p.scenarios.length === 1) throw new ScenarioEditError('last')
  if (i === baselineIndex(p)) {
    if (nextBaseline === undefined || nextBaseline === id) throw new ScenarioEditError('baseline')
    setBaseline(p, nextBaseline)
  }
  p.scenarios.splice(i, 1)
}

/** Moves a scenario up (−1) or down (+1) in the list. */
export function moveScenario(p: Project, id: string, direction: -1 | 1): void {
  const i = p.scenarios.findIndex(s => s.id === id)
  const j = i + direction
  if (i < 0 || j < 0 || j >= p.scenarios.length) return
  const list = p.scenarios
  // The implicit baseline (none flagged: the first) stays the same scenario when it moves.
  if (!list.some(s => s.baseline === true)) list[0]!.baseline = true
  const [moved] = list.splice(i, 1)
  list.splice(j, 0, moved!)
}

/* ----------------------------------------------------------------------------- overrides */

/** One value a scenario can override (MODEL.md §1). */
export type OverrideRef =
  | { kind: 'episodes' }
  | { kind: 'minutesPerEpisode' }
  | { kind: 'phase', id: string, field: 'days' | 'lag' }
  | { kind: 'line', id: string, field: 'qty' | 'count' | 'rate' }
  | { kind: 'fringe', id: string }
  | { kind: 'markup', id: string }

export type OverrideValue = number | Quantity

/** The value in the project itself, which the scenario may override. */
export function baseValue(p: Project, ref: OverrideRef): OverrideValue {
  switch (ref.kind) {
    case 'episodes': return p.meta.episodes
    case 'minutesPerEpisode': return p.meta.minutesPerEpisode
    case 'phase': {
      const ph = p.phases.find(x => x.id === ref.id)
      if (!ph) throw new Error(`no phase "${ref.id}"`)
      return ref.field === 'days' ? ph.days : ph.lag ?? 0
    }
    case 'line': {
      const l = p.lines.find(x => x.id === ref.id)
      if (!l) throw new Error(`no line "${ref.id}"`)
      return l[ref.field]
    }
    case 'fringe': return p.fringes?.find(x => x.id === ref.id)?.percent ?? 0
    case 'markup': return p.markups?.find(x => x.id === ref.id)?.percent ?? 0
  }
}

/** The scenario's own value, or undefined when it follows the project. */
export function overrideValue(s: Scenario, ref: OverrideRef): OverrideValue | undefined {
  const o = s.overrides
  if (!o) return undefined
  switch (ref.kind) {
    case 'episodes': return o.episodes
    case 'minutesPerEpisode': return o.minutesPerEpisode
    case 'phase': return o.phases?.[ref.id]?.[ref.field]
    case 'line': return o.lines?.[ref.id]?.[ref.field]
    case 'fringe': return o.fringes?.[ref.id]?.percent
    case 'markup': return o.markups?.[ref.id]?.percent
  }
}

/** The value the scenario uses: its override, or the project's. */
export function effectiveValue(p: Project, s: Scenario, ref: OverrideRef): OverrideValue {
  return overrideValue(s, ref) ?? baseValue(p, ref)
}

function sameValue(a: OverrideValue, b: OverrideValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b
  return a.of === b.of && (a.times ?? 1) === (b.times ?? 1)
}

type Keyed = 'phases' | 'lines' | 'fringes' | 'markups'
const KEYED: Record<'phase' | 'line' | 'fringe' | 'markup', Keyed> = { phase: 'phases', line: 'lines', fringe: 'fringes', markup: 'markups' }

/** The object holding one keyed override (`overrides.lines.dp`), created when `create`. */
function entry(s: Scenario, ref: Extract<OverrideRef, { id: string }>, create: boolean): Record<string, unknown> | undefined {
  const group = KEYED[ref.kind]
  if (create) {
    s.overrides ??= {}
    const map = (s.overrides[group] ??= {}) as Record<string, Record<string, unknown>>
    return (map[ref.id] ??= {})
  }
  return (s.overrides?.[group] as Record<string, Record<string, unknown>> | undefined)?.[ref.id]
}

/** The field of a keyed override (`percent` for fringes and markups). */
const fieldOf = (ref: Extract<OverrideRef, { id: string }>): string => ('field' in ref ? ref.field : 'percent')

/** Drops empty override objects, and `overrides` itself when nothing is left. */
function prune(s: Scenario): void {
  const o = s.overrides
  if (!o) return
  for (const group of Object.values(KEYED)) {
    const map = o[group] as Record<string, Record<string, unknown>> | undefined
    if (!map) continue
    for (const [id, e] of Object.entries(map)) if (Object.keys(e).length === 0) delete map[id]
    if (Object.keys(map).length === 0) delete o[group]
  }
  if (Object.keys(o).length === 0) delete s.overrides
}

/**
 * Sets the scenario's value. A value equal to the project's removes the override: the scenario
 * then follows the project again when the project changes.
 */
export function setOverride(p: Project, id: string, ref: OverrideRef, value: OverrideValue): void {
  const s = scenario(p, id)
  if (sameValue(value, baseValue(p, ref))) {
    clearOverride(p, id, ref)
    return
  }
  if (ref.kind === 'episodes' || ref.kind === 'minutesPerEpisode') {
    if (typeof value !== 'number') throw new Error(`${ref.kind} must be a number`)
    s.overrides ??= {}
    s.overrides[ref.kind] = value
    return
  }
  if (typeof value !== 'number' && !(ref.kind === 'line' && ref.field === 'qty')) throw new Error('only a quantity can follow a basis')
  entry(s, ref, true)![fieldOf(ref)] = typeof value === 'number' ? value : { ...value }
}

/** Puts one value back to the project's. */
export function clearOverride(p: Project, id: string, ref: OverrideRef): void {
  const s = scenario(p, id)
  if (!s.overrides) return
  if (ref.kind === 'episodes' || ref.kind === 'minutesPerEpisode') delete s.overrides[ref.kind]
  else delete entry(s, ref, false)?.[fieldOf(ref)]
  prune(s)
}

export interface OverrideEntry {
  ref: OverrideRef
  value: OverrideValue
  base: OverrideValue
}

/** Every value the scenario overrides, in the project's order: plan, phases, lines, fringes, markups. */
export function listOverrides(p: Project, s: Scenario): OverrideEntry[] {
  const o: ScenarioOverrides = s.overrides ?? {}
  const refs: OverrideRef[] = [{ kind: 'episodes' }, { kind: 'minutesPerEpisode' }]
  for (const ph of p.phases) refs.push({ kind: 'phase', id: ph.id, field: 'days' }, { kind: 'phase', id: ph.id, field: 'lag' })
  for (const l of p.lines) if (o.lines?.[l.id]) refs.push(...(['qty', 'count', 'rate'] as const).map(field => ({ kind: 'line' as const, id: l.id, field })))
  for (const f of p.fringes ?? []) refs.push({ kind: 'fringe', id: f.id })
  for (const m of p.markups ?? []) refs.push({ kind: 'markup', id: m.id })
  return refs.flatMap((ref) => {
    const value = overrideValue(s, ref)
    return value === undefined ? [] : [{ ref, value, base: baseValue(p, ref) }]
  })
}
