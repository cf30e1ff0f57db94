/**
 * Chart props from the engine's results: pure functions, given the texts to show. The app calls
 * them from its stores with translated texts; the benchmark calls them directly.
 */
import type { ScenarioComparison } from '@/engine/compute'
import type { GanttProps, SectionBarsProps, StackedBarsProps, WaterfallProps, WaterfallStep } from './builders'

export interface ChartTexts {
  locale: string
  /** Display name of a scenario, section, lever or phase by id. */
  name: (kind: 'scenarios' | 'sections' | 'levers' | 'phases', id: string) => string
  sectionsTitle: string
  waterfallTitle: string
  laborTitle: string
  ganttTitle: string
  axisCost: string
  axisDays: string
  planChanges: string
  /** Label of the AI tools' own cost in the waterfall. */
  toolCosts: string
  /** Label of the markups' change that the levers bring (their percent of the levers' net change). */
  markupsChange: string
  labor: string
  nonLabor: string
  subtotal: string
  /** "Traditional (52 days)" */
  seriesWithDays: (scenario: string, days: number) => string
  /** Tooltip of one Gantt bar. */
  dayRange?: (series: string, start: number, finish: number) => string
  /** Under every title: e.g. why the baseline is compared with another scenario. */
  note?: string
  /** Under the waterfall's title: how to read its lever steps. */
  waterfallNote?: string
}

/**
 * From the baseline total, through plan changes, each lever's gross saving (MODEL.md §3: what it
 * saves on the lines, before tools and markups, the CLI's `grossSaving`), the AI tools' cost and
 * the markups' change the levers bring, to the scenario total: the steps add up exactly, since a
 * lever's part of the change is its tools less its gross saving plus its share of the markups.
 * A scenario against itself is one total.
 */
export function waterfallSteps(base: ScenarioComparison, current: ScenarioComparison, x: Pick<ChartTexts, 'name' | 'planChanges' | 'toolCosts' | 'markupsChange'>): WaterfallStep[] {
  const b = base.result
  const s = current.result
  const steps: WaterfallStep[] = [{ label: x.name('scenarios', b.id), amount: b.total, kind: 'total' }]
  if (b.id === s.id) return steps
  const vs = current.vsBaseline
  if (vs.planChanges !== 0) steps.push({ label: x.planChanges, amount: vs.planChanges, kind: 'change' })
  // Each lever's gross saving (green), then what the AI tools themselves cost (orange), then the
  // markups on the levers' net change: a bar moves only when its own figure does.
  let tools = 0
  let markups = 0
  for (const l of vs.levers) {
    tools += l.tools
    markups += l.amount - (l.tools - l.grossSaving)
    if (l.grossSaving !== 0) steps.push({ label: x.name('levers', l.id), amount: -l.grossSaving, kind: 'change' })
  }
  if (tools !== 0) steps.push({ label: x.toolCosts, amount: tools, kind: 'change' })
  if (markups !== 0) steps.push({ label: x.markupsChange, amount: markups, kind: 'change' })
  steps.push({ label: x.name('scenarios', s.id), amount: s.total, kind: 'total' })
  return steps
}

export interface ChartSet {
  sections: SectionBarsProps
  waterfall: WaterfallProps
  labor: StackedBarsProps
  gantt: GanttProps
}

export function chartProps(base: ScenarioComparison, current: ScenarioComparison, x: ChartTexts): ChartSet {
  const b = base.result
  const s = current.result
  const same = b.id === s.id
  const fmt = { currency: s.currency, digits: s.digits, locale: x.locale }
  const bName = x.name('scenarios', b.id)
  const sName = x.name('scenarios', s.id)

  const series: SectionBarsProps['series'] = [{ label: bName, values: b.sections.map(v => v.amount), kind: 'baseline' }]
  if (!same) series.push({ label: sName, values: s.sections.map(v => v.amount), kind: 'scenario' })

  const steps = waterfallSteps(base, current, x)
  const note = x.note ? { subtitle: x.note } : {}

  const list = same ? [b] : [b, s]
  const gantt = list.map(r => ({ label: x.seriesWithDays(x.name('scenarios', r.id), r.calendarDays), plain: x.name('scenarios', r.id), r }))
  const dayRange = x.dayRange
  return {
    sections: { ...fmt, ...note, title: x.sectionsTitle, axisLabel: x.axisCost, categories: s.sections.map(v => x.name('sections', v.id)), series },
    waterfall: { ...fmt, title: x.waterfallTitle, axisLabel: x.axisCost, steps, subtitle: [x.note, x.waterfallNote].filter((n): n is string => !!n) },
    labor: {
      ...fmt,
      ...note,
      title: x.laborTitle,
      axisLabel: x.axisCost,
      categories: list.map(r => x.name('scenarios', r.id)),
      stacks: [
        { label: x.labor, values: list.map(r => r.labor) },
        { label: x.nonLabor, values: list.map(r => r.nonLabor) },
      ],
      totalLabel: x.subtotal,
    },
    gantt: {
      ...note,
      title: x.ganttTitle,
      axisLabel: x.axisDays,
      locale: x.locale,
      rows: s.phases.map((ph, i) => ({
        label: x.name('phases', ph.id),
        bars: gantt.map(g => ({ series: g.label, start: g.r.phases[i]!.start, finish: g.r.phases[i]!.finish })),
      })),
      ...(dayRange
        ? { tooltip: (_row, bar) => dayRange(gantt.find(g => g.label === bar.series)?.plain ?? bar.series, bar.start, bar.finish) }
        : {}),
    },
  }
}
