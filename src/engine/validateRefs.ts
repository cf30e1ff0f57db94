/**
 * The rules that span a project file (MODEL.md §1, §6): unique ids, references that name
 * something, no loop through `after`, one baseline. Also run on a file whose structure is wrong,
 * so no part is trusted: lists that are not lists, or items without a usable id, are skipped.
 */
import { isKnownCurrency } from './money'
import { child } from './paths'
import { describeCycle, phaseOrder } from './schedule'
import type { Problem, Project } from './types'
import { checkQuantity, dayLength, rangeOrder } from './validateLimits'
import type { Known, PlanRefs } from './validateLimits'

export function quantityProblemsLoose(lines: unknown[]): Problem[] {
  const out: Problem[] = []
  lines.forEach((line, i) => {
    if (typeof line === 'object' && line !== null && 'qty' in line)
      out.push(...checkQuantity((line as Record<string, unknown>).qty, `lines[${i}].qty`, null))
  })
  return out
}

/** `optional`: an absent list is empty; a required one that is absent is unknown. */
export function uniqueIds(list: readonly { id: string }[] | undefined, name: string, out: Problem[], optional = false): Known {
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

export function refs(list: readonly string[] | undefined, known: Known, what: string, path: string, out: Problem[]): void {
  if (!known || !Array.isArray(list)) return
  const seen = new Set<string>()
  list.forEach((ref, i) => {
    if (!known.has(ref)) out.push({ path: `${path}[${i}]`, message: `no ${what} with id "${ref}"` })
    else if (seen.has(ref)) out.push({ path: `${path}[${i}]`, message: `"${ref}" is listed twice` })
    seen.add(ref)
  })
}

export function keysExist(record: object | undefined, known: Known, what: string, path: string, out: Problem[]): void {
  if (!known || typeof record !== 'object' || record === null) return
  for (const key of Object.keys(record))
    if (!known.has(key)) out.push({ path: child(path, key), message: `no ${what} with id "${key}"` })
}

/**
 * Runs a check on each item of a list, each on its own: an item too malformed for the check is
 * skipped (the structure check names it) and the other items are still checked.
 */
export function each<T>(list: readonly T[] | undefined, check: (item: T, i: number) => void): void {
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
  const locationIds = uniqueIds(p.locations, 'locations', out, true)
  const castIds = uniqueIds(p.cast, 'cast', out, true)
  const sceneIds = uniqueIds(p.scenes, 'scenes', out, true)
  const plan: PlanRefs = { cast: castIds, locations: locationIds, shoot: typeof p.shoot === 'object' && p.shoot !== null }

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
    out.push(...checkQuantity(line.qty, `${at}.qty`, phaseIds, plan))
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
    rangeOrder(lever.scenes?.hours, `${at}.scenes.hours`, out)
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
      if (lo?.qty !== undefined) out.push(...checkQuantity(lo.qty, `${child(`${at}.overrides.lines`, lineId)}.qty`, phaseIds, plan))
  })
  planChecks(p, { phaseIds, locationIds, castIds, sceneIds }, out)
  return out
}

const SHOOT_OVERRIDES: ReadonlySet<string> = new Set(['order', 'hoursPerDay', 'moveHours'])
const SCENE_OVERRIDES: ReadonlySet<string> = new Set(['hours', 'minutes'])

/** Keys of `record` outside `allowed`, each reported with `message`. */
function onlyKeys(record: unknown, allowed: ReadonlySet<string>, path: string, message: string, out: Problem[]): void {
  if (typeof record !== 'object' || record === null) return
  for (const key of Object.keys(record)) if (!allowed.has(key)) out.push({ path: child(path, key), message })
}

/** The breakdown and shoot plan's references and overrides (MODEL.md §6 "Validation"). */
function planChecks(p: Project, known: { phaseIds: Known, locationIds: Known, castIds: Known, sceneIds: Known }, out: Problem[]): void {
  each(p.scenes, (scene, i) => {
    const at = `scenes[${i}]`
    if (known.locationIds && typeof scene.location === 'string' && !known.locationIds.has(scene.location))
      out.push({ path: `${at}.location`, message: `no location with id "${scene.location}"` })
    refs(scene.cast, known.castIds, 'cast member', `${at}.cast`, out)
  })
  const shoot = typeof p.shoot === 'object' && p.shoot !== null ? p.shoot : undefined
  if (shoot) {
    if (known.phaseIds && typeof shoot.phase === 'string' && !known.phaseIds.has(shoot.phase))
      out.push({ path: 'shoot.phase', message: `no phase with id "${shoot.phase}"` })
    dayLength(shoot.hoursPerDay, 'shoot.hoursPerDay', out)
    refs(shoot.order, known.sceneIds, 'scene', 'shoot.order', out)
  }
  each(p.scenarios, (s, i) => {
    const o = s.overrides
    if (typeof o !== 'object' || o === null) return
    const at = `scenarios[${i}].overrides`
    if (o.shoot !== undefined) {
      if (!shoot) out.push({ path: `${at}.shoot`, message: 'the project has no shoot plan ("shoot") to override' })
      else {
        onlyKeys(o.shoot, SHOOT_OVERRIDES, `${at}.shoot`, 'a scenario may override only the plan\'s order, hoursPerDay and moveHours', out)
        refs(o.shoot.order, known.sceneIds, 'scene', `${at}.shoot.order`, out)
        dayLength(o.shoot.hoursPerDay, `${at}.shoot.hoursPerDay`, out)
      }
    }
    if (o.scenes !== undefined) {
      keysExist(o.scenes, known.sceneIds, 'scene', `${at}.scenes`, out)
      for (const [id, so] of Object.entries(o.scenes ?? {}))
        onlyKeys(so, SCENE_OVERRIDES, child(`${at}.scenes`, id), 'a scenario may override only a scene\'s hours and minutes', out)
    }
    const phase = shoot?.phase
    if (typeof phase === 'string' && typeof o.phases === 'object' && o.phases !== null && Object.hasOwn(o.phases, phase) && o.phases[phase]?.days !== undefined)
      out.push({ path: `${child(`${at}.phases`, phase)}.days`, message: `phase "${phase}" lasts the packed shoot days; change the plan (its order, hours per day, scene hours) instead` })
  })
}
