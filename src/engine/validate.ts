/**
 * Reading a project file: migration, structure, then the rules that span the file
 * (unique ids, references, cycles…). A file breaking any rule is refused whole, with every
 * problem listed as `path: message`; nothing is repaired or dropped silently.
 */
import * as v from 'valibot'
import { isKnownCurrency } from './money'
import { child, formatPath, formatProblem } from './paths'
import { describeCycle, phaseOrder } from './schedule'
import { readJson, valueNestingProblem } from './text'
import type { TextLimits } from './text'
import { SCHEMA_VERSION } from './types'
import type { Problem, Project } from './types'

export type ParseResult =
  | { ok: true, project: Project }
  | { ok: false, problems: Problem[] }

export const MSG = {
  required: 'is required',
  object: 'must be an object',
  list: 'must be a list',
  map: 'must be an object of id → value',
  text: 'must be text',
  id: 'must be a non-empty id',
  bool: 'must be true or false',
  nonNeg: 'must be a number ≥ 0',
  whole: 'must be a whole number ≥ 0',
  integer: 'must be a whole number',
  percent: 'must be a percentage from 0 to 100',
  positive: 'must be a number > 0',
  code: 'must be text of at most 20 characters',
  note: 'must be text of at most 2,000 characters',
} as const

function num(test: (n: number) => boolean, message: string) {
  return v.pipe(v.number(message), v.check(n => Number.isFinite(n) && test(n), message))
}

const text = v.string(MSG.text)
const id = v.pipe(v.string(MSG.id), v.check(s => s.trim() !== '', MSG.id))
const nonNeg = num(n => n >= 0, MSG.nonNeg)
const whole = num(n => Number.isInteger(n) && n >= 0, MSG.whole)
const integer = num(Number.isInteger, MSG.integer)
const percent = num(n => n >= 0 && n <= 100, MSG.percent)
const positive = num(n => n > 0, MSG.positive)
const code = v.pipe(v.string(MSG.code), v.maxLength(20, MSG.code))
const ids = v.array(id, MSG.list)
const obj = <T extends v.ObjectEntries>(entries: T) => v.looseObject(entries, MSG.object)
/**
 * An object of id → value. Not `v.record`: valibot passes over the keys `__proto__`, `prototype`
 * and `constructor` there (it guards its own output against prototype pollution), which would let
 * their values in unchecked. Ids are data: every own key is checked here like any other.
 */
const map = <T extends v.GenericSchema>(value: T) => v.pipe(
  v.custom<Record<string, v.InferOutput<T>>>(x => typeof x === 'object' && x !== null && !Array.isArray(x), MSG.map),
  v.rawCheck(({ dataset, addIssue }) => {
    const input = dataset.value as Record<string, unknown>
    for (const key of Object.keys(input)) {
      const entry = v.safeParse(value, input[key], { abortEarly: false, abortPipeEarly: true })
      if (entry.success) continue
      for (const issue of entry.issues) {
        const at: v.IssuePathItem = { type: 'object', origin: 'value', input, key, value: input[key] }
        addIssue({ message: issue.message, input: issue.input, path: [at, ...(issue.path ?? [])] })
      }
    }
  }),
)
/** Checked in detail by `checkQuantity`, which gives more precise messages than a union. */
const quantity = v.unknown()

const source = obj({ title: text, url: v.optional(text), note: v.optional(text) })
const range = obj({ low: percent, likely: percent, high: percent })
const takes = obj({ low: positive, likely: positive, high: positive })

/** The parts of a project, each checked on its own when an edit changes it (see validateEdit.ts). */
export const metaSchema = obj({
  title: text,
  currency: text,
  locale: text,
  episodes: whole,
  minutesPerEpisode: nonNeg,
  notes: v.optional(text),
  sources: v.optional(v.array(source, MSG.list)),
})
export const phaseSchema = obj({ id, name: text, days: whole, after: v.optional(ids), lag: v.optional(integer) })
export const sectionSchema = obj({
  id,
  name: text,
  group: v.optional(v.picklist(['atl', 'btl', 'post', 'other'], 'must be one of atl, btl, post, other')),
  code: v.optional(code),
})
export const fringeSchema = obj({ id, name: text, percent })
export const lineSchema = obj({
  id,
  section: id,
  name: text,
  kind: v.picklist(['labor', 'cost'], 'must be labor or cost'),
  qty: quantity,
  unit: text,
  count: whole,
  rate: nonNeg,
  fringes: v.optional(ids),
  tags: v.optional(v.array(text, MSG.list)),
  code: v.optional(code),
  note: v.optional(v.pipe(v.string(MSG.note), v.maxLength(2000, MSG.note))),
})
export const markupSchema = obj({ id, name: text, percent, sections: v.optional(ids) })
export const leverSchema = obj({
  id,
  name: text,
  targets: v.optional(obj({
    kinds: v.optional(v.array(v.picklist(['labor', 'cost'], 'must be labor or cost'), MSG.list)),
    sections: v.optional(ids),
    tags: v.optional(v.array(text, MSG.list)),
    lines: v.optional(ids),
  })),
  reduction: v.optional(range),
  phaseDays: v.optional(map(range)),
  toolCost: v.optional(obj({
    amount: nonNeg,
    per: v.picklist(['flat', 'episode', 'minute', 'month'], 'must be one of flat, episode, minute, month'),
    section: id,
    takes: v.optional(takes),
  })),
  source: v.optional(source),
})
export const scenarioSchema = obj({
  id,
  name: text,
  baseline: v.optional(v.boolean(MSG.bool)),
  adoption: map(percent),
  overrides: v.optional(obj({
    episodes: v.optional(whole),
    minutesPerEpisode: v.optional(nonNeg),
    phases: v.optional(map(obj({ days: v.optional(whole), lag: v.optional(integer) }))),
    lines: v.optional(map(obj({ qty: v.optional(quantity), count: v.optional(whole), rate: v.optional(nonNeg) }))),
    fringes: v.optional(map(obj({ percent: v.optional(percent) }))),
    markups: v.optional(map(obj({ percent: v.optional(percent) }))),
  })),
})

const projectSchema = obj({
  schemaVersion: integer,
  meta: metaSchema,
  phases: v.array(phaseSchema, MSG.list),
  sections: v.array(sectionSchema, MSG.list),
  fringes: v.optional(v.array(fringeSchema, MSG.list)),
  lines: v.array(lineSchema, MSG.list),
  markups: v.optional(v.array(markupSchema, MSG.list)),
  levers: v.optional(v.array(leverSchema, MSG.list)),
  scenarios: v.pipe(v.array(scenarioSchema, MSG.list), v.minLength(1, 'must hold at least one scenario')),
})

export { child, formatPath, formatProblem } from './paths'

type Json = Record<string, unknown>

/** Steps from version N to N + 1, applied in turn to an older file. Version 1 is the first. */
export type Migration = (doc: Json) => Json
export const MIGRATIONS: Record<number, Migration> = {}

/**
 * Brings an older file up to the current schema version. Refuses a newer version, one that is not
 * a whole number, and a missing one.
 */
export function migrate(
  doc: Json,
  migrations: Record<number, Migration> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): { ok: true, doc: Json } | { ok: false, problem: Problem } {
  const version = doc.schemaVersion
  const path = 'schemaVersion'
  if (version === undefined) return { ok: false, problem: { path, message: MSG.required } }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { path, message: `must be a whole number ≥ 1, got ${JSON.stringify(version)}` } }
  if (version > current)
    return { ok: false, problem: { path, message: `version ${version} was written by a newer release of this tool; this one reads up to version ${current}. Update the tool to open it.` } }
  let out = doc
  for (let from = version; from < current; from++) {
    const step = migrations[from]
    if (!step) return { ok: false, problem: { path, message: `no migration from version ${from} to ${from + 1}` } }
    out = { ...step(out), schemaVersion: from + 1 }
  }
  return { ok: true, doc: out }
}

/**
 * Checks a parsed JSON value against the file format and every rule of MODEL.md §1.
 * On success the project is the input itself (after any migration), unknown fields included.
 * A value nested deeper than MAX_NESTING is refused first, before anything walks it recursively.
 */
export function parseProject(input: unknown): ParseResult {
  const deep = valueNestingProblem(input)
  if (deep) return { ok: false, problems: [deep] }
  return parseValue(input)
}

/**
 * Reads project text (a saved file or pasted JSON) with `readJson`: a leading byte-order mark is
 * dropped; text too large, nested too deep or not JSON is refused with where and why. Then
 * `parseProject`. See `readProjectText` for the amounts' range too.
 */
export function parseProjectText(text: string, limits: TextLimits = {}): ParseResult {
  const json = readJson(text, limits)
  return json.ok ? parseValue(json.value) : { ok: false, problems: [json.problem] }
}

/** `parseProject` on a value whose nesting is known to be within the limit. */
function parseValue(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: 'a project file must be a JSON object' }] }
  const migrated = migrate(input as Json)
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] }
  const doc = migrated.doc

  const result = v.safeParse(projectSchema, doc, { abortEarly: false, abortPipeEarly: true })
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const keys = (issue.path ?? []).map(p => p.key as string | number)
      const missing = issue.input === undefined && keys.length > 0
      return { path: formatPath(keys), message: missing ? MSG.required : issue.message }
    })
    // Quantities are checked by hand; report theirs too so the user sees everything at once.
    if (Array.isArray(doc.lines)) problems.push(...quantityProblemsLoose(doc.lines))
    // And the rules that span the file, where the parts they read are sound: a problem inside a
    // part already reported is left out, so each mistake is named once.
    problems.push(...crossChecksWhereSound(doc, problems))
    return { ok: false, problems: dedupe(problems) }
  }
  const project = doc as unknown as Project
  const problems = crossChecks(project)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, project }
}

/** A key in a path as `formatPath` writes it: `.shoot` or `["two words"]`. */
const KEY = String.raw`(?:\.[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])`
/**
 * Within a scenario, each adoption and each override entry stands alone: `scenarios[1].adoption.x`,
 * `scenarios[1].overrides.lines.dp`, `scenarios[1].overrides.episodes`, `scenarios[1].name`.
 */
const SCENARIO_PART = new RegExp(String.raw`^scenarios\[\d+\](?:\.overrides\.(?:phases|lines|fringes|markups)${KEY}?|\.(?:adoption|overrides)${KEY}?|${KEY})?`)

/**
 * The part of the file a problem is in: a list item (`lines[3]`), a part of a scenario (see
 * SCENARIO_PART), or two levels of keys (`meta.currency`).
 */
function partOf(path: string): string {
  return SCENARIO_PART.exec(path)?.[0] ?? /^[^.[]+\[\d+\]/.exec(path)?.[0] ?? path.split('.').slice(0, 2).join('.')
}

/** A path and each path that contains it: `a.b[1]`, `a.b`, `a`. */
function withParents(path: string): string[] {
  const out = [path]
  for (let k = path.length - 1; k > 0; k--) if (path[k] === '.' || path[k] === '[') out.push(path.slice(0, k))
  return out
}

function crossChecksWhereSound(doc: Json, structural: readonly Problem[]): Problem[] {
  const found = crossChecks(doc as unknown as Project)
  // A problem in a part that holds, or is held by, a part already reported is left out.
  const broken = new Set<string>()
  const holdsBroken = new Set<string>()
  for (const s of structural) {
    const part = partOf(s.path)
    broken.add(part)
    for (const p of withParents(part)) holdsBroken.add(p)
  }
  if (broken.has('')) return []
  return found.filter((p) => {
    const part = partOf(p.path)
    return !holdsBroken.has(part) && !withParents(part).some(x => broken.has(x))
  })
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = formatProblem(p)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function quantityProblemsLoose(lines: unknown[]): Problem[] {
  const out: Problem[] = []
  lines.forEach((line, i) => {
    if (typeof line === 'object' && line !== null && 'qty' in line)
      out.push(...checkQuantity((line as Json).qty, `lines[${i}].qty`, null))
  })
  return out
}

/** A quantity: a number ≥ 0, or `{ of: "episodes" | "minutes" | "phase:<id>", times? }`. */
export function checkQuantity(q: unknown, path: string, phaseIds: ReadonlySet<string> | null): Problem[] {
  if (typeof q === 'number')
    return Number.isFinite(q) && q >= 0 ? [] : [{ path, message: MSG.nonNeg }]
  if (q === undefined) return [{ path, message: MSG.required }]
  if (typeof q !== 'object' || q === null || Array.isArray(q))
    return [{ path, message: 'must be a number ≥ 0, or { "of": "episodes" | "minutes" | "phase:<id>", "times": n }' }]
  const out: Problem[] = []
  const { of, times } = q as Json
  if (typeof of !== 'string' || !(of === 'episodes' || of === 'minutes' || of.startsWith('phase:')))
    out.push({ path: `${path}.of`, message: 'must be "episodes", "minutes" or "phase:<phase id>"' })
  else if (of.startsWith('phase:') && phaseIds && !phaseIds.has(of.slice(6)))
    out.push({ path: `${path}.of`, message: `no phase with id "${of.slice(6)}"` })
  if (times !== undefined && !(typeof times === 'number' && Number.isFinite(times) && times >= 0))
    out.push({ path: `${path}.times`, message: MSG.nonNeg })
  return out
}

/** The ids of a list, or null when the list is malformed (then nothing is checked against it). */
type Known = ReadonlySet<string> | null

/** `optional`: an absent list is empty; a required one that is absent is unknown. */
function uniqueIds(list: readonly { id: string }[] | undefined, name: string, out: Problem[], optional = false): Known {
  if (list === undefined) return optional ? new Set() : null
  if (!Array.isArray(list) || list.some(item => typeof item?.id !== 'string')) return null
  const first = new Map<string, number>()
  list.forEach((item, i) => {
    const before = first.get(item.id)
    if (before === undefined) first.set(item.id, i)
    else out.push({ path: `${name}[${i}].id`, message: `"${item.id}" is already the id of ${name}[${before}]` })
  })
  return new Set(first.keys())
}

function refs(list: readonly string[] | undefined, known: Known, what: string, path: string, out: Problem[]): void {
  if (!known || !Array.isArray(list)) return
  const seen = new Set<string>()
  list.forEach((ref, i) => {
    if (!known.has(ref)) out.push({ path: `${path}[${i}]`, message: `no ${what} with id "${ref}"` })
    else if (seen.has(ref)) out.push({ path: `${path}[${i}]`, message: `"${ref}" is listed twice` })
    seen.add(ref)
  })
}

function keysExist(record: object | undefined, known: Known, what: string, path: string, out: Problem[]): void {
  if (!known || typeof record !== 'object' || record === null) return
  for (const key of Object.keys(record))
    if (!known.has(key)) out.push({ path: child(path, key), message: `no ${what} with id "${key}"` })
}

function rangeOrder(r: { low: number, likely: number, high: number } | undefined, path: string, out: Problem[]): void {
  if (r && !(r.low <= r.likely && r.likely <= r.high))
    out.push({ path, message: `needs low ≤ likely ≤ high (got ${r.low} / ${r.likely} / ${r.high})` })
}

/**
 * Runs a check on each item of a list, each on its own: an item too malformed for the check is
 * skipped (the structure check names it) and the other items are still checked.
 */
function each<T>(list: readonly T[] | undefined, check: (item: T, i: number) => void): void {
  if (!Array.isArray(list)) return
  list.forEach((item, i) => {
    try {
      check(item, i)
    }
    catch {
      // malformed: reported by the structure check
    }
  })
}

/**
 * The rules that span the file. Also run on a file whose structure is wrong, so it must not
 * trust any part: lists that are not lists, or items without a usable id, are skipped.
 */
export function crossChecks(p: Project): Problem[] {
  const out: Problem[] = []
  const meta = (typeof p.meta === 'object' && p.meta !== null ? p.meta : {}) as Partial<Project['meta']>
  if (typeof meta.currency === 'string' && !isKnownCurrency(meta.currency))
    out.push({ path: 'meta.currency', message: `"${meta.currency}" is not an ISO 4217 currency code (e.g. CNY, USD)` })
  if (typeof meta.locale === 'string') {
    try {
      new Intl.Locale(meta.locale)
    }
    catch {
      out.push({ path: 'meta.locale', message: `"${meta.locale}" is not a language tag (e.g. zh-CN, en-US)` })
    }
  }

  const phaseIds = uniqueIds(p.phases, 'phases', out)
  const sectionIds = uniqueIds(p.sections, 'sections', out)
  const fringeIds = uniqueIds(p.fringes, 'fringes', out, true)
  const lineIds = uniqueIds(p.lines, 'lines', out)
  const markupIds = uniqueIds(p.markups, 'markups', out, true)
  const leverIds = uniqueIds(p.levers, 'levers', out, true)
  uniqueIds(p.scenarios, 'scenarios', out)

  each(p.phases, (ph, i) => refs(ph.after, phaseIds, 'phase', `phases[${i}].after`, out))
  // A loop is only meaningful among phases whose ids are sound and unique.
  if (phaseIds && Array.isArray(p.phases) && phaseIds.size === p.phases.length && p.phases.every(ph => ph.after === undefined || Array.isArray(ph.after))) {
    const order = phaseOrder(p.phases)
    if ('cycle' in order) {
      const at = p.phases.findIndex(ph => ph.id === order.cycle[0])
      out.push({ path: `phases[${at}].after`, message: `phases wait on each other in a loop: ${describeCycle(order.cycle)}` })
    }
  }

  each(p.lines, (line, i) => {
    const at = `lines[${i}]`
    if (sectionIds && !sectionIds.has(line.section)) out.push({ path: `${at}.section`, message: `no section with id "${line.section}"` })
    out.push(...checkQuantity(line.qty, `${at}.qty`, phaseIds))
    refs(line.fringes, fringeIds, 'fringe', `${at}.fringes`, out)
    if (line.kind !== 'labor' && Array.isArray(line.fringes) && line.fringes.length > 0)
      out.push({ path: `${at}.fringes`, message: 'fringes apply only to labor lines; make the line labor or remove its fringes' })
  })

  each(p.markups, (m, i) => refs(m.sections, sectionIds, 'section', `markups[${i}].sections`, out))

  each(p.levers, (lever, i) => {
    const at = `levers[${i}]`
    refs(lever.targets?.sections, sectionIds, 'section', `${at}.targets.sections`, out)
    refs(lever.targets?.lines, lineIds, 'line', `${at}.targets.lines`, out)
    rangeOrder(lever.reduction, `${at}.reduction`, out)
    for (const [phase, r] of Object.entries(lever.phaseDays ?? {})) {
      const path = child(`${at}.phaseDays`, phase)
      if (phaseIds && !phaseIds.has(phase)) out.push({ path, message: `no phase with id "${phase}"` })
      else rangeOrder(r, path, out)
    }
    if (lever.toolCost && sectionIds && !sectionIds.has(lever.toolCost.section))
      out.push({ path: `${at}.toolCost.section`, message: `no section with id "${lever.toolCost.section}"` })
    rangeOrder(lever.toolCost?.takes, `${at}.toolCost.takes`, out)
  })

  let baselineAt = -1
  each(p.scenarios, (s, i) => {
    const at = `scenarios[${i}]`
    if (s.baseline === true) {
      if (baselineAt >= 0) out.push({ path: `${at}.baseline`, message: `only one scenario can be the baseline, and scenarios[${baselineAt}] already is` })
      else baselineAt = i
    }
    keysExist(s.adoption, leverIds, 'lever', `${at}.adoption`, out)
    const o = s.overrides
    if (!o) return
    keysExist(o.phases, phaseIds, 'phase', `${at}.overrides.phases`, out)
    keysExist(o.lines, lineIds, 'line', `${at}.overrides.lines`, out)
    keysExist(o.fringes, fringeIds, 'fringe', `${at}.overrides.fringes`, out)
    keysExist(o.markups, markupIds, 'markup', `${at}.overrides.markups`, out)
    for (const [lineId, lo] of Object.entries(o.lines ?? {}))
      if (lo?.qty !== undefined) out.push(...checkQuantity(lo.qty, `${child(`${at}.overrides.lines`, lineId)}.qty`, phaseIds))
  })
  return out
}

/** The baseline scenario: the one flagged, or the first. */
export function baselineIndex(p: Pick<Project, 'scenarios'>): number {
  const i = p.scenarios.findIndex(s => s.baseline === true)
  return i >= 0 ? i : 0
}
