/**
 * Chart props built from the store's results: translated labels, amounts in minor units.
 * The chart components only draw what they get here.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { GanttProps, SectionBarsProps, StackedBarsProps, WaterfallProps } from '@/charts/builders'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'
import { useLabels } from './useLabels'

export function useChartProps() {
  const store = useProjectStore()
  const ui = useUiStore()
  const { t, locale } = useI18n()
  const { byId } = useLabels()

  const fmt = computed(() => ({ currency: ui.current.result.currency, digits: ui.current.result.digits, locale: locale.value }))
  const names = computed(() => ({ baseline: byId('scenarios', ui.baseline.result.id), scenario: byId('scenarios', ui.current.result.id) }))
  const same = computed(() => ui.baseline.result.id === ui.current.result.id)
  const axisCost = computed(() => t('charts.axisCost', { currency: fmt.value.currency }))

  const sections = computed<SectionBarsProps>(() => {
    const b = ui.baseline.result
    const s = ui.current.result
    const series: SectionBarsProps['series'] = [{ label: names.value.baseline, values: b.sections.map(x => x.amount), kind: 'baseline' }]
    if (!same.value) series.push({ label: names.value.scenario, values: s.sections.map(x => x.amount), kind: 'scenario' })
    return { ...fmt.value, title: t('charts.bySection', names.value), axisLabel: axisCost.value, categories: s.sections.map(x => byId('sections', x.id)), series }
  })

  const waterfall = computed<WaterfallProps>(() => {
    const vs = ui.current.vsBaseline
    const steps: WaterfallProps['steps'] = [{ label: names.value.baseline, amount: ui.baseline.result.total, kind: 'total' }]
    if (vs.planChanges !== 0) steps.push({ label: t('charts.planChanges'), amount: vs.planChanges, kind: 'change' })
    for (const l of vs.levers) if (l.amount !== 0) steps.push({ label: byId('levers', l.id), amount: l.amount, kind: 'change' })
    steps.push({ label: names.value.scenario, amount: ui.current.result.total, kind: 'total' })
    return { ...fmt.value, title: t('charts.waterfall', names.value), axisLabel: axisCost.value, steps }
  })

  const labor = computed<StackedBarsProps>(() => {
    const list = same.value ? [ui.baseline.result] : [ui.baseline.result, ui.current.result]
    return {
      ...fmt.value,
      title: t('charts.labor'),
      axisLabel: axisCost.value,
      categories: list.map(r => byId('scenarios', r.id)),
      stacks: [
        { label: t('charts.labor_'), values: list.map(r => r.labor) },
        { label: t('charts.nonLabor'), values: list.map(r => r.nonLabor) },
      ],
      totalLabel: t('topsheet.subtotal'),
    }
  })

  const gantt = computed<GanttProps>(() => {
    const b = ui.baseline.result
    const s = ui.current.result
    const series = [
      { name: `${names.value.baseline} (${t('kpi.days', { n: b.calendarDays }, b.calendarDays)})`, r: b },
      ...(same.value ? [] : [{ name: `${names.value.scenario} (${t('kpi.days', { n: s.calendarDays }, s.calendarDays)})`, r: s }]),
    ]
    return {
      title: t('schedule.gantt', names.value),
      axisLabel: t('schedule.ganttAxis'),
      locale: locale.value,
      rows: store.project.phases.map((ph, i) => ({
        label: byId('phases', ph.id),
        bars: series.map(x => ({ series: x.name, start: x.r.phases[i]!.start, finish: x.r.phases[i]!.finish })),
      })),
      tooltip: (_row, bar) => `${bar.series.replace(/ \(.*\)$/, '')}: ${t('schedule.dayRange', { start: bar.start, finish: bar.finish, n: bar.finish - bar.start })}`,
    }
  })

  return { sections, waterfall, labor, gantt }
}
