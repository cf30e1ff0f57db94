/**
 * The charts' props for the scenario shown against the baseline, with translated texts.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { chartProps } from '@/charts/fromResults'
import type { ChartSpec } from '@/charts/spec'
import { useUiStore } from '@/stores/ui'
import { useLabels } from './useLabels'

export function useChartProps() {
  const ui = useUiStore()
  const { t, locale } = useI18n()
  const { byId } = useLabels()

  const all = computed(() => {
    const names = { baseline: byId('scenarios', ui.baseline.result.id), scenario: byId('scenarios', ui.current.result.id) }
    return chartProps(ui.baseline, ui.current, {
      locale: locale.value,
      name: byId,
      sectionsTitle: t('charts.bySection', names),
      waterfallTitle: t('charts.waterfall', names),
      laborTitle: t('charts.labor'),
      ganttTitle: t('schedule.gantt', names),
      axisCost: t('charts.axisCost', { currency: ui.current.result.currency }),
      axisDays: t('schedule.ganttAxis'),
      planChanges: t('charts.planChanges'),
      toolCosts: t('charts.toolCosts'),
      labor: t('charts.labor_'),
      nonLabor: t('charts.nonLabor'),
      subtotal: t('topsheet.subtotal'),
      seriesWithDays: (scenario, n) => `${scenario} (${t('kpi.days', { n }, n)})`,
      dayRange: (series, start, finish) => `${series}: ${t('schedule.dayRange', { start, finish, n: finish - start })}`,
    })
  })

  return {
    sections: computed<ChartSpec>(() => ({ kind: 'sections', props: all.value.sections })),
    waterfall: computed<ChartSpec>(() => ({ kind: 'waterfall', props: all.value.waterfall })),
    labor: computed<ChartSpec>(() => ({ kind: 'stacked', props: all.value.labor })),
    gantt: computed<ChartSpec>(() => ({ kind: 'gantt', props: all.value.gantt })),
  }
}
