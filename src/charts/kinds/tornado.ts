import { compactMoney, money, signedMoney } from '../format'
import { COST_ORANGE, SAVING_GREEN, TOTAL_SLATE } from '../palette'
import { MARKER_ROW } from '../plugins'
import { wrapLabel } from './waterfall'
import { categoryAxis, commonOptions, moneyAxis, valueAt } from './common'
import type { ChartConfig, MoneyFormatProps, SummaryTable } from './common'

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
      labels: rows.map(r => wrapLabel(r.label, 30)),
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
        // The legend under the chart, and room under the subtitle for the "Likely" label: it never
        // sits on a bar, a tick or the legend.
        legend: { ...base.plugins?.legend, position: 'bottom' },
        subtitle: { ...base.plugins?.subtitle, padding: { bottom: 8 + 2 * MARKER_ROW } },
        markers: { above: true, lines: [{ value: p.likely, label: `${p.likelyLabel} ${compactMoney(p.likely, p.currency, p.digits, p.locale)}`, color: TOTAL_SLATE }] },
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
