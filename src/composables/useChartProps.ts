/**
 * The charts' props for the scenario shown against the baseline, with translated texts. When the
 * baseline itself is shown, the charts compare it with the first other scenario (and say so), or
 * show it alone when there is no other: never the baseline against itself.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { personDaysRows } from '@/app/economics'
import { chartProps } from '@/charts/fromResults'
import type { PersonDaysProps } from '@/charts/economics'
import type { ChartSpec } from '@/charts/spec'
import type { GanttProps } from '@/charts/builders'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'
import { useLabels } from './useLabels'

/** A Gantt draws at most this many phases: past it, bars are too thin to read and slow to draw. */
export const GANTT_MAX_ROWS = 60

/**
 * The Gantt of a long plan: its first GANTT_MAX_ROWS phases by start (file order among equals),
 * with a note saying how many there are; a short plan as it is.
 */
export function capGantt(props: GanttProps, starts: readonly number[], t: (key: string, named: Record<string, unknown>) => string): GanttProps {
  const n = props.rows.length
  if (n <= GANTT_MAX_ROWS) return props
  const keep = props.rows.map((_, i) => i).sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || a - b).slice(0, GANTT_MAX_ROWS)
  const note = t('plan.ganttCapped', { shown: GANTT_MAX_ROWS, n })
  const subtitle = props.subtitle === undefined ? [note] : [...[props.subtitle].flat(), note]
  return { ...props, rows: keep.map(i => props.rows[i]!), subtitle }
}

export function useChartProps() {
  const store = useProjectStore()
  const ui = useUiStore()
  const { t, locale } = useI18n()
  const { byId } = useLabels()

  /** The scenario the charts set against the baseline, and why (when it is not the one shown). */
  const pair = computed(() => {
    const shown = ui.current
    if (!shown.result.baseline) return { current: shown, note: undefined }
    const other = store.result.scenarios.find(c => !c.result.baseline)
    return other
      ? { current: other, note: t('charts.baselineShown', { scenario: byId('scenarios', other.result.id) }) }
      : { current: shown, note: t('charts.baselineAlone') }
  })

  const all = computed(() => {
    const current = pair.value.current
    const alone = current.result.id === ui.baseline.result.id
    const names = { baseline: byId('scenarios', ui.baseline.result.id), scenario: byId('scenarios', current.result.id) }
    return chartProps(ui.baseline, current, {
      locale: locale.value,
      name: byId,
      sectionsTitle: t(alone ? 'charts.bySectionAlone' : 'charts.bySection', names),
      waterfallTitle: t(alone ? 'charts.waterfallAlone' : 'charts.waterfall', names),
      laborTitle: t('charts.labor'),
      ganttTitle: t(alone ? 'charts.ganttAlone' : 'schedule.gantt', names),
      axisCost: t('charts.axisCost', { currency: current.result.currency }),
      axisDays: t('schedule.ganttAxis'),
      planChanges: t('charts.planChanges'),
      toolCosts: t('charts.toolCosts'),
      markupsChange: t('saving.markupsChange'),
      labor: t('charts.labor_'),
      nonLabor: t('charts.nonLabor'),
      subtotal: t('topsheet.subtotal'),
      seriesWithDays: (scenario, n) => `${scenario} (${t('kpi.days', { n }, n)})`,
      dayRange: (series, start, finish) => `${series}: ${t('schedule.dayRange', { start, finish, n: finish - start })}`,
      ...(pair.value.note ? { note: pair.value.note } : {}),
      ...(alone ? {} : { waterfallNote: t('charts.waterfallNote') }),
    })
  })

  /** Person-days by section (those with any), the baseline against the scenario the charts show. */
  const personDays = computed<PersonDaysProps>(() => {
    const current = pair.value.current.result
    const base = ui.baseline.result
    const alone = current.id === base.id
    const names = { baseline: byId('scenarios', base.id), scenario: byId('scenarios', current.id) }
    const rows = personDaysRows(base.personDays, current.personDays).sections
    return {
      title: t(alone ? 'economics.personDaysTitleAlone' : 'economics.personDaysTitle', names),
      subtitle: [pair.value.note, t('economics.personDaysNote')].filter((n): n is string => !!n),
      axisLabel: t('economics.personDays'),
      locale: locale.value,
      categories: rows.map(r => byId('sections', r.id!)),
      series: [
        { label: names.baseline, values: rows.map(r => r.base), kind: 'baseline' as const },
        ...(alone ? [] : [{ label: names.scenario, values: rows.map(r => r.scen), kind: 'scenario' as const }]),
      ],
      changeLabel: t('economics.change'),
    }
  })

  return {
    /** True when there is no other scenario to set against the baseline: the charts show it alone. */
    alone: computed(() => pair.value.current.result.id === ui.baseline.result.id),
    sections: computed<ChartSpec>(() => ({ kind: 'sections', props: all.value.sections })),
    waterfall: computed<ChartSpec>(() => ({ kind: 'waterfall', props: all.value.waterfall })),
    labor: computed<ChartSpec>(() => ({ kind: 'stacked', props: all.value.labor })),
    gantt: computed<ChartSpec>(() => ({ kind: 'gantt', props: capGantt(all.value.gantt, ui.baseline.result.phases.map(p => p.start), t) })),
    personDays: computed<Extract<ChartSpec, { kind: 'personDays' }>>(() => ({ kind: 'personDays', props: personDays.value })),
    /** False when no line counts toward person-days: the chart would be empty. */
    hasPersonDays: computed(() => personDays.value.categories.length > 0),
  }
}
