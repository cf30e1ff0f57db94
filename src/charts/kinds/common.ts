/** Types and helpers shared by every chart builder: money and category axes, titles, tooltips. */
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import { compactMoney } from '../format'

/** How amounts are shown: integer minor units with the currency's minor digits. */
export interface MoneyFormatProps {
  /** ISO 4217 code, e.g. 'CNY'. */
  currency: string
  /** Minor-unit digits: 2 for CNY/USD, 0 for JPY. */
  digits: number
  /** BCP-47 locale, e.g. 'zh-CN' or 'en'. */
  locale: string
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

type Scales = NonNullable<ChartOptions<'bar'>['scales']>
type Axis = Scales[string]

const ANIMATION_MS = 150

export function moneyAxis(axisLabel: string, m: MoneyFormatProps, stacked = false): Axis {
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
export function valueAt(values: readonly (readonly number[])[], item: TooltipItem<'bar'>): number {
  return values[item.datasetIndex]?.[item.dataIndex] ?? 0
}

/** Pixels one line of an axis label takes, and the least a category row takes. */
const LABEL_LINE = 14
const ROW_MIN = 20

/**
 * The least height (CSS pixels) at which a horizontal chart's category labels, some on several
 * lines, stand apart: the title, subtitle and axis, then as many rows as labels, each as tall as
 * the label with the most lines (Chart.js gives every category the same room).
 */
export function labelledHeight(labels: readonly (string | readonly string[])[], chrome = 96): number {
  const lines = labels.reduce<number>((most, l) => Math.max(most, typeof l === 'string' ? 1 : l.length), 1)
  return chrome + labels.length * Math.max(ROW_MIN, lines * LABEL_LINE + 6)
}
