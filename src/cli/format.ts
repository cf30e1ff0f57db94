/**
 * Text output of the command line: a topsheet per scenario (CSV and XLSX come from src/export).
 */
import type { ProjectResult, ScenarioComparison } from '../engine/compute'
import { toMajor, toMinor } from '../engine/money'
import { reviewThresholds, reviewTier } from '../engine/review'
import type { MonteCarloResult } from '../engine/uncertainty'
import type { LeverShare } from '../engine/attribution'
import type { Project, ToolCost } from '../engine/types'
import { visible } from './terminal'

function money(minor: number, digits: number): string {
  return toMajor(minor, digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function signed(minor: number, digits: number): string {
  return (minor > 0 ? '+' : minor < 0 ? '−' : '±') + money(Math.abs(minor), digits)
}

/** Days with one decimal, signed: +1.5, −22.0, ±0.0. */
function signedDays(days: number): string {
  return (days > 0 ? '+' : days < 0 ? '−' : '±') + Math.abs(days).toFixed(1)
}

function pct(part: number, whole: number): string {
  if (whole === 0) return ''
  const p = (part / whole) * 100
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%`
}

function rows(table: [string, string, string?][], width = 64): string[] {
  return table.map(([label, value, extra]) => {
    const right = extra ? `${value}  ${extra.padStart(8)}` : value
    return `  ${label.padEnd(Math.max(0, width - right.length - 2), ' ')}${right}`
  })
}

/** Each item's name by id, made harmless for a terminal (names are data from the file). */
function names(project: Project) {
  const of = <T extends { id: string, name: string }>(list: T[] | undefined) => new Map((list ?? []).map(x => [x.id, visible(x.name)]))
  return {
    sections: of(project.sections),
    markups: of(project.markups),
    levers: of(project.levers),
    phases: of(project.phases),
    tools: new Map((project.levers ?? []).flatMap(l => (l.toolCost ? [[l.id, l.toolCost] as const] : []))),
  }
}

export function topsheet(project: Project, computed: ProjectResult, only?: string, mc?: Map<string, MonteCarloResult>): string {
  const n = names(project)
  const base = computed.scenarios.find(c => c.result.baseline)!.result
  const out: string[] = [`${visible(project.meta.title)} — ${project.meta.currency}, ${project.meta.episodes} episodes × ${project.meta.minutesPerEpisode} min`]
  for (const c of computed.scenarios) {
    if (only && c.result.id !== only) continue
    out.push('', ...scenarioSheet(c, base.total, n, mc?.get(c.result.id)))
  }
  return out.join('\n') + '\n'
}

function scenarioSheet(c: ScenarioComparison, baseTotal: number, n: ReturnType<typeof names>, mc?: MonteCarloResult): string[] {
  const r = c.result
  const d = r.digits
  const m = (x: number) => money(x, d)
  const title = `${visible(r.name)} [${visible(r.id)}]${r.baseline ? ' — the baseline' : ''}`
  const out = [title, '='.repeat(Math.min(64, title.length))]
  out.push(...rows(r.sections.map(s => [n.sections.get(s.id) ?? visible(s.id), m(s.amount)])))
  out.push(`  ${'-'.repeat(62)}`)
  out.push(...rows([['Subtotal', m(r.subtotal)]]))
  out.push(...rows(r.markups.map(x => [`${n.markups.get(x.id) ?? visible(x.id)} (${x.percent}%)`, m(x.amount)])))
  out.push(`  ${'='.repeat(62)}`)
  out.push(...rows([
    ['TOTAL', m(r.total)],
    ['Per episode', r.perEpisode === null ? '—' : m(r.perEpisode)],
    ['Per finished minute', r.perMinute === null ? '—' : m(r.perMinute)],
    ['Labor / non-labor', `${m(r.labor)} / ${m(r.nonLabor)}`],
    ['Calendar days', String(r.calendarDays)],
    ['Person-days', r.personDays.total.toFixed(1)],
  ]))
  out.push(...rows(r.personDays.sections.filter(s => s.days !== 0).map(s => [`  ${n.sections.get(s.id) ?? visible(s.id)}`, s.days.toFixed(1)])))
  if (r.currency === 'CNY')
    out.push(...rows([[`Review tier (thresholds since ${reviewThresholds().since})`, reviewTier(r.total)]]))
  out.push(`  Schedule: ${r.phases.map(p => `${n.phases.get(p.id) ?? visible(p.id)} ${p.days}d (day ${p.start}–${p.finish})`).join(', ')}`)
  if (!r.baseline) {
    const vs = c.vsBaseline
    out.push('', `  Change vs baseline: ${signed(vs.change, d)} (${pct(vs.change, baseTotal)}); person-days ${signedDays(vs.personDays)}`)
    out.push(...rows([['  Plan changes', signed(vs.planChanges, d)]]))
    for (const l of vs.levers) {
      if (l.amount === 0 && l.grossSaving === 0 && l.tools === 0) continue
      const name = n.levers.get(l.id) ?? visible(l.id)
      out.push(...rows([[`  ${name.length > 44 ? `${name.slice(0, 43)}…` : name}`, signed(l.amount, d)]]))
      out.push(`      ${leverDetail(l, n.tools.get(l.id), d)}`)
    }
  }
  if (mc) {
    out.push('', `  Monte Carlo (${mc.iterations} runs, seed ${mc.seed}): total P10 ${m(mc.total.p10)} · P50 ${m(mc.total.p50)} · P90 ${m(mc.total.p90)}`)
    out.push(`  Calendar days P10 ${mc.calendarDays.p10} · P50 ${mc.calendarDays.p50} · P90 ${mc.calendarDays.p90}`)
  }
  return out
}

/** "gross saving X · tool cost Y · pays off up to Z per generation, now W" (MODEL.md §3). */
function leverDetail(l: LeverShare, tool: ToolCost | undefined, d: number): string {
  const parts = [`gross saving ${money(l.grossSaving, d)}`]
  if (tool) {
    parts.push(`tool cost ${money(l.tools, d)}`)
    const per = tool.takes ? ' per generation' : tool.per === 'flat' ? '' : ` per ${tool.per}`
    parts.push(l.breakEven === null
      ? 'no break-even (nothing to pay per unit)'
      : `pays off up to ${money(l.breakEven, d)}${per}, now ${money(toMinor(tool.amount, d), d)}`)
  }
  return parts.join(' · ')
}

