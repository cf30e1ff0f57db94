/**
 * Whether a valid project's figures stay within the engine's range in every scenario, whatever
 * the levers do: each amount at most MAX_MINOR minor units, each phase at most MAX_DAYS days.
 * A rate of 1e308 is a valid number, but no cost made from it can be added up exactly.
 *
 * Levers only lower costs and shorten phases, so each figure is bounded with the levers at no
 * effect (line costs and fringes, on the planned days) and the tools at their dearest (full
 * adoption, the highest takes, the planned calendar). Every line and lever out of range is named;
 * so is a lag beyond MAX_DAYS either way, and a schedule that ends after MAX_DAYS calendar days.
 */
import { applyOverrides } from './model'
import { MAX_MINOR, minorDigits, toMajor } from './money'
import { own } from './own'
import { child } from './paths'
import { phaseOrder } from './schedule'
import { roundMinutes } from './shoot'
import type { Line, Problem, Project, Quantity } from './types'

/** Phase days are kept in 32-bit integers. */
export const MAX_DAYS = 2 ** 31 - 1
/** Problems named one by one; the others are counted in a last "and N more". */
export const MAX_AMOUNT_PROBLEMS = 20

/** A plan: the project as written, or with one scenario's overrides, and its bounds. */
interface Bounds {
  /** Index of the scenario, or −1 for the file as written. */
  scenario: number
  plan: Project
  days: number[]
  /** Per line: quantity, and the rounded bounds of cost and fringe (minor units; NaN or ∞ when they overflow). */
  qty: Float64Array
  cost: Float64Array
  fringe: Float64Array
  fringePercent: Float64Array
  /** Per lever: the dearest tool cost (minor units), 0 without one. */
  tool: Float64Array
  /** What a lever's tool cost is multiplied by (k × takes), for the message. */
  toolFactors: string[]
  total: number
  minutes: number
  /** The most days the shoot plan can take (−1 without a plan). */
  planDays: number
}

const within = (minor: number) => minor <= MAX_MINOR // false for NaN and ∞

/**
 * Every line, tool cost, phase and total of a valid project (see `parseProject`) that could leave
 * the engine's range in some scenario, as `path: message`; at most `limit` of them, then a last
 * problem "and N more". Empty when every scenario computes, at any adoption.
 */
export function amountProblems(project: Project, limit: number = MAX_AMOUNT_PROBLEMS): Problem[] {
  const currency = project.meta.currency
  const digits = minorDigits(currency)
  const scale = 10 ** digits
  const money = (minor: number) => {
    if (!Number.isFinite(minor)) return 'more than any number'
    const major = toMajor(minor, digits)
    return `${major < 1e18 ? major.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : major.toPrecision(3)} ${currency}`
  }
  const most = `the largest amount the engine adds up exactly is ${money(MAX_MINOR)}`

  const phaseIndex = new Map<string, number>()
  project.phases.forEach((p, i) => { if (!phaseIndex.has(p.id)) phaseIndex.set(p.id, i) })
  const sectionIndex = new Map<string, number>()
  project.sections.forEach((s, i) => { if (!sectionIndex.has(s.id)) sectionIndex.set(s.id, i) })
  const fringeIndex = new Map<string, number>()
  ;(project.fringes ?? []).forEach((f, i) => { if (!fringeIndex.has(f.id)) fringeIndex.set(f.id, i) })
  const levers = project.levers ?? []
  // What the lines are made of, resolved once: the plans share every line they do not override.
  const lineSection = Int32Array.from(project.lines, l => sectionIndex.get(l.section) ?? 0)
  const lineBasis = Int32Array.from(project.lines, l => basisOf(l.qty, phaseIndex))
  const lineFringes = project.lines.map(l => (l.fringes ?? []).map(id => fringeIndex.get(id) ?? -1))
  const monthly = levers.some(l => l.toolCost?.per === 'month')

  function bounds(plan: Project, scenario: number): Bounds {
    const episodes = plan.meta.episodes
    const minutes = episodes * plan.meta.minutesPerEpisode
    const days = plan.phases.map(p => p.days)
    // With a shoot plan, its phase lasts at most the days of its scenes shot one after another.
    const planDays = shootDaysBound(plan)
    const planPhase = plan.shoot ? phaseIndex.get(plan.shoot.phase) ?? -1 : -1
    if (planPhase >= 0) days[planPhase] = planDays
    const percents = (plan.fringes ?? []).map(f => f.percent)
    const n = plan.lines.length
    const qty = new Float64Array(n)
    const cost = new Float64Array(n)
    const fringe = new Float64Array(n)
    const fringePercent = new Float64Array(n)
    const sections = new Float64Array(plan.sections.length)
    for (let j = 0; j < n; j++) {
      const l = plan.lines[j]!
      const basis = l === project.lines[j] ? lineBasis[j]! : basisOf(l.qty, phaseIndex)
      const times = typeof l.qty === 'number' ? l.qty : l.qty.times ?? 1
      const q = basis === FIXED ? times : basis === EPISODES ? episodes * times : basis === MINUTES ? minutes * times : basis === PLAN ? Math.max(0, planDays) * times : days[basis]! * times
      // As the evaluation computes it, with every lever's factor at 1.
      const net = q * l.count * l.rate * 1 * scale
      let percent = 0
      for (const f of lineFringes[j]!) percent += percents[f] ?? 0
      qty[j] = q
      cost[j] = Math.round(net)
      fringe[j] = percent > 0 ? Math.round(net * percent / 100) : 0
      fringePercent[j] = percent
      sections[lineSection[j]!]! += cost[j]! + fringe[j]!
    }
    const calendar = monthly ? calendarDays(plan, days) : 0
    const tool = new Float64Array(levers.length)
    const toolFactors: string[] = []
    levers.forEach((lever, i) => {
      const t = lever.toolCost
      if (!t) return
      const takes = t.takes?.high ?? 1
      const [k, unit] = t.per === 'flat'
        ? [1, '']
        : t.per === 'episode' ? [episodes, 'episodes'] : t.per === 'minute' ? [minutes, 'minutes'] : [Math.ceil(calendar / 30), 'months']
      tool[i] = Math.round(1 * t.amount * k * takes * scale)
      toolFactors[i] = [String(t.amount), ...(unit ? [`${k} ${unit}`] : []), ...(t.takes ? [`${takes} takes`] : [])].join(' × ')
      const s = sectionIndex.get(t.section)
      if (s !== undefined) sections[s]! += tool[i]!
    })
    let subtotal = 0
    for (const s of sections) subtotal += s
    let total = subtotal
    for (const m of plan.markups ?? []) {
      let base = 0
      if (!m.sections) base = subtotal
      else for (const id of m.sections) base += sections[sectionIndex.get(id) ?? -1] ?? 0
      total += Math.round(m.percent * base / 100)
    }
    return { scenario, plan, days, qty, cost, fringe, fringePercent, tool, toolFactors, total, minutes, planDays }
  }

  const out: Problem[] = []
  let more = 0
  const report = (path: string, message: string) => {
    if (out.length < limit) out.push({ path, message })
    else more++
  }
  const asWritten = bounds(project, -1)
  const phaseDone = new Uint8Array(project.phases.length)
  const lineDone = new Uint8Array(project.lines.length)
  const leverDone = new Uint8Array(levers.length)
  const lagDone = new Uint8Array(project.phases.length)
  let items = 0
  let totalDone = false
  let planDone = false
  let calendarDone = false

  function check(b: Bounds): void {
    const { plan, scenario: k } = b
    const sc = k >= 0 ? project.scenarios[k]! : undefined
    const overrides = sc ? `scenarios[${k}].overrides` : ''
    const inScenario = sc ? ` in scenario "${sc.id}"` : ''

    if (b.planDays > MAX_DAYS && !planDone) {
      planDone = true
      items++
      const message = `out of range: the scenes could take up to ${b.planDays.toLocaleString('en-US')} shooting days of ${plan.shoot!.hoursPerDay} hours; a phase lasts at most ${MAX_DAYS.toLocaleString('en-US')} days`
      report(sc && (sc.overrides?.scenes || sc.overrides?.shoot) ? overrides : 'scenes', message)
    }
    plan.phases.forEach((p, i) => {
      if (p.days <= MAX_DAYS || phaseDone[i]) return
      phaseDone[i] = 1
      items++
      const overridden = sc && own(sc.overrides?.phases, p.id)?.days !== undefined
      report(overridden ? `${child(`${overrides}.phases`, p.id)}.days` : `phases[${i}].days`, `out of range: a phase lasts at most ${MAX_DAYS.toLocaleString('en-US')} days`)
    })
    plan.phases.forEach((p, i) => {
      const lag = p.lag ?? 0
      if (Math.abs(lag) <= MAX_DAYS || lagDone[i]) return
      lagDone[i] = 1
      items++
      const overridden = sc && own(sc.overrides?.phases, p.id)?.lag !== undefined
      report(overridden ? `${child(`${overrides}.phases`, p.id)}.lag` : `phases[${i}].lag`, `out of range: ${lag} days; a lag is at most ${MAX_DAYS.toLocaleString('en-US')} days either way`)
    })
    if (items === 0 && !calendarDone) {
      const calendar = calendarDays(plan, b.days)
      if (calendar > MAX_DAYS) {
        calendarDone = true
        items++
        report(sc ? overrides : 'phases', `out of range: the phases${inScenario} end after ${calendar.toLocaleString('en-US')} calendar days; a schedule lasts at most ${MAX_DAYS.toLocaleString('en-US')} days`)
      }
    }

    for (let j = 0; j < plan.lines.length; j++) {
      const costOk = within(b.cost[j]!)
      if ((costOk && within(b.fringe[j]!)) || lineDone[j]) continue
      lineDone[j] = 1
      items++
      const l = plan.lines[j]!
      const what = `qty × count × rate = ${b.qty[j]} × ${l.count} × ${l.rate}`
      const message = costOk
        ? `out of range: fringes of ${b.fringePercent[j]}% on ${what} = ${money(b.cost[j]!)} come to ${money(b.fringe[j]!)}${inScenario}; ${most}`
        : `out of range: ${what} comes to ${money(b.cost[j]!)}${inScenario}; ${most}`
      const fromFile = costOk ? !within(asWritten.fringe[j]!) : !within(asWritten.cost[j]!)
      if (sc && l !== project.lines[j]) report(child(`${overrides}.lines`, l.id), `makes lines[${j}] ("${l.id}") ${message}`)
      else if (fromFile) report(`lines[${j}].${costOk ? 'fringes' : largestField(l)}`, message)
      else report(overrides, `makes lines[${j}] ("${l.id}") ${message}`)
    }

    levers.forEach((lever, i) => {
      if (within(b.tool[i]!) || leverDone[i]) return
      leverDone[i] = 1
      items++
      const t = lever.toolCost!
      const message = `out of range: at full adoption the tool cost ${b.toolFactors[i]} comes to ${money(b.tool[i]!)}${inScenario}; ${most}`
      if (!within(asWritten.tool[i]!) || !sc) report(`levers[${i}].toolCost.${t.takes && t.takes.high > t.amount ? 'takes.high' : 'amount'}`, message)
      else report(overrides, `makes levers[${i}] ("${lever.id}") ${message}`)
    })

    // The totals, when no part of any is already out of range.
    if (items > 0 || totalDone) return
    if (!within(b.total)) {
      totalDone = true
      report(sc ? `scenarios[${k}]` : '', `out of range: the total, with no lever in effect, comes to ${money(b.total)}${inScenario}; ${most}`)
    }
    else if (b.minutes > 0 && !within(Math.round(b.total / b.minutes))) {
      totalDone = true
      const field = sc?.overrides?.minutesPerEpisode !== undefined ? 'minutesPerEpisode' : sc?.overrides?.episodes !== undefined ? 'episodes' : ''
      report(field ? `${overrides}.${field}` : 'meta.minutesPerEpisode', `out of range: the cost per finished minute, ${money(b.total)} over ${b.minutes} minutes${inScenario}; ${most}`)
    }
  }

  // The file as written, when a scenario uses it, then each scenario that changes it.
  if (project.scenarios.some(s => !s.overrides)) check(asWritten)
  project.scenarios.forEach((s, k) => {
    if (s.overrides) check(bounds(applyOverrides(project, s), k))
  })
  if (more > 0) out.push({ path: '', message: `and ${more.toLocaleString('en-US')} more out of range` })
  return out
}

const FIXED = -1
const EPISODES = -2
const MINUTES = -3
/** Shoot days, a cast member's or a location's days: each at most the plan's days. */
const PLAN = -4

/** What a quantity follows: FIXED, EPISODES, MINUTES, PLAN or a phase index. */
function basisOf(q: Quantity, phaseIndex: ReadonlyMap<string, number>): number {
  if (typeof q === 'number') return FIXED
  const of = q.of
  if (of === 'shoot-days' || of.startsWith('cast:') || of.startsWith('location:')) return PLAN
  return of === 'episodes' ? EPISODES : of === 'minutes' ? MINUTES : phaseIndex.get(of.slice(6)) ?? FIXED
}

/**
 * The most days a plan can pack into (−1 without a plan): each scene alone on its own days,
 * `Σ ceil(μ_s / H)` at no lever (levers only shorten scenes). Cast and location days are at most
 * as many. Infinite when a scene's minutes are beyond any number.
 */
function shootDaysBound(plan: Project): number {
  const shoot = plan.shoot
  if (!shoot) return -1
  const H = roundMinutes(shoot.hoursPerDay * 60)
  let days = 0
  for (const s of plan.scenes ?? []) {
    const mu = roundMinutes((s.hours ?? s.minutes * shoot.hoursPerMinute) * 60)
    if (mu > 0) days += H > 0 ? Math.ceil(mu / H) : Infinity
  }
  return days
}

/** The line's own figure most likely to blame: the largest of rate, count and quantity. */
function largestField(l: Line): string {
  const qty = typeof l.qty === 'number' ? l.qty : l.qty.times ?? 1
  const field = typeof l.qty === 'number' ? 'qty' : 'qty.times'
  return l.rate >= l.count && l.rate >= qty ? 'rate' : l.count >= qty ? 'count' : field
}

/** The largest finish with every phase at its planned days. */
function calendarDays(plan: Project, days: readonly number[]): number {
  const sorted = phaseOrder(plan.phases)
  if (!('order' in sorted)) return 0
  const index = new Map(plan.phases.map((p, i) => [p.id, i]))
  const finish = new Float64Array(days.length)
  let calendar = 0
  for (const p of sorted.order) {
    const phase = plan.phases[p]!
    let start = 0
    for (const id of phase.after ?? []) {
      const q = index.get(id)
      if (q !== undefined) start = Math.max(start, finish[q]! + (phase.lag ?? 0))
    }
    finish[p] = start + days[p]!
    calendar = Math.max(calendar, finish[p]!)
  }
  return calendar
}
