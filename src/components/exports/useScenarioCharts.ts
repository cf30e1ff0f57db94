/**
 * The charts of every scenario (not only the baseline against one): cost by section, one bar per
 * scenario, and total cost against calendar days, one point per scenario. The printed report and
 * the ZIP of charts draw them for the scenarios given (all by default).
 */
import { computed } from 'vue'
import type { MaybeRefOrGetter } from 'vue'
import { toValue } from 'vue'
import { useI18n } from 'vue-i18n'
import { sectionColor } from '@/charts/palette'
import type { ChartSpec } from '@/charts/spec'
import { useLabels } from '@/composables/useLabels'
import { useProjectStore } from '@/stores/project'

export function useScenarioCharts(ids?: MaybeRefOrGetter<readonly string[] | null>) {
  const store = useProjectStore()
  const { t, locale } = useI18n()
  const { name, byId } = useLabels()

  const list = computed(() => {
    const keep = ids === undefined ? null : toValue(ids)
    return store.result.scenarios.filter(c => keep === null || keep.includes(c.result.id))
  })
  const fmt = computed(() => {
    const r = store.result.scenarios[0]!.result
    return { currency: r.currency, digits: r.digits, locale: locale.value }
  })
  const axisCost = computed(() => t('charts.axisCost', { currency: fmt.value.currency }))

  const bySection = computed<ChartSpec>(() => ({
    kind: 'stacked',
    props: {
      ...fmt.value,
      title: t('compare.bySectionTitle'),
      subtitle: t('compare.bySectionNote'),
      axisLabel: axisCost.value,
      categories: list.value.map(c => byId('scenarios', c.result.id)),
      stacks: store.project.sections.map((s, i) => ({ label: name(s), values: list.value.map(c => c.result.sections[i]!.amount), color: sectionColor(i) })),
      totalLabel: t('topsheet.subtotal'),
      horizontal: true,
    },
  }))

  const costDays = computed<ChartSpec>(() => ({
    kind: 'costDays',
    props: {
      ...fmt.value,
      title: t('compare.costDaysTitle'),
      axisCost: axisCost.value,
      axisDays: t('compare.axisDays'),
      daysText: n => t('kpi.days', { n }, n),
      points: list.value.map(c => ({ label: byId('scenarios', c.result.id), total: c.result.total, days: c.result.calendarDays, reference: c.result.baseline })),
    },
  }))

  return { bySection, costDays, count: computed(() => list.value.length) }
}
