/**
 * Text output of the command line: a topsheet per scenario (CSV and XLSX come from src/export).
 */
import type { ProjectResult, ScenarioComparison } from '../engine/compute'
import { toMajor } from '../engine/money'
import type { MonteCarloResult } from '../engine/uncertainty'
import type { Project } from '../engine/types'
import { visible } from './terminal'

function money(minor: number, digits: number): string {
  return toMajor(minor, digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function signed(minor: number, digits: number): string {
  return (minor > 0 ? '+' : minor < 0 ? '−' : '±') + money(Math.abs(minor), digits)
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
  return { sections: of(project.sections), markups: of(project.markups), levers: of(project.levers), phases: of(project.phases) }
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
  ]))
  out.push(`  Schedule: ${r.phases.map(p => `${n.phases.get(p.id) ?? visible(p.id)} ${p.days}d (day ${p.start}–${p.finish})`).join(', ')}`)
  if (!r.baseline) {
    const vs = c.vsBaseline
    out.push('', `  Change vs baseline: ${signed(vs.change, d)} (${pct(vs.change, baseTotal)})`)
    const parts: [string, string][] = [['Plan changes', signed(vs.planChanges, d)]]
    for (const l of vs.levers) if (l.amount !== 0) parts.push([`${n.levers.get(l.id) ?? visible(l.id)}`, signed(l.amount, d)])
    out.push(...rows(parts.map(([a, b]) => [`  ${a.length > 44 ? `${a.slice(0, 43)}…` : a}`, b])))
  }
  if (mc) {
    out.push('', `  Monte Carlo (${mc.iterations} runs, seed ${mc.seed}): total P10 ${m(mc.total.p10)} · P50 ${m(mc.total.p50)} · P90 ${m(mc.total.p90)}`)
    out.push(`  Calendar days P10 ${mc.calendarDays.p10} · P50 ${mc.calendarDays.p50} · P90 ${mc.calendarDays.p90}`)
  }
  return out
}
