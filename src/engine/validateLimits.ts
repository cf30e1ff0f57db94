/**
 * The rules on values that a schema cannot say alone (MODEL.md §1, §6): a quantity's forms and
 * what they name, a range's order, a shooting day of at least one minute.
 */
import { roundMinutes } from './shoot'
import { MSG } from './validateShape'
import type { Problem } from './types'

/** The ids a list holds, or null when the list is malformed (then nothing is checked against it). */
export type Known = ReadonlySet<string> | null

/** What the plan's quantities may name (MODEL.md §6): cast members, locations, and whether there is a `shoot`. */
export interface PlanRefs {
  cast: Known
  locations: Known
  shoot: boolean
}

const QUANTITY_FORMS = '"episodes", "minutes", "phase:<phase id>", "shoot-days", "cast:<cast id>" or "location:<location id>"'

/**
 * A quantity: a number ≥ 0, or `{ of, times? }` with `of` one of the forms above. With `phaseIds`
 * (and `plan`) given, the ids it names must exist, and `shoot-days` needs a `shoot`; null checks
 * the form alone.
 */
export function checkQuantity(q: unknown, path: string, phaseIds: Known, plan: PlanRefs | null = null): Problem[] {
  if (typeof q === 'number')
    return Number.isFinite(q) && q >= 0 ? [] : [{ path, message: MSG.nonNeg }]
  if (q === undefined) return [{ path, message: MSG.required }]
  if (typeof q !== 'object' || q === null || Array.isArray(q))
    return [{ path, message: 'must be a number ≥ 0, or { "of": "episodes" | "minutes" | "phase:<id>" | "shoot-days" | "cast:<id>" | "location:<id>", "times": n }' }]
  const out: Problem[] = []
  const { of, times } = q as Record<string, unknown>
  const at = `${path}.of`
  if (typeof of !== 'string' || !(of === 'episodes' || of === 'minutes' || of === 'shoot-days' || of.startsWith('phase:') || of.startsWith('cast:') || of.startsWith('location:')))
    out.push({ path: at, message: `must be ${QUANTITY_FORMS}` })
  else if (of.startsWith('phase:') && phaseIds && !phaseIds.has(of.slice(6)))
    out.push({ path: at, message: `no phase with id "${of.slice(6)}"` })
  else if (of.startsWith('cast:') && plan?.cast && !plan.cast.has(of.slice(5)))
    out.push({ path: at, message: `no cast member with id "${of.slice(5)}"` })
  else if (of.startsWith('location:') && plan?.locations && !plan.locations.has(of.slice(9)))
    out.push({ path: at, message: `no location with id "${of.slice(9)}"` })
  else if (of === 'shoot-days' && plan && !plan.shoot)
    out.push({ path: at, message: 'follows the shoot days, but the project has no shoot plan ("shoot")' })
  if (times !== undefined && !(typeof times === 'number' && Number.isFinite(times) && times >= 0))
    out.push({ path: `${path}.times`, message: MSG.nonNeg })
  return out
}

export function rangeOrder(r: { low: number, likely: number, high: number } | undefined, path: string, out: Problem[]): void {
  if (r && !(r.low <= r.likely && r.likely <= r.high))
    out.push({ path, message: `needs low ≤ likely ≤ high (got ${r.low} / ${r.likely} / ${r.high})` })
}

/** `round(hoursPerDay × 60) ≥ 1` (MODEL.md §6): a shooting day holds at least one whole minute. */
export function dayLength(hoursPerDay: unknown, path: string, out: Problem[]): void {
  if (typeof hoursPerDay === 'number' && Number.isFinite(hoursPerDay) && hoursPerDay >= 0 && roundMinutes(hoursPerDay * 60) < 1)
    out.push({ path, message: `must hold at least one minute of shooting (got ${hoursPerDay} hours)` })
}
