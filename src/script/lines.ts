/**
 * Budget lines from the breakdown (issue 15), one piece of code for the three ways they are made:
 * `breakdown --into`, the app's "apply" of a read script, and the Breakdown view's "Add cast lines"
 * / "Add location lines". Pure: a new project is returned, the given one is not touched.
 *
 * One line per cast member (labor) or location (cost) that no line follows yet, its quantity
 * following the entry's packed days (`{of: "cast:<id>"}` / `{of: "location:<id>"}`), rate 0 for
 * the producer to fill, unit day (天). The lines go to the project's Cast or Locations section —
 * the one with that id, or named so in English or Chinese (演员; 场地 / 场景), case and spaces
 * aside — after its last line, with the next account codes; the section is added, with the next
 * section code and both names, when there is none.
 */
import type { Line, Project, Quantity, Section } from '../engine/types'
import { nameKey } from './builder'

export type NamedList = 'cast' | 'locations'

export interface AddedLines {
  project: Project
  /** The ids of the lines added (none when every entry already had one). */
  added: string[]
  /** The section the lines are in (or would be in). */
  section: string
}

interface Kind {
  prefix: 'cast:' | 'location:'
  lineId: string
  kind: Line['kind']
  section: Section
  /** Names (nameKey) of a section that holds these lines. */
  names: Set<string>
}

const KINDS: Record<NamedList, Kind> = {
  cast: {
    prefix: 'cast:', lineId: 'cast', kind: 'labor',
    section: { id: 'cast', name: 'Cast', group: 'atl', l10n: { 'zh-CN': { name: '演员' } } },
    names: new Set(['cast', '演员']),
  },
  locations: {
    prefix: 'location:', lineId: 'location', kind: 'cost',
    section: { id: 'locations', name: 'Locations', group: 'btl', l10n: { 'zh-CN': { name: '场地' } } },
    names: new Set(['locations', 'location', '场地', '场景']),
  },
}

/** A fresh id from `base` that is not in `taken`: "cast-c1", "cast-c1-2"… (ASCII, lower case). */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item'
  if (!used.has(stem)) return stem
  for (let k = 2; ; k++) if (!used.has(`${stem}-${k}`)) return `${stem}-${k}`
}

/**
 * The account code after the largest of `codes` ending in digits, with the same width: `03.07` →
 * `03.08`, `10` → `11`; `first` when none does. Never one of `codes`; none past 20 characters.
 */
export function nextCode(codes: readonly string[], first: string | undefined): string | undefined {
  let best: { head: string, n: number, width: number } | undefined
  for (const code of codes) {
    const m = /^(.*?)(\d+)$/.exec(code)
    if (!m) continue
    const n = Number(m[2])
    if (!best || n > best.n) best = { head: m[1]!, n, width: m[2]!.length }
  }
  if (!best) return first
  const taken = new Set(codes)
  for (let n = best.n + 1; ; n++) {
    const code = `${best.head}${String(n).padStart(best.width, '0')}`
    if (code.length > 20) return undefined
    if (!taken.has(code)) return code
  }
}

/** Every name a section goes by: its own and its translations. */
function sectionNames(s: Section): string[] {
  const l10n = (s.l10n ?? {}) as Record<string, { name?: unknown }>
  return [s.name, ...Object.values(l10n).map(t => t.name)].filter((n): n is string => typeof n === 'string')
}

/** The project's section for these lines: by id first, else by name. */
export function linesSection(p: Project, list: NamedList): Section | undefined {
  const k = KINDS[list]
  return p.sections.find(s => s.id === k.section.id)
    ?? p.sections.find(s => sectionNames(s).some(n => k.names.has(nameKey(n))))
}

/**
 * Adds the lines for `list`: for every entry, or only those in `only`, that no line follows yet.
 * Returns the same project (and no ids) when there is nothing to add.
 */
export function addBreakdownLines(p: Project, list: NamedList, only?: ReadonlySet<string>): AddedLines {
  const k = KINDS[list]
  const followed = new Set(p.lines.flatMap(l => (typeof l.qty === 'object' ? [l.qty.of] : [])))
  const entries = (list === 'cast' ? p.cast : p.locations) ?? []
  const wanted = entries.filter(x => !followed.has(`${k.prefix}${x.id}`) && (!only || only.has(x.id)))
  let section = linesSection(p, list)
  let sections = p.sections
  if (!section) {
    const code = nextCode(p.sections.flatMap(s => (s.code ? [s.code] : [])), undefined)
    section = { ...structuredClone(k.section), id: freshId(k.section.id, p.sections.map(s => s.id)), ...(code ? { code } : {}) }
    sections = [...p.sections, section]
  }
  const sid = section.id
  if (wanted.length === 0) return { project: p, added: [], section: sid }
  const ids = p.lines.map(l => l.id)
  const codes = p.lines.flatMap(l => (l.section === sid && l.code ? [l.code] : []))
  const fresh: Line[] = []
  for (const x of wanted) {
    const id = freshId(`${k.lineId}-${x.id}`, ids)
    ids.push(id)
    const code = nextCode(codes, section.code ? `${section.code}.01` : undefined)
    if (code) codes.push(code)
    fresh.push({
      id, section: sid, name: x.name, kind: k.kind,
      qty: { of: `${k.prefix}${x.id}` as Exclude<Quantity, number>['of'] }, unit: 'day', count: 1, rate: 0,
      ...(code ? { code } : {}),
      l10n: { 'zh-CN': { unit: '天' } },
    })
  }
  const at = p.lines.findLastIndex(l => l.section === sid)
  const lines = p.lines.slice()
  lines.splice(at >= 0 ? at + 1 : lines.length, 0, ...fresh)
  return { project: { ...p, sections, lines }, added: fresh.map(l => l.id), section: sid }
}
