/**
 * One evaluation of a prepared scenario (MODEL.md §2 steps 2–11), in integer minor units.
 */
import { roundHalfAway, safeMinor } from './money'
import { cutDays } from './schedule'
import { BASIS_CAST, BASIS_EPISODES, BASIS_FIXED, BASIS_LOCATION, BASIS_MINUTES, BASIS_SHOOT_DAYS } from './model'
import type { LeverDraw, Model, ModelLever } from './model'
import { packMinutes, sceneMinutes } from './shoot'
import type { Packing } from './shoot'

export interface Evaluation {
  /** Phase days after the levers' cuts. */
  days: Int32Array
  start: Float64Array
  finish: Float64Array
  calendarDays: number
  /** Per line: the quantity used, the levers' factor m, cost and fringe (minor units). */
  lineQty: Float64Array
  lineFactor: Float64Array
  lineCost: Float64Array
  lineFringe: Float64Array
  /** Per lever: tool cost (minor units). */
  tools: Float64Array
  sections: Float64Array
  subtotal: number
  markups: Float64Array
  total: number
  labor: number
  nonLabor: number
  perEpisode: number | null
  perMinute: number | null
  /** Per section: person-days in integer tenths of a day, rounded half away from zero (step 11). */
  sectionDays: Float64Array
  /** Σ sectionDays: the total person-days in integer tenths. */
  personDays: number
  /** The shoot plan packed (MODEL.md §6.2), null without a plan. */
  packing: Packing | null
}

/** k of MODEL.md §2 step 7: what a tool's `amount` is paid per. */
export function toolUnits(model: Model, per: NonNullable<ModelLever['tool']>['per'], calendarDays: number): number {
  return per === 'flat'
    ? 1
    : per === 'episode'
      ? model.episodes
      : per === 'minute' ? model.minutes : Math.ceil(calendarDays / 30)
}

/**
 * Days as integer tenths of a day, half away from zero on the decimal value (2.25 → 23, 1.05 → 11).
 * Like `roundHalfAway`, a value within binary error of a half is first cut to 15 significant
 * digits; unlike it, no range check: person-days are not money, and a huge count of them in a
 * line that costs nothing must not stop the computation.
 */
export function toTenths(days: number): number {
  const a = Math.abs(days * 10)
  const fraction = a - Math.floor(a)
  const nearHalf = a < 1e15 && Math.abs(fraction - 0.5) <= 1e-12 * (a + 1)
  const rounded = Math.round(nearHalf ? Number(a.toPrecision(15)) : a)
  return days < 0 && rounded !== 0 ? -rounded : rounded
}

/**
 * Evaluates the model with the given lever values. `adoption` defaults to the scenario's; pass
 * zeros to get the scenario on its overrides alone (S0 in MODEL.md §3).
 */
/** An amount out of range, told where it arose. */
function where(e: unknown, place: string): unknown {
  return e instanceof RangeError ? new RangeError(`${place}: ${e.message}`) : e
}

export function evaluate(model: Model, draw: LeverDraw, adoption: Float64Array = model.adoption): Evaluation {
  const nPhases = model.phases.length
  const nLevers = model.levers.length
  const scale = 10 ** model.digits

  // The shoot plan first (step 3): its phase lasts the packed days, whatever the levers' phaseDays.
  const plan = model.plan
  const packing = plan ? packMinutes(plan, sceneMinutes(plan, adoption, draw.sceneHours)) : null
  const planPhase = plan ? plan.phase : -1

  // Phase days and schedule (steps 3–4).
  const days = new Int32Array(nPhases)
  for (let p = 0; p < nPhases; p++) {
    if (p === planPhase) { days[p] = packing!.days; continue }
    let factor = 1
    for (let i = 0; i < nLevers; i++) {
      const t = draw.phaseDays[i * nPhases + p]!
      if (t > 0) factor *= 1 - adoption[i]! * t
    }
    days[p] = cutDays(model.phases[p]!.days, factor)
  }
  const start = new Float64Array(nPhases)
  const finish = new Float64Array(nPhases)
  let calendarDays = 0
  for (const p of model.order) {
    const phase = model.phases[p]!
    let s = 0
    for (const q of phase.after) s = Math.max(s, finish[q]! + phase.lag)
    start[p] = s
    finish[p] = s + days[p]!
    calendarDays = Math.max(calendarDays, finish[p]!)
  }

  // Lines (steps 5–6).
  const nLines = model.lines.length
  const lineQty = new Float64Array(nLines)
  const lineFactor = new Float64Array(nLines)
  const lineCost = new Float64Array(nLines)
  const lineFringe = new Float64Array(nLines)
  const sections = new Float64Array(model.sections.length)
  // Unrounded person-days per section (step 11).
  const sectionDays = new Float64Array(model.sections.length)
  let labor = 0
  let j = 0
  try {
    for (; j < nLines; j++) {
      const line = model.lines[j]!
      const basis = line.basis
      const qty = basis === BASIS_FIXED
        ? line.amount
        : basis >= 0
          ? days[basis]! * line.amount
          : basis === BASIS_EPISODES
            ? model.episodes * line.amount
            : basis === BASIS_MINUTES
              ? model.minutes * line.amount
              : planQuantity(packing, basis, line.ref) * line.amount
      let m = 1
      for (const i of line.levers) m *= 1 - adoption[i]! * draw.reduction[i]!
      const net = qty * line.count * line.rate * m * scale
      const cost = roundHalfAway(net)
      const fringe = line.fringePercent > 0 ? roundHalfAway(net * line.fringePercent / 100) : 0
      lineQty[j] = qty
      lineFactor[j] = m
      lineCost[j] = cost
      lineFringe[j] = fringe
      sections[line.section]! += cost + fringe
      if (line.labor) labor += cost + fringe
      if (line.personDays) sectionDays[line.section]! += qty * line.count * m
    }
  }
  catch (e) {
    throw where(e, `lines[${j}] ("${model.lines[j]!.id}")`)
  }

  // Tool costs (step 7).
  const tools = new Float64Array(nLevers)
  for (let i = 0; i < nLevers; i++) {
    const tool = model.levers[i]!.tool
    if (!tool || adoption[i] === 0) continue
    const k = toolUnits(model, tool.per, calendarDays)
    try {
      tools[i] = roundHalfAway(adoption[i]! * tool.amount * k * draw.takes[i]! * scale)
    }
    catch (e) {
      throw where(e, `the tool cost of levers[${i}] ("${model.levers[i]!.id}")`)
    }
    sections[tool.section]! += tools[i]!
  }

  // Sections, markups, totals (steps 8–10).
  let subtotal = 0
  for (let s = 0; s < sections.length; s++) subtotal += sections[s]!
  const markups = new Float64Array(model.markups.length)
  let total = subtotal
  model.markups.forEach((mk, k) => {
    let base = 0
    if (mk.covers === null) base = subtotal
    else for (let s = 0; s < sections.length; s++) if (mk.covers[s]) base += sections[s]!
    markups[k] = roundHalfAway(mk.percent * base / 100)
    total += markups[k]!
  })
  safeMinor(total)
  let personDays = 0
  for (let s = 0; s < sectionDays.length; s++) {
    sectionDays[s] = toTenths(sectionDays[s]!)
    personDays += sectionDays[s]!
  }
  const episodes = model.episodes
  return {
    days,
    start,
    finish,
    calendarDays,
    lineQty,
    lineFactor,
    lineCost,
    lineFringe,
    tools,
    sections,
    subtotal,
    markups,
    total,
    labor,
    nonLabor: subtotal - labor,
    perEpisode: episodes > 0 ? roundHalfAway(total / episodes) : null,
    perMinute: model.minutes > 0 ? roundHalfAway(total / model.minutes) : null,
    sectionDays,
    personDays,
    packing,
  }
}

/** Shoot days, a cast member's paid days or a location's days (MODEL.md §2 step 5); 0 without a plan. */
function planQuantity(packing: Packing | null, basis: number, ref: number): number {
  if (!packing) return 0
  return basis === BASIS_SHOOT_DAYS
    ? packing.days
    : basis === BASIS_CAST
      ? packing.castPaid[ref] ?? 0
      : basis === BASIS_LOCATION ? packing.locationDays[ref] ?? 0 : 0
}
