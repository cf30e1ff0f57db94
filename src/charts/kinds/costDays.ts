import type { ChartOptions } from 'chart.js'
import { compactMoney, money, plainNumber } from '../format'
import { SCENARIO_BLUE, TOTAL_SLATE } from '../palette'
import { commonOptions } from './common'
import type { MoneyFormatProps, ScatterConfig, SummaryTable } from './common'

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
