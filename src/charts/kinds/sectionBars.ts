import { money } from '../format'
import { BASELINE_GREY, SCENARIO_BLUE, sectionColor } from '../palette'
import { categoryAxis, commonOptions, moneyAxis, valueAt } from './common'
import type { ChartConfig, MoneyFormatProps, SummaryTable } from './common'

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
