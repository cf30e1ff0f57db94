import { compactMoney, money, plainNumber } from '../format'
import { COST_ORANGE, SCENARIO_BLUE, TOTAL_SLATE } from '../palette'
import { categoryAxis, commonOptions } from './common'
import type { ChartConfig, MoneyFormatProps, SummaryTable } from './common'

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
