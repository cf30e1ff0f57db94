import type { TooltipItem } from 'chart.js'
import { money } from '../format'
import { sectionColor } from '../palette'
import { categoryAxis, commonOptions, moneyAxis, valueAt } from './common'
import type { ChartConfig, MoneyFormatProps, SummaryTable } from './common'

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
