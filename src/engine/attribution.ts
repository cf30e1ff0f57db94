/**
 * Where the change against the baseline comes from (MODEL.md §3): plan changes, then one amount
 * per lever, exact to the minor unit.
 */
import { MAX_MINOR, apportion, roundHalfAway } from './money'
import { toolUnits } from './evaluate'
import type { Evaluation } from './evaluate'
import type { LeverDraw, Model } from './model'

export interface LeverShare {
  id: string
  /** The lever's part of the change (minor units, negative = cheaper), markups included. */
  amount: number
  /** The lever's own tool cost in this scenario (minor units), before markups. */
  tools: number
  /**
   * What the lever saves on the lines (minor units, positive = saved): its unrounded shares of the
   * line savings, before tool costs and markups, rounded once (MODEL.md §3).
   */
  grossSaving: number
  /**
   * The tool price per generation at which `grossSaving` would pay for the tools exactly:
   * grossSaving / (a × k × takes), in minor units. Null when the lever has no tool cost, is not
   * adopted, k × takes = 0 or the gross saving is ≤ 0 (and when the price would lie beyond the
   * engine's range of amounts).
   */
  breakEven: number | null
}

export interface Attribution {
  /** S − B (minor units). */
  change: number
  /** S0 − B: the scenario's overrides alone. */
  planChanges: number
  /** Add up exactly to S − S0. */
  levers: LeverShare[]
  /** S − B of the total person-days, in days with one decimal. */
  personDays: number
}

/**
 * Splits `s.total − s0.total` among the levers. `s` and `s0` are evaluations of the same model,
 * with the scenario's adoption and with none; `draw` holds the lever values `s` was computed with.
 * `baseTotal` and `basePersonDays` (integer tenths of a day; S0's when absent) are the baseline's.
 */
export function attribute(model: Model, draw: LeverDraw, s: Evaluation, s0: Evaluation, baseTotal: number, basePersonDays: number = s0.personDays): Attribution {
  const nLevers = model.levers.length
  const nPhases = model.phases.length
  const nSections = model.sections.length
  const a = model.adoption
  const share = new Float64Array(nLevers)
  // Each lever's unrounded part of the line changes alone (its gross saving, negated).
  const lineShare = new Float64Array(nLevers)
  // Each lever's unrounded part of each section's change, for sharing the markups.
  const bySection = new Float64Array(nLevers * nSections)
  const credit = (i: number, section: number, amount: number): void => {
    share[i]! += amount
    bySection[i * nSections + section]! += amount
  }

  // A phase's cut, shared among the levers that shorten it by −ln(1 − a·t), or equally among
  // those that remove it whole.
  const phaseWeights: { i: number[], w: Float64Array }[] = []
  for (let p = 0; p < nPhases; p++) {
    const i: number[] = []
    const w = new Float64Array(nLevers)
    for (let k = 0; k < nLevers; k++) {
      const x = a[k]! * draw.phaseDays[k * nPhases + p]!
      if (x > 0) { w[i.length] = x >= 1 ? Infinity : -Math.log1p(-x); i.push(k) }
    }
    normaliseInPlace(w, i.length)
    phaseWeights.push({ i, w })
  }

  // The levers with scene hours whose scenes include a scene shot in S0, by −ln(1 − a·w) (§3).
  const sceneWeights = sceneLeverWeights(model, draw, s0)

  // The factors of one line: lever index (−1 for the phase factor) and log weight.
  const fi = new Int32Array(nLevers + 1)
  const fw = new Float64Array(nLevers + 1)
  for (let j = 0; j < model.lines.length; j++) {
    const a0 = s0.lineCost[j]! + s0.lineFringe[j]!
    let delta = s.lineCost[j]! + s.lineFringe[j]! - a0
    const line = model.lines[j]!
    // A line following the plan whose quantity moved: first the part of its line factor, then the
    // rest to the scene-hour levers, since packed days need not move in proportion to hours.
    const twoStep = line.followsPlan && s.lineQty[j] !== s0.lineQty[j] && sceneWeights.i.length > 0
    if (delta === 0 && !twoStep) continue
    if (twoStep) {
      const lineFactorPart = -a0 * (1 - s.lineFactor[j]!)
      for (let k = 0; k < sceneWeights.i.length; k++) {
        const part = (delta - lineFactorPart) * sceneWeights.w[k]!
        credit(sceneWeights.i[k]!, line.section, part)
        lineShare[sceneWeights.i[k]!]! += part
      }
      delta = lineFactorPart
    }
    let n = 0
    for (const i of line.levers) {
      const x = a[i]! * draw.reduction[i]!
      if (x > 0) { fi[n] = i; fw[n] = x >= 1 ? Infinity : -Math.log1p(-x); n++ }
    }
    // The phase factor d'/d, entered as lever −1 and passed on to the levers that cut the phase.
    // A line following the plan has none: the plan's phase lasts the packed days.
    if (line.basis >= 0 && !line.followsPlan) {
      const d = s0.days[line.basis]!
      const cut = s.days[line.basis]!
      if (cut < d) { fi[n] = -1; fw[n] = cut === 0 ? Infinity : Math.log(d / cut); n++ }
    }
    normaliseInPlace(fw, n)
    for (let k = 0; k < n; k++) {
      const part = delta * fw[k]!
      const i = fi[k]!
      if (i >= 0) {
        credit(i, line.section, part)
        lineShare[i]! += part
      }
      else {
        const g = phaseWeights[line.basis]!
        for (let m = 0; m < g.i.length; m++) {
          credit(g.i[m]!, line.section, part * g.w[m]!)
          lineShare[g.i[m]!]! += part * g.w[m]!
        }
      }
    }
  }

  for (let i = 0; i < nLevers; i++) {
    const tool = model.levers[i]!.tool
    const amount = s.tools[i]! - s0.tools[i]!
    if (tool && amount !== 0) credit(i, tool.section, amount)
  }

  // A lever's share of a markup's change: percent / 100 × its part of the covered sections' change.
  model.markups.forEach((mk) => {
    for (let i = 0; i < nLevers; i++) {
      let mine = 0
      for (let sec = 0; sec < nSections; sec++)
        if (mk.covers === null || mk.covers[sec]) mine += bySection[i * nSections + sec]!
      share[i]! += mk.percent / 100 * mine
    }
  })

  const amounts = apportion(Array.from(share), s.total - s0.total)
  return {
    change: s.total - baseTotal,
    planChanges: s0.total - baseTotal,
    levers: model.levers.map((lever, i) => {
      const grossSaving = roundHalfAway(-lineShare[i]!)
      return {
        id: lever.id,
        amount: amounts[i]!,
        tools: s.tools[i]! - s0.tools[i]!,
        grossSaving,
        breakEven: breakEven(model, draw, s, i, grossSaving),
      }
    }),
    personDays: (s.personDays - basePersonDays) / 10,
  }
}

/**
 * The levers with scene hours (a·w > 0) whose scenes include at least one scene shot in S0, and
 * their weights −ln(1 − a·w) as fractions (equal among those with a·w = 1).
 */
function sceneLeverWeights(model: Model, draw: LeverDraw, s0: Evaluation): { i: number[], w: Float64Array } {
  const plan = model.plan
  const i: number[] = []
  const w = new Float64Array(model.levers.length)
  if (!plan || !s0.packing) return { i, w }
  const touches = new Uint8Array(model.levers.length)
  for (let sc = 0; sc < plan.sceneIds.length; sc++)
    if (s0.packing.minutes[sc]! > 0) for (const k of plan.sceneLevers[sc]!) touches[k] = 1
  for (let k = 0; k < model.levers.length; k++) {
    const x = model.adoption[k]! * draw.sceneHours[k]!
    if (x > 0 && touches[k]) { w[i.length] = x >= 1 ? Infinity : -Math.log1p(-x); i.push(k) }
  }
  normaliseInPlace(w, i.length)
  return { i, w }
}

/** The break-even price of lever i (MODEL.md §3), minor units per generation, or null. */
function breakEven(model: Model, draw: LeverDraw, s: Evaluation, i: number, grossSaving: number): number | null {
  const tool = model.levers[i]!.tool
  const a = model.adoption[i]!
  // A lever that saves nothing on its lines has no price at which it pays for itself.
  if (!tool || a === 0 || grossSaving <= 0) return null
  const kg = toolUnits(model, tool.per, s.calendarDays) * draw.takes[i]!
  if (kg === 0) return null
  const price = grossSaving / (a * kg)
  return Number.isFinite(price) && Math.abs(price) <= MAX_MINOR ? roundHalfAway(price) : null
}

/**
 * The first `n` weights turned into fractions that sum to 1: infinite weights (a factor of zero)
 * share equally and take everything; otherwise in proportion.
 */
function normaliseInPlace(w: Float64Array, n: number): void {
  let infinite = 0
  let sum = 0
  for (let k = 0; k < n; k++) {
    if (w[k] === Infinity) infinite++
    else sum += w[k]!
  }
  for (let k = 0; k < n; k++) w[k] = infinite > 0 ? (w[k] === Infinity ? 1 / infinite : 0) : sum > 0 ? w[k]! / sum : 0
}
