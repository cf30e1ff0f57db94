/**
 * The app's exports: the budget as CSV or XLSX, a chart or all of them as pictures, the printed
 * report. Heavy parts load on use: the exporter (and exceljs inside it), fflate, the report.
 */
import { useI18n } from 'vue-i18n'
import { errorCause } from '@/app/errorCause'
import { chartFileName, exportTexts, longDate, zipEntryNames } from '@/app/exports'
import { download, projectFileName } from '@/app/files'
import { chartPicture, pngBytes } from '@/charts/render'
import type { PictureSize, PictureTexts } from '@/charts/render'
import type { ChartSpec } from '@/charts/spec'
import type { ShootExportOptions } from '@/export/shoot'
import type { ExportOptions, Named } from '@/export/texts'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'
import { useReportStore } from '@/stores/report'
import { useUiStore } from '@/stores/ui'
import { useScenarioCharts } from '@/components/exports/useScenarioCharts'
import { useChartProps } from './useChartProps'
import { useLabels } from './useLabels'
import { breakdownTexts } from '@/components/breakdown/breakdownTexts'

/** CSS size of each chart in "Download all charts": a wide picture that reads well on a slide. */
export const ZIP_CHART_WIDTH = 960
/** The Gantt's height follows its phases; the others have one height. */
export function zipChartSize(spec: ChartSpec): PictureSize {
  if (spec.kind === 'gantt') return { width: ZIP_CHART_WIDTH, height: Math.max(220, 90 + 44 * spec.props.rows.length) }
  if (spec.kind === 'sections') return { width: ZIP_CHART_WIDTH, height: Math.max(360, 80 + 36 * spec.props.categories.length) }
  if (spec.kind === 'stacked' && spec.props.horizontal) return { width: ZIP_CHART_WIDTH, height: Math.max(400, 140 + 36 * spec.props.categories.length) }
  return { width: ZIP_CHART_WIDTH, height: 400 }
}

export function useExports() {
  const store = useProjectStore()
  const ui = useUiStore()
  const library = useLibraryStore()
  const report = useReportStore()
  const { t, locale } = useI18n()
  const { name, byId } = useLabels()
  const charts = useChartProps()
  const scenarios = useScenarioCharts()

  const projectTitle = () => name(store.project.meta, 'title') || store.project.meta.title

  /** The words of a chart's header band. */
  function pictureTexts(spec: ChartSpec, date = new Date()): PictureTexts {
    const currency = ui.current.result.currency
    const symbol = new Intl.NumberFormat(locale.value, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0).find(p => p.type === 'currency')?.value ?? currency
    return {
      details: [projectTitle(), t('exports.scenarioShown', { scenario: byId('scenarios', ui.current.result.id) }), longDate(date, locale.value)],
      unit: spec.kind === 'gantt' ? t('exports.unitDays') : spec.kind === 'personDays' ? t('economics.unitPersonDays') : t('exports.unitMoney', { currency, symbol }),
      saving: t('exports.saving'),
      addedCost: t('exports.addedCost'),
    }
  }

  /** Runs an export; a failure is said in a notice, never thrown at the user. */
  async function run(job: () => Promise<void>): Promise<void> {
    try {
      await job()
    }
    catch (e) {
      library.notify({ kind: 'error', key: 'exports.failed', cause: errorCause(e) })
    }
  }

  /** The exporter's options: the app's words and names in the language shown. */
  function exportOptions(): ExportOptions {
    return { texts: exportTexts(key => t(key)), label: (item, field) => name(item, field), title: projectTitle() }
  }

  /** The shoot plan's words and names, and the plans of `ids` (every scenario when absent); loaded on demand. */
  async function shootOptions(ids?: readonly string[]) {
    const { shootExportTexts, shootPlanInputs } = await import('@/app/shoot/exportPlans')
    const options: ShootExportOptions = { texts: shootExportTexts((key, params) => t(key, params)), label: (item: Named, field?: 'name' | 'summary') => name(item, field) }
    return { ...options, plans: shootPlanInputs(store.project, ids) }
  }

  /** The stripboard or the day out of days of the scenario shown, as CSV. */
  function downloadShootCsv(which: 'stripboard' | 'dood'): Promise<void> {
    return run(async () => {
      const { doodCsv, stripboardCsv } = await import('@/export')
      const { plans, ...options } = await shootOptions([ui.scenarioId])
      if (!plans[0]) return
      const csv = (which === 'dood' ? doodCsv : stripboardCsv)(plans[0], { ...options, bom: true })
      const file = `${projectTitle()} - ${byId('scenarios', ui.scenarioId)} - ${t(`shootx.file.${which}`)}`
      download(projectFileName(file, 'csv'), csv, 'text/csv;charset=utf-8')
    })
  }

  function downloadCsv(): Promise<void> {
    return run(async () => {
      const { budgetCsv } = await import('@/export')
      const csv = budgetCsv(store.project, store.result, { ...exportOptions(), bom: true })
      download(projectFileName(projectTitle(), 'csv'), csv, 'text/csv;charset=utf-8')
    })
  }

  function downloadXlsx(): Promise<void> {
    return run(async () => {
      const { budgetXlsx } = await import('@/export')
      const bytes = await budgetXlsx(store.project, store.result, { ...exportOptions(), ...(store.project.shoot ? { shoot: await shootOptions() } : {}) })
      download(projectFileName(projectTitle(), 'xlsx'), bytes as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    })
  }

  /** The breakdown sheet (分场表) in the language shown. */
  function downloadBreakdown(format: 'csv' | 'xlsx'): Promise<void> {
    return run(async () => {
      const { breakdownCsv, breakdownXlsx } = await import('@/export/breakdown')
      const texts = breakdownTexts(key => t(key), locale.value)
      const file = projectFileName(`${projectTitle()} - ${t('breakdown.export.file')}`, format)
      const label = (x: { id: string, name: string }) => name(x)
      if (format === 'csv') download(file, breakdownCsv(store.project, { texts, label, bom: true }), 'text/csv;charset=utf-8')
      else download(file, await breakdownXlsx(store.project, { texts, label }) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    })
  }

  function downloadChart(spec: ChartSpec, size: PictureSize): Promise<void> {
    return run(async () => {
      const png = await pngBytes(chartPicture(spec, size, pictureTexts(spec)))
      download(chartFileName(projectTitle(), spec.props.title), png as Uint8Array<ArrayBuffer>, 'image/png')
    })
  }

  /** The overview's charts for the scenario shown, in the order the overview shows them. */
  function overviewCharts(): ChartSpec[] {
    return [charts.waterfall.value, charts.sections.value, charts.gantt.value, charts.labor.value]
  }

  function downloadAllCharts(): Promise<void> {
    return run(async () => {
      // The overview's, then those of every scenario (cost by section, cost against days).
      const specs = [...overviewCharts(), ...(scenarios.count.value > 1 ? [scenarios.bySection.value, scenarios.costDays.value] : [])]
      const [{ zipSync }, pictures] = await Promise.all([
        import('fflate'),
        Promise.all(specs.map(spec => pngBytes(chartPicture(spec, zipChartSize(spec), pictureTexts(spec))))),
      ])
      const names = zipEntryNames(specs.map(s => s.props.title))
      // PNGs are compressed already: stored as they are.
      const zip = zipSync(Object.fromEntries(names.map((n, i) => [n, pictures[i]!])), { level: 0 })
      download(projectFileName(`${projectTitle()} - ${t('exports.chartsFile')}`, 'zip'), zip as Uint8Array<ArrayBuffer>, 'application/zip')
    })
  }

  function print(): Promise<void> {
    return run(() => report.print())
  }

  return { pictureTexts, exportOptions, downloadCsv, downloadShootCsv, downloadXlsx, downloadBreakdown, downloadChart, downloadAllCharts, overviewCharts, print }
}
