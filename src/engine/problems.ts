/**
 * Keeping a list of problems to a size a person reads and a machine makes quickly. A hostile
 * file can break a rule a million times (125,000 empty lines miss eight fields each): collecting
 * every problem would take seconds and print megabytes. Large files are checked item by item and
 * the check stops once MAX_PROBLEMS are found; a list is shown up to SHOWN_PROBLEMS, then counted.
 */
import * as v from 'valibot'
import { formatPath } from './paths'
import type { Problem } from './types'
import { MSG, checkQuantity, fringeSchema, leverSchema, lineSchema, markupSchema, phaseSchema, scenarioSchema, sectionSchema } from './validate'

/** Problems collected before the check stops. */
export const MAX_PROBLEMS = 1000
/** Problems shown one by one (the command line and the app); the rest are counted. */
export const SHOWN_PROBLEMS = 100
/** Below this many list items in all, a file is checked whole, every problem collected. */
export const EARLY_CHECK_ITEMS = 5000

/** The last problem of a list whose check stopped early. */
export const STOPPED: Problem = {
  path: '',
  message: `checking stopped after the first ${MAX_PROBLEMS.toLocaleString('en-US')} problems; correct these and check the file again`,
}

const LISTS: [string, v.GenericSchema][] = [
  ['phases', phaseSchema],
  ['sections', sectionSchema],
  ['fringes', fringeSchema],
  ['lines', lineSchema],
  ['markups', markupSchema],
  ['levers', leverSchema],
  ['scenarios', scenarioSchema],
]

/**
 * For a large file (more than EARLY_CHECK_ITEMS list items), the structural problems of its
 * lists' items, item by item, stopping once more than MAX_PROBLEMS are found: then the first
 * MAX_PROBLEMS and STOPPED. Null when the file is small or breaks fewer rules: the full check
 * (`parseProject`) then names every problem, in its own order.
 */
export function earlyProblems(doc: unknown): Problem[] | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null
  const record = doc as Record<string, unknown>
  let items = 0
  for (const [key] of LISTS) {
    const list = record[key]
    if (Array.isArray(list)) items += list.length
  }
  if (items <= EARLY_CHECK_ITEMS) return null
  const out: Problem[] = []
  for (const [key, schema] of LISTS) {
    const list = record[key]
    if (!Array.isArray(list)) continue
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i]
      const result = v.safeParse(schema, item, { abortEarly: false, abortPipeEarly: true })
      if (!result.success) {
        for (const issue of result.issues) {
          const keys = (issue.path ?? []).map(p => p.key as string | number)
          const missing = issue.input === undefined && keys.length > 0
          out.push({ path: formatPath([key, i, ...keys]), message: missing ? MSG.required : issue.message })
        }
      }
      if (key === 'lines' && typeof item === 'object' && item !== null && 'qty' in item)
        out.push(...checkQuantity((item as { qty: unknown }).qty, `lines[${i}].qty`, null))
      if (out.length > MAX_PROBLEMS) return [...out.slice(0, MAX_PROBLEMS), STOPPED]
    }
  }
  return null
}

/** A list cut to MAX_PROBLEMS, counting the rest in a last problem. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS + 1) return problems
  const more = problems.length - MAX_PROBLEMS
  return [...problems.slice(0, MAX_PROBLEMS), { path: '', message: `and ${more.toLocaleString('en-US')} more problems` }]
}

/** Whether the check of this list stopped early (its last problem is STOPPED). */
export function stoppedEarly(problems: readonly Problem[]): boolean {
  const last = problems[problems.length - 1]
  return last !== undefined && last.path === '' && last.message === STOPPED.message
}
