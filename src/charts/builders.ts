/**
 * Pure builders: props in, Chart.js `{ data, options }` out (plus the rows of the screen-reader
 * table). No Chart.js runtime here, only its types, so these run anywhere and are unit-tested.
 *
 * Amounts are integer minor units throughout the chart data (exact, no float drift); only the
 * tooltips, axis ticks and tables convert them for display.
 */
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import { compactMoney, money, plainNumber, signedMoney } from './format'
import {
  BASELINE_GREY,
  COST_ORANGE,
  SAVING_GREEN,
  SCENARIO_BLUE,
  TOTAL_SLATE,
  sectionColor,
} from './palette'

/* ----------------------------------------------------------------------------------- types */

/** How amounts are shown: integer minor units with the currency's minor digits. */
export interface MoneyFormatProps {
  /** ISO 4217 code, e.g. 'CNY'. */
  currency: string
  /** Minor-unit digits: 2 for CNY/USD, 0 for JPY. */
  digits: number
  /** BCP-47 locale, e.g. 'zh-CN' or 'en'. */
  locale: string
}

export interface SectionSeries {
  label: string
  /** One amount (minor units) per category, in category order. */
  values: number[]
  kind: 'baseline' | 'scenario'
}

export interface SectionBarsProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisLabel: string
  /** Section names (already translated). */
  categories: string[]
  series: SectionSeries[]
}

export interface WaterfallStep {
  label: string
  /** Minor units: the total itself for a total, the signed change for a change. */
  amount: number
  kind: 'total' | 'change'
}

export interface WaterfallProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisLabel: string
  /** First and last are totals; changes in between float from the running total. */
  steps: WaterfallStep[]
}

export interface Stack {
  label: string
  /** One amount (minor units) per category. */
  values: number[]
  color?: string
}

export interface StackedBarsProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisLabel: string
  /** e.g. ['Traditional', 'AI-assisted']. */
  categories: string[]
  stacks: Stack[]
  /** When given, tooltips end with "<totalLabel>: ¥…" and the table gets a total column. */
  totalLabel?: string
  /** One horizontal bar per category (long names, many categories), instead of columns. */
  horizontal?: boolean
}

export interface GanttBar {
  /** The series this bar belongs to, e.g. 'Traditional' or 'AI-assisted'. */
  series: string
  /** Day the phase starts (0-based, inclusive). */
  start: number
  /** Day the phase finishes (exclusive): duration = finish − start. */
  finish: number
}

export interface GanttRow {
  /** Phase name. */
  label: string
  bars: GanttBar[]
}

export interface GanttProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  /** e.g. 'Days'. */
  axisLabel: string
  rows: GanttRow[]
  /** One colour per series, in order of first appearance; default grey, blue, then the palette. */
  seriesColors?: string[]
  locale: string
  /** Tooltip (and table cell) text for one bar; default "Traditional: 27 → 33 (6 d)". */
  tooltip?: (row: GanttRow, bar: GanttBar) => string
}

export interface ChartConfig {
  /** Chart.js chart type; bar when absent. */
  type?: 'bar'
  data: ChartData<'bar'>
  options: ChartOptions<'bar'>
}

/** A chart of points (total cost against calendar days). */
export interface ScatterConfig {
  type: 'scatter'
  data: ChartData<'scatter'>
  options: ChartOptions<'scatter'>
}

/** The screen-reader summary: caption, header row, then one row per category/step. */
export interface SummaryTable {
  caption: string
  /** Header of the first (label) column; may be empty. */
  head: string
  columns: string[]
  rows: { label: string; cells: string[] }[]
}

/* --------------------------------------------------------------------------------- helpers */

type Scales = NonNullable<ChartOptions<'bar'>['scales']>
type Axis = Scales[string]

const ANIMATION_MS = 150

function moneyAxis(axisLabel: string, m: MoneyFormatProps, stacked = false): Axis {
  return {
    type: 'linear',
    beginAtZero: true,
    stacked,
    title: { display: true, text: axisLabel },
    ticks: { callback: (value) => compactMoney(Number(value), m.currency, m.digits, m.locale) },
  }
}

export function categoryAxis(stacked = false): Axis {
  return { type: 'category', stacked, grid: { display: false } }
}

/** Title, subtitle, legend and sizing shared by every chart. */
export function commonOptions(title: string, datasetCount: number, subtitle?: string | string[]): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: ANIMATION_MS },
    plugins: {
      title: { display: true, text: title, font: { size: 14, weight: 600 }, padding: { top: 4, bottom: subtitle?.length ? 2 : 8 } },
      subtitle: { display: !!subtitle?.length, text: subtitle ?? '', font: { size: 11.5 }, color: '#5b6776', padding: { bottom: 8 } },
      // Chart.js's own legend click toggles a dataset.
      legend: { display: datasetCount > 1, position: 'top' },
    },
  }
}

/** Value of one bar of one dataset, for tooltips: looked up from the props, never from pixels. */
function valueAt(values: readonly (readonly number[])[], item: TooltipItem<'bar'>): number {
  return values[item.datasetIndex]?.[item.dataIndex] ?? 0
}

/* ------------------------------------------------------------------------------ sectionBars */

/** Cost by section, one horizontal bar per series (baseline grey, scenario blue) per section. */
export function sectionBars(p: SectionBarsProps): ChartConfig {
  let scenarios = 0
  const colors = p.series.map((s) => {
    if (s.kind === 'baseline') return BASELINE_GREY
    const nth = scenarios++
    // Further scenarios: teal, yellow, purple… (clear of the blue/orange/green/red that carry meaning).
    return nth === 0 ? SCENARIO_BLUE : sectionColor(nth + 3)
  })
  const values = p.series.map((s) => [...s.values])
  const base = commonOptions(p.title, p.series.length, p.subtitle)
  return {
    data: {
      labels: [...p.categories],
      datasets: p.series.map((s, i) => ({
        label: s.label,
        data: [...values[i]!],
        backgroundColor: colors[i],
        borderRadius: 2,
      })),
    },
    options: {
      ...base,
      indexAxis: 'y',
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: { x: moneyAxis(p.axisLabel, p), y: categoryAxis() },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${money(valueAt(values, item), p.currency, p.digits, p.locale)}`,
          },
        },
      },
    },
  }
}

export function sectionTable(p: SectionBarsProps): SummaryTable {
  return {
    caption: p.title,
    head: '',
    columns: p.series.map((s) => s.label),
    rows: p.categories.map((label, j) => ({
      label,
      cells: p.series.map((s) => money(s.values[j] ?? 0, p.currency, p.digits, p.locale)),
    })),
  }
}

/* -------------------------------------------------------------------------------- waterfall */

/**
 * The floating bars of a waterfall, in minor units: a total stands on zero and resets the running
 * total; a change floats from the running total to the running total plus the change.
 */
export function waterfallBars(steps: readonly WaterfallStep[]): [number, number][] {
  let running = 0
  return steps.map((s) => {
    if (s.kind === 'total') {
      running = s.amount
      return [0, s.amount]
    }
    const from = running
    running += s.amount
    return [from, running]
  })
}

/** Colour of a step: first total slate, later totals blue, savings green, added costs orange. */
export function waterfallColor(step: WaterfallStep, index: number): string {
  if (step.kind === 'total') return index === 0 ? TOTAL_SLATE : SCENARIO_BLUE
  return step.amount < 0 ? SAVING_GREEN : step.amount > 0 ? COST_ORANGE : BASELINE_GREY
}

function stepText(s: WaterfallStep, m: MoneyFormatProps): string {
  return s.kind === 'total'
    ? money(s.amount, m.currency, m.digits, m.locale)
    : signedMoney(s.amount, m.currency, m.digits, m.locale)
}

/**
 * Where a waterfall's value axis starts: below the lowest running total by half the spread, on a
 * round number, so that changes of a few percent stay visible; 0 when the spread is large.
 */
export function waterfallAxisMin(steps: readonly WaterfallStep[]): number {
  const ends = waterfallBars(steps).flatMap(([from, to], i) => (steps[i]!.kind === 'total' ? [to] : [from, to]))
  if (ends.length === 0) return 0
  const low = Math.min(...ends)
  const high = Math.max(...ends)
  const floor = low - (high - low) * 0.5
  if (floor <= 0 || low <= 0) return 0
  const unit = 10 ** Math.floor(Math.log10(floor))
  return Math.floor(floor / unit) * unit
}

/** Long category names cut for the axis; tooltips keep the whole name. */
export function shortLabel(label: string, max = 26): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label
}

/** From the baseline total, change by change, to the scenario total (horizontal, top to bottom). */
export function waterfall(p: WaterfallProps): ChartConfig {
  const steps = p.steps.map((s) => ({ ...s }))
  const base = commonOptions(p.title, 1, p.subtitle)
  const min = waterfallAxisMin(steps)
  return {
    data: {
      labels: steps.map((s) => shortLabel(s.label)),
      datasets: [
        {
          label: p.title,
          data: waterfallBars(steps),
          backgroundColor: steps.map(waterfallColor),
          borderRadius: 2,
          borderSkipped: false,
        },
      ],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: {
        y: { ...categoryAxis(), ticks: { autoSkip: false } },
        x: { ...moneyAxis(p.axisLabel, p), beginAtZero: min === 0, min },
      },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => steps[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const s = steps[item.dataIndex]
              return s ? stepText(s, p) : ''
            },
          },
        },
      },
    },
  }
}

export function waterfallTable(p: WaterfallProps): SummaryTable {
  return {
    caption: p.title,
    head: '',
    columns: [p.axisLabel],
    rows: p.steps.map((s) => ({ label: s.label, cells: [stepText(s, p)] })),
  }
}

/* ------------------------------------------------------------------------------ stackedBars */

/** Stacked columns, e.g. labour vs non-labour for Traditional and AI-assisted. */
export function stackedBars(p: StackedBarsProps): ChartConfig {
  const values = p.stacks.map((s) => [...s.values])
  const totals = p.categories.map((_, j) => values.reduce((sum, v) => sum + (v[j] ?? 0), 0))
  const base = commonOptions(p.title, p.stacks.length, p.subtitle)
  const fmt = (minor: number) => money(minor, p.currency, p.digits, p.locale)
  const totalLabel = p.totalLabel
  return {
    data: {
      labels: [...p.categories],
      datasets: p.stacks.map((s, i) => ({
        label: s.label,
        data: [...values[i]!],
        backgroundColor: s.color ?? sectionColor(i),
        stack: 'total',
      })),
    },
    options: {
      ...base,
      indexAxis: p.horizontal ? 'y' : 'x',
      interaction: { mode: 'index', axis: p.horizontal ? 'y' : 'x', intersect: false },
      scales: p.horizontal
        ? { y: { ...categoryAxis(true), ticks: { autoSkip: false } }, x: moneyAxis(p.axisLabel, p, true) }
        : { x: categoryAxis(true), y: moneyAxis(p.axisLabel, p, true) },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${fmt(valueAt(values, item))}`,
            ...(totalLabel === undefined
              ? {}
              : {
                  footer: (items: TooltipItem<'bar'>[]) => {
                    const j = items[0]?.dataIndex
                    return j === undefined ? '' : `${totalLabel}: ${fmt(totals[j] ?? 0)}`
                  },
                }),
          },
        },
      },
    },
  }
}

export function stackedTable(p: StackedBarsProps): SummaryTable {
  const fmt = (minor: number) => money(minor, p.currency, p.digits, p.locale)
  const withTotal = p.totalLabel !== undefined
  return {
    caption: p.title,
    head: '',
    columns: [...p.stacks.map((s) => s.label), ...(withTotal ? [p.totalLabel!] : [])],
    rows: p.categories.map((label, j) => {
      const cells = p.stacks.map((s) => s.values[j] ?? 0)
      const total = cells.reduce((a, b) => a + b, 0)
      return { label, cells: [...cells.map(fmt), ...(withTotal ? [fmt(total)] : [])] }
    }),
  }
}

/* ------------------------------------------------------------------------------------ gantt */

/** "27 → 33 (6 d)" */
export function ganttRange(bar: GanttBar, locale: string): string {
  const n = (v: number) => plainNumber(v, locale)
  return `${n(bar.start)} → ${n(bar.finish)} (${n(bar.finish - bar.start)} d)`
}

/** Series names in order of first appearance. */
export function ganttSeries(rows: readonly GanttRow[]): string[] {
  const seen: string[] = []
  for (const r of rows) for (const b of r.bars) if (!seen.includes(b.series)) seen.push(b.series)
  return seen
}

function seriesColor(i: number, given: readonly string[] | undefined): string {
  const c = given?.[i]
  if (c) return c
  return i === 0 ? BASELINE_GREY : i === 1 ? SCENARIO_BLUE : sectionColor(i + 2)
}

/** Phases as horizontal floating bars, one dataset per series (baseline above scenario per phase). */
export function gantt(p: GanttProps): ChartConfig {
  const series = ganttSeries(p.rows)
  const rows = p.rows.map((r) => ({ label: r.label, bars: r.bars.map((b) => ({ ...b })) }))
  // cells[seriesIndex][rowIndex]
  const cells = series.map((name) => rows.map((r) => r.bars.find((b) => b.series === name)))
  const maxFinish = rows.reduce((m, r) => r.bars.reduce((mm, b) => Math.max(mm, b.finish), m), 0)
  const base = commonOptions(p.title, series.length, p.subtitle)
  const text = p.tooltip
  return {
    data: {
      labels: rows.map((r) => r.label),
      datasets: series.map((name, i) => ({
        label: name,
        data: cells[i]!.map((b) => (b ? ([b.start, b.finish] as [number, number]) : null)),
        backgroundColor: seriesColor(i, p.seriesColors),
        borderRadius: 2,
        borderSkipped: false,
      })),
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: {
        x: {
          type: 'linear',
          min: 0,
          ...(maxFinish > 0 ? { max: maxFinish } : {}),
          title: { display: true, text: p.axisLabel },
          ticks: { precision: 0, callback: (value) => plainNumber(Number(value), p.locale) },
        },
        y: categoryAxis(),
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = rows[item.dataIndex]
              const bar = cells[item.datasetIndex]?.[item.dataIndex]
              if (!row || !bar) return ''
              return text ? text(row, bar) : `${bar.series}: ${ganttRange(bar, p.locale)}`
            },
          },
        },
      },
    },
  }
}

export function ganttTable(p: GanttProps): SummaryTable {
  const series = ganttSeries(p.rows)
  return {
    caption: p.title,
    head: '',
    columns: series,
    rows: p.rows.map((row) => ({
      label: row.label,
      cells: series.map((name) => {
        const bar = row.bars.find((b) => b.series === name)
        if (!bar) return ''
        return p.tooltip ? p.tooltip(row, bar) : ganttRange(bar, p.locale)
      }),
    })),
  }
}

/* --------------------------------------------------------------------------------- costDays */

export interface CostDaysPoint {
  /** Scenario name, drawn beside the point. */
  label: string
  /** Minor units. */
  total: number
  days: number
  /** The reference scenario: drawn larger, in slate. */
  reference?: boolean
}

export interface CostDaysProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisCost: string
  axisDays: string
  points: CostDaysPoint[]
  /** "41 days" */
  daysText: (n: number) => string
}

/**
 * The name beside each point; scenarios at the very same place share one label, "A +2" (the
 * tooltip lists them all), so that twenty copies do not pile up their names.
 */
export function pointLabelTexts(points: readonly CostDaysPoint[]): string[] {
  const first = new Map<string, number>()
  const count = new Map<string, number>()
  points.forEach((pt, i) => {
    const at = `${pt.days}|${pt.total}`
    if (!first.has(at)) first.set(at, i)
    count.set(at, (count.get(at) ?? 0) + 1)
  })
  return points.map((pt, i) => {
    const at = `${pt.days}|${pt.total}`
    if (first.get(at) !== i) return ''
    const n = count.get(at)! - 1
    return n > 0 ? `${pt.label} +${n}` : pt.label
  })
}

/** Total cost against calendar days: one labelled point per scenario. */
export function costDays(p: CostDaysProps): ScatterConfig {
  const points = p.points.map(pt => ({ ...pt }))
  const base = commonOptions(p.title, 1, p.subtitle) as unknown as ChartOptions<'scatter'>
  return {
    type: 'scatter',
    data: {
      datasets: [{
        label: p.title,
        data: points.map(pt => ({ x: pt.days, y: pt.total })),
        pointBackgroundColor: points.map(pt => (pt.reference ? TOTAL_SLATE : SCENARIO_BLUE)),
        pointRadius: points.map(pt => (pt.reference ? 7 : 5)),
        pointHoverRadius: points.map(pt => (pt.reference ? 9 : 7)),
      }],
    },
    options: {
      ...base,
      layout: { padding: { right: 12 } },
      // Every scenario at the point under the pointer, not only the nearest one.
      interaction: { mode: 'point', intersect: true },
      scales: {
        x: {
          type: 'linear',
          // A day of room either side for the points and their names; Chart.js rounds the ends.
          grace: 1,
          title: { display: true, text: p.axisDays },
          ticks: { precision: 0, callback: value => plainNumber(Number(value), p.locale) },
        },
        y: {
          type: 'linear',
          grace: '8%',
          title: { display: true, text: p.axisCost },
          ticks: { callback: value => compactMoney(Number(value), p.currency, p.digits, p.locale) },
        },
      },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        pointLabels: { labels: pointLabelTexts(points) },
        tooltip: {
          callbacks: {
            label: (item) => {
              const pt = points[item.dataIndex]
              return pt ? `${pt.label}: ${money(pt.total, p.currency, p.digits, p.locale)} · ${p.daysText(pt.days)}` : ''
            },
          },
        },
      },
    },
  }
}

export function costDaysTable(p: CostDaysProps): SummaryTable {
  return {
    caption: p.title,
    head: '',
    columns: [p.axisCost, p.axisDays],
    rows: p.points.map(pt => ({ label: pt.label, cells: [money(pt.total, p.currency, p.digits, p.locale), plainNumber(pt.days, p.locale)] })),
  }
}

/* -------------------------------------------------------------------------------- histogram */

export interface HistogramMarker {
  label: string
  /** Minor units. */
  value: number
  kind: 'point' | 'percentile'
}

export interface HistogramProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisCost: string
  axisCount: string
  bins: { from: number, to: number, count: number }[]
  /** Vertical lines: the point estimate (solid) and percentiles (dashed). */
  markers: HistogramMarker[]
}

/** Where a value falls on the category axis of the bins: bin j spans j − 0.5 to j + 0.5. */
export function binPosition(bins: readonly { from: number, to: number }[], value: number): number {
  if (bins.length === 0) return 0
  const j = bins.findIndex(b => value < b.to)
  const k = j < 0 ? bins.length - 1 : j
  const b = bins[k]!
  const frac = b.to > b.from ? Math.min(1, Math.max(0, (value - b.from) / (b.to - b.from))) : 0.5
  return k - 0.5 + frac
}

function binLabel(b: { from: number, to: number }, m: MoneyFormatProps): string {
  return `${compactMoney(b.from, m.currency, m.digits, m.locale)}–${compactMoney(b.to, m.currency, m.digits, m.locale)}`
}

/** The distribution of the total over the Monte Carlo iterations, with the point estimate marked. */
export function histogramChart(p: HistogramProps): ChartConfig {
  const bins = p.bins.map(b => ({ ...b }))
  const base = commonOptions(p.title, 1, p.subtitle)
  const fmt = (minor: number) => money(minor, p.currency, p.digits, p.locale)
  return {
    data: {
      labels: bins.map(b => compactMoney(Math.round((b.from + b.to) / 2), p.currency, p.digits, p.locale)),
      datasets: [{
        label: p.axisCount,
        data: bins.map(b => b.count),
        backgroundColor: SCENARIO_BLUE,
        barPercentage: 1,
        categoryPercentage: 0.96,
      }],
    },
    options: {
      ...base,
      scales: {
        x: { ...categoryAxis(), title: { display: true, text: p.axisCost }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        y: { type: 'linear', beginAtZero: true, title: { display: true, text: p.axisCount }, ticks: { precision: 0, callback: value => plainNumber(Number(value), p.locale) } },
      },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        markers: {
          lines: p.markers.map(mk => ({
            value: binPosition(bins, mk.value),
            label: mk.label,
            color: mk.kind === 'point' ? COST_ORANGE : TOTAL_SLATE,
            ...(mk.kind === 'percentile' ? { dash: [4, 3] } : {}),
          })),
        },
        tooltip: {
          callbacks: {
            title: items => {
              const b = bins[items[0]?.dataIndex ?? 0]
              return b ? `${fmt(b.from)} – ${fmt(b.to)}` : ''
            },
            label: item => `${p.axisCount}: ${plainNumber(bins[item.dataIndex]?.count ?? 0, p.locale)}`,
          },
        },
      },
    },
  }
}

export function histogramTable(p: HistogramProps): SummaryTable {
  return {
    caption: p.title,
    head: p.axisCost,
    columns: [p.axisCount],
    rows: [
      ...p.bins.map(b => ({ label: binLabel(b, p), cells: [plainNumber(b.count, p.locale)] })),
      ...p.markers.map(mk => ({ label: mk.label, cells: [money(mk.value, p.currency, p.digits, p.locale)] })),
    ],
  }
}

/* ---------------------------------------------------------------------------------- tornado */

export interface TornadoRow {
  /** Lever name. */
  label: string
  /** Totals (minor units) with the lever at its low and at its high value, the others at likely. */
  low: number
  high: number
}

export interface TornadoProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisLabel: string
  /** The total with every lever at likely (minor units). */
  likely: number
  likelyLabel: string
  /** Legend of the two bars: "Lever at its low value" / "…high value". */
  lowLabel: string
  highLabel: string
  /** Swing label in the table. */
  swingLabel: string
  /** Largest swing first, as the engine's `tornado()` gives them. */
  rows: TornadoRow[]
}

/**
 * Axis bounds around `low`–`high` with some room, on round numbers (a half power of ten of the
 * span), so that the first and last ticks read well; never below zero.
 */
export function niceBounds(low: number, high: number): [number, number] {
  const span = Math.max(high - low, 1)
  const unit = 10 ** Math.floor(Math.log10(span)) / 2
  const pad = span * 0.05
  return [Math.max(0, Math.floor((low - pad) / unit) * unit), Math.ceil((high + pad) / unit) * unit]
}

/** One row per lever: the total from likely to the lever's low and high values (largest swing on top). */
export function tornadoChart(p: TornadoProps): ChartConfig {
  const rows = p.rows.map(r => ({ ...r }))
  const base = commonOptions(p.title, 2, p.subtitle)
  const ends = rows.flatMap(r => [r.low, r.high]).concat(p.likely)
  const [min, max] = niceBounds(Math.min(...ends), Math.max(...ends))
  const fmt = (minor: number) => money(minor, p.currency, p.digits, p.locale)
  const signed = (minor: number) => signedMoney(minor, p.currency, p.digits, p.locale)
  const values = [rows.map(r => r.low), rows.map(r => r.high)]
  return {
    data: {
      labels: rows.map(r => shortLabel(r.label, 34)),
      datasets: [
        { label: p.lowLabel, data: rows.map(r => [p.likely, r.low] as [number, number]), backgroundColor: COST_ORANGE, grouped: false, borderSkipped: false, barPercentage: 0.7 },
        { label: p.highLabel, data: rows.map(r => [p.likely, r.high] as [number, number]), backgroundColor: SAVING_GREEN, grouped: false, borderSkipped: false, barPercentage: 0.7 },
      ],
    },
    options: {
      ...base,
      indexAxis: 'y',
      scales: {
        y: { ...categoryAxis(), ticks: { autoSkip: false } },
        x: { ...moneyAxis(p.axisLabel, p), beginAtZero: false, min, max },
      },
      plugins: {
        ...base.plugins,
        markers: { lines: [{ value: p.likely, label: `${p.likelyLabel} ${compactMoney(p.likely, p.currency, p.digits, p.locale)}`, color: TOTAL_SLATE }] },
        tooltip: {
          callbacks: {
            title: items => rows[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const v = valueAt(values, item)
              return `${item.dataset.label ?? ''}: ${fmt(v)} (${signed(v - p.likely)})`
            },
          },
        },
      },
    },
  }
}

export function tornadoTable(p: TornadoProps): SummaryTable {
  const fmt = (minor: number) => money(minor, p.currency, p.digits, p.locale)
  return {
    caption: p.title,
    head: '',
    columns: [p.lowLabel, p.highLabel, p.swingLabel],
    rows: p.rows.map(r => ({ label: r.label, cells: [fmt(r.low), fmt(r.high), fmt(Math.abs(r.high - r.low))] })),
  }
}
