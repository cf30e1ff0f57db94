/**
 * Reading a project file: migration, the file's shape (validateShape.ts), then the rules that
 * span the file (validateRefs.ts, validateLimits.ts). A file breaking any rule is refused whole,
 * with every problem listed as `path: message`; nothing is repaired or dropped silently.
 */
import * as v from 'valibot'
import { formatPath, formatProblem } from './paths'
import { readJson, valueNestingProblem } from './text'
import type { TextLimits } from './text'
import { SCHEMA_VERSION } from './types'
import type { Problem, Project } from './types'
import { crossChecks, quantityProblemsLoose } from './validateRefs'
import { MSG, projectSchema } from './validateShape'

export { child, formatPath, formatProblem } from './paths'
export * from './validateShape'
export { checkQuantity, dayLength, rangeOrder } from './validateLimits'
export type { Known, PlanRefs } from './validateLimits'
export { crossChecks } from './validateRefs'

export type ParseResult =
  | { ok: true, project: Project }
  | { ok: false, problems: Problem[] }

type Json = Record<string, unknown>

/** Steps from version N to N + 1, applied in turn to an older file. Version 1 is the first. */
export type Migration = (doc: Json) => Json
export const MIGRATIONS: Record<number, Migration> = {}

/** The parts a project file has (MODEL.md §1); JSON with none of them is not one. */
const PROJECT_KEYS = ['schemaVersion', 'meta', 'phases', 'sections', 'lines', 'markups', 'levers', 'scenarios']
export const NOT_A_PROJECT = `not a project file: it has none of a project's parts (${PROJECT_KEYS.join(', ')})`

/**
 * Brings an older file up to the current schema version. Refuses a newer version, one that is not
 * a whole number, and a missing one (and JSON that is no project at all, said so).
 */
export function migrate(
  doc: Json,
  migrations: Record<number, Migration> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): { ok: true, doc: Json } | { ok: false, problem: Problem } {
  const version = doc.schemaVersion
  const path = 'schemaVersion'
  // JSON that has none of a project's parts is another kind of file: said so, not "schemaVersion: is required".
  if (version === undefined && !PROJECT_KEYS.some(k => k in doc))
    return { ok: false, problem: { path: '', message: NOT_A_PROJECT } }
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
const SCENARIO_PART = new RegExp(String.raw`^scenarios\[\d+\](?:\.overrides\.(?:phases|lines|fringes|markups|shoot|scenes)${KEY}?|\.(?:adoption|overrides)${KEY}?|${KEY})?`)

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

/** The baseline scenario: the one flagged, or the first. */
export function baselineIndex(p: Pick<Project, 'scenarios'>): number {
  const i = p.scenarios.findIndex(s => s.baseline === true)
  return i >= 0 ? i : 0
}
