/**
 * What every part of the printed report reads: the baseline and the scenario shown, their names,
 * the title, date and "A vs B" line, and the formatting of changes. Each part calls it; the
 * computeds are cheap and shared through the stores.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { longDate } from '@/app/exports'
import { changePercent } from '@/app/format'
import { useLabels } from '@/composables/useLabels'
import { useMoney } from '@/composables/useMoney'
import { useProjectStore } from '@/stores/project'
import { useUiStore } from '@/stores/ui'

export function useReport() {
  const store = useProjectStore()
  const ui = useUiStore()
  const { t, locale } = useI18n()
  const fmt = useMoney()
  const labels = useLabels()

  const project = computed(() => store.project)
  const b = computed(() => ui.baseline.result)
  const s = computed(() => ui.current.result)
  const same = computed(() => b.value.id === s.value.id)
  const bName = computed(() => labels.byId('scenarios', b.value.id))
  const sName = computed(() => labels.byId('scenarios', s.value.id))
  const title = computed(() => labels.name(project.value.meta, 'title') || project.value.meta.title)
  const date = computed(() => longDate(new Date(), locale.value))
  const versus = computed(() => same.value ? bName.value : t('report.versus', { baseline: bName.value, scenario: sName.value }))

  /** Class of a change: a saving is good, an added cost bad. */
  const tone = (d: number | null) => (d === null || d === 0 ? '' : d < 0 ? 'good' : 'bad')
  /** Signed change of two figures; empty when equal or unknown. */
  const diff = (base: number | null, scen: number | null) =>
    base === null || scen === null || base === scen ? '' : fmt.signedAmount(scen - base)
  /** Signed percent change; empty when equal or unknown. */
  const pct = (base: number | null, scen: number | null) => {
    if (base === null || scen === null || base === scen) return ''
    const p = changePercent(scen - base, base)
    return p === null ? '' : fmt.percent(p, true)
  }
  const orDash = (v: number | null) => (v === null ? '—' : fmt.amount(v))
  const days = (n: number) => t('kpi.days', { n }, n)

  return { store, t, locale, ...fmt, ...labels, project, b, s, same, bName, sName, title, date, versus, tone, diff, pct, orDash, days }
}
