/**
 * How a figure of a scenario is made (MODEL.md §2), as a tree that ends in the project's own
 * numbers: a total is its subtotal and markups; a section its lines and tool costs; a line its
 * quantity × count × rate × each lever's factor, rounded, plus its fringe; a markup its percent of
 * the sections it covers. Every amount is the engine's own, in integer minor units, and every
 * node adds up exactly: the parts of a sum are the figure to the minor unit, and a product,
 * rounded half away from zero, is its amount (`checkExplanation` says where one does not).
 *
 * Pure: no Vue, no DOM. The explanation panel only draws what this returns.
 */
import type { ScenarioResult } from '@/engine/compute'
import { buildModel, BASIS_EPISODES, BASIS_FIXED, BASIS_MINUTES } from '@/engine/model'
import type { Model } from '@/engine/model'
import { roundHalfAway } from '@/engine/money'
import { cutDays } from '@/engine/schedule'
import type { Project, ToolCostPer } from '@/engine/types'

/** A figure of one scenario that can be explained. */
export type Figure =
  | { kind: 'total' }
  | { kind: 'subtotal' }
  | { kind: 'section', id: string }
  | { kind: 'markup', id: string }
  | { kind: 'perEpisode' }
  | { kind: 'perMinute' }

/** A lever's cut of a phase: days × (1 − adoption × cut). */
export interface PhaseCut {
  lever: string
  /** Fractions (0–1). */
  adoption: number
  cut: number
}

/** Where a line's quantity comes from. */
export type QtyBasis =
  | { kind: 'fixed' }
  | { kind: 'episodes', episodes: number, times: number }
  | { kind: 'minutes', minutes: number, times: number }
  /** `planned` days (after the scenario's overrides), cut by the levers to `days`. */
  | { kind: 'phase', phase: string, planned: number, days: number, cuts: PhaseCut[], times: number }

/** A lever's factor on a line: 1 − adoption × reduction (fractions). */
export interface LeverFactor {
  lever: string
  adoption: number
  reduction: number
  value: number
}

export interface LineExplanation {
  kind: 'line'
  id: string
  /** cost + fringe (minor units). */
  amount: number
  labor: boolean
  qty: number
  basis: QtyBasis
  count: number
  /** Major units, as in the file. */
  rate: number
  levers: LeverFactor[]
  /** qty × count × rate × Π lever factors, unrounded, in minor units. */
  net: number
  /** round(net) */
  cost: number
  /** Σ of the line's fringe percents, and round(net × percent / 100). */
  fringePercent: number
  fringe: number
}

export interface ToolExplanation {
  kind: 'tool'
  lever: string
  amount: number
  /** Fraction (0–1). */
  adoption: number
  /** Price per unit, major units. */
  price: number
  per: ToolCostPer
  /** Units: 1, the episodes, the finished minutes or the months of the schedule. */
  units: number
  /** Generations paid per usable result (the likely takes); null when the tool cost has none (1). */
  takes: number | null
  /** adoption × price × units × takes, unrounded, minor units. */
  exact: number
}

export interface SectionExplanation {
  kind: 'section'
  id: string
  amount: number
  lines: LineExplanation[]
  tools: ToolExplanation[]
}

export interface MarkupExplanation {
  kind: 'markup'
  id: string
  amount: number
  percent: number
  /** The sections it covers (all when `all`); their amounts add up to `base`. */
  all: boolean
  covers: { id: string, amount: number }[]
  base: number
  /** percent × base / 100, unrounded. */
  exact: number
}

export interface SubtotalExplanation {
  kind: 'subtotal'
  amount: number
  sections: SectionExplanation[]
}

export interface TotalExplanation {
  kind: 'total'
  amount: number
  subtotal: SubtotalExplanation
  markups: MarkupExplanation[]
}

export interface RatioExplanation {
  kind: 'perEpisode' | 'perMinute'
  amount: number
  total: TotalExplanation
  /** The episodes, or the finished minutes. */
  divisor: number
  episodes: number
  minutesPerEpisode: number
  /** total / divisor, unrounded. */
  exact: number
}

export type Explanation = TotalExplanation | SubtotalExplanation | SectionExplanation | MarkupExplanation | RatioExplanation

/** The levers that touch a section's lines (by factor or by cutting a phase) or charge it tools. */
export function leversOf(e: SectionExplanation): string[] {
  const ids = new Set<string>()
  for (const l of e.lines) {
    for (const f of l.levers) if (f.value !== 1) ids.add(f.lever)
    if (l.basis.kind === 'phase' && l.basis.days !== l.basis.planned) for (const c of l.basis.cuts) ids.add(c.lever)
  }
  for (const t of e.tools) ids.add(t.lever)
  return [...ids]
}

function explainSection(model: Model, r: ScenarioResult, s: number): SectionExplanation {
  const scale = 10 ** model.digits
  // The likely value of each lever's phase cuts, as the engine's `drawAt(model, 'likely')`.
  const cutOf = (i: number, p: number): number => (model.levers[i]!.phaseDays.find(e => e.phase === p)?.range.likely ?? 0) / 100
  const lines: LineExplanation[] = []
  model.lines.forEach((line, j) => {
    if (line.section !== s) return
    const lr = r.lines[j]!
    const levers = line.levers.map((i) => {
      const adoption = model.adoption[i]!
      const reduction = (model.levers[i]!.reduction?.likely ?? 0) / 100
      return { lever: model.levers[i]!.id, adoption, reduction, value: 1 - adoption * reduction }
    })
    let basis: QtyBasis
    if (line.basis === BASIS_FIXED) basis = { kind: 'fixed' }
    else if (line.basis === BASIS_EPISODES) basis = { kind: 'episodes', episodes: model.episodes, times: line.amount }
    else if (line.basis === BASIS_MINUTES) basis = { kind: 'minutes', minutes: model.minutes, times: line.amount }
    // Shoot days, cast and location days, and the plan's phase (MODEL.md §6): the packed figure, told as is.
    else if (line.basis < 0 || line.followsPlan) basis = { kind: 'fixed' }
    else {
      const p = line.basis
      const cuts: PhaseCut[] = []
      for (let i = 0; i < model.levers.length; i++) {
        const cut = cutOf(i, p)
        if (cut > 0 && model.adoption[i]! > 0) cuts.push({ lever: model.levers[i]!.id, adoption: model.adoption[i]!, cut })
      }
      basis = { kind: 'phase', phase: model.phases[p]!.id, planned: model.phases[p]!.days, days: r.phases[p]!.days, cuts, times: line.amount }
    }
    // In the engine's own order of operations, so that the rounding is the engine's.
    let m = 1
    for (const f of levers) m *= f.value
    const net = lr.qty * line.count * line.rate * m * scale
    lines.push({
      kind: 'line',
      id: line.id,
      amount: lr.amount,
      labor: line.labor,
      qty: lr.qty,
      basis,
      count: line.count,
      rate: line.rate,
      levers,
      net,
      cost: lr.cost,
      fringePercent: line.fringePercent,
      fringe: lr.fringe,
    })
  })
  const tools: ToolExplanation[] = []
  model.levers.forEach((lever, i) => {
    const tool = lever.tool
    if (!tool || tool.section !== s || model.adoption[i] === 0) return
    const units = tool.per === 'flat' ? 1 : tool.per === 'episode' ? model.episodes : tool.per === 'minute' ? model.minutes : Math.ceil(r.calendarDays / 30)
    const amount = r.tools.find(x => x.lever === lever.id)?.amount ?? 0
    const takes = tool.takes?.likely ?? null
    tools.push({ kind: 'tool', lever: lever.id, amount, adoption: model.adoption[i]!, price: tool.amount, per: tool.per, units, takes, exact: model.adoption[i]! * tool.amount * units * (takes ?? 1) * scale })
  })
  return { kind: 'section', id: model.sections[s]!, amount: r.sections[s]!.amount, lines, tools }
}

function explainMarkup(model: Model, r: ScenarioResult, k: number): MarkupExplanation {
  const mk = model.markups[k]!
  const rm = r.markups[k]!
  const covers = r.sections.filter((_, s) => mk.covers === null || mk.covers[s] === 1).map(x => ({ id: x.id, amount: x.amount }))
  return { kind: 'markup', id: mk.id, amount: rm.amount, percent: mk.percent, all: mk.covers === null, covers, base: rm.base, exact: mk.percent * rm.base / 100 }
}

function explainTotal(model: Model, r: ScenarioResult): TotalExplanation {
  return {
    kind: 'total',
    amount: r.total,
    subtotal: { kind: 'subtotal', amount: r.subtotal, sections: model.sections.map((_, s) => explainSection(model, r, s)) },
    markups: model.markups.map((_, k) => explainMarkup(model, r, k)),
  }
}

/**
 * Explains one figure of scenario `scenarioId`, whose figures the engine gave as `result`
 * (`computeProject(project)`'s, so that the explanation shows the very amounts on screen).
 */
export function explainFigure(project: Project, scenarioId: string, result: ScenarioResult, figure: Figure): Explanation {
  const scenario = project.scenarios.find(s => s.id === scenarioId)
  if (!scenario) throw new Error(`no scenario "${scenarioId}"`)
  const model = buildModel(project, scenario)
  switch (figure.kind) {
    case 'total': return explainTotal(model, result)
    case 'subtotal': return explainTotal(model, result).subtotal
    case 'section': {
      const s = model.sections.indexOf(figure.id)
      if (s < 0) throw new Error(`no section "${figure.id}"`)
      return explainSection(model, result, s)
    }
    case 'markup': {
      const k = model.markups.findIndex(m => m.id === figure.id)
      if (k < 0) throw new Error(`no markup "${figure.id}"`)
      return explainMarkup(model, result, k)
    }
    case 'perEpisode':
    case 'perMinute': {
      const amount = figure.kind === 'perEpisode' ? result.perEpisode : result.perMinute
      const divisor = figure.kind === 'perEpisode' ? result.episodes : result.minutes
      if (amount === null) throw new Error(`no ${figure.kind} figure: no ${figure.kind === 'perEpisode' ? 'episodes' : 'minutes'}`)
      return { kind: figure.kind, amount, total: explainTotal(model, result), divisor, episodes: result.episodes, minutesPerEpisode: result.minutesPerEpisode, exact: result.total / divisor }
    }
  }
}

/* ------------------------------------------------------------------------------ the check */

/**
 * Every place where an explanation does not add up, as text (empty when it all holds): each sum
 * equals its parts, each product rounds to its amount, each phase's days follow their cuts.
 */
export function checkExplanation(e: Explanation): string[] {
  const out: string[] = []
  const expect = (ok: boolean, what: string) => { if (!ok) out.push(what) }
  const sum = (xs: readonly { amount: number }[]) => xs.reduce((a, x) => a + x.amount, 0)

  function line(l: LineExplanation, at: string): void {
    const q = l.basis
    const qty = q.kind === 'fixed'
      ? l.qty
      : q.kind === 'episodes' ? q.episodes * q.times : q.kind === 'minutes' ? q.minutes * q.times : q.days * q.times
    expect(qty === l.qty, `${at}: quantity ${qty} ≠ ${l.qty}`)
    if (q.kind === 'phase') {
      let factor = 1
      for (const c of q.cuts) factor *= 1 - c.adoption * c.cut
      expect(cutDays(q.planned, factor) === q.days, `${at}: ${q.planned} days cut by ${factor} ≠ ${q.days}`)
    }
    expect(roundHalfAway(l.net) === l.cost, `${at}: round(${l.net}) ≠ cost ${l.cost}`)
    const fringe = l.fringePercent > 0 ? roundHalfAway(l.net * l.fringePercent / 100) : 0
    expect(fringe === l.fringe, `${at}: fringe ${fringe} ≠ ${l.fringe}`)
    expect(l.cost + l.fringe === l.amount, `${at}: ${l.cost} + ${l.fringe} ≠ ${l.amount}`)
  }
  function section(s: SectionExplanation): void {
    s.lines.forEach(l => line(l, `section ${s.id}, line ${l.id}`))
    for (const t of s.tools) expect(roundHalfAway(t.exact) === t.amount, `section ${s.id}, tools of ${t.lever}: round(${t.exact}) ≠ ${t.amount}`)
    expect(sum(s.lines) + sum(s.tools) === s.amount, `section ${s.id}: lines ${sum(s.lines)} + tools ${sum(s.tools)} ≠ ${s.amount}`)
  }
  function markup(m: MarkupExplanation): void {
    expect(sum(m.covers) === m.base, `markup ${m.id}: covered sections ${sum(m.covers)} ≠ base ${m.base}`)
    expect(roundHalfAway(m.exact) === m.amount, `markup ${m.id}: round(${m.exact}) ≠ ${m.amount}`)
  }
  function subtotal(s: SubtotalExplanation): void {
    s.sections.forEach(section)
    expect(sum(s.sections) === s.amount, `subtotal: sections ${sum(s.sections)} ≠ ${s.amount}`)
  }
  function total(t: TotalExplanation): void {
    subtotal(t.subtotal)
    t.markups.forEach(markup)
    expect(t.subtotal.amount + sum(t.markups) === t.amount, `total: subtotal ${t.subtotal.amount} + markups ${sum(t.markups)} ≠ ${t.amount}`)
  }

  switch (e.kind) {
    case 'total': total(e); break
    case 'subtotal': subtotal(e); break
    case 'section': section(e); break
    case 'markup': markup(e); break
    case 'perEpisode':
    case 'perMinute':
      total(e.total)
      expect(roundHalfAway(e.total.amount / e.divisor) === e.amount, `${e.kind}: round(${e.total.amount} / ${e.divisor}) ≠ ${e.amount}`)
  }
  return out
}
