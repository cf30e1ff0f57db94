/**
 * Pure builders of the AI-economics charts: a lever's net saving against its tool price (where
 * it breaks even), and the person-days by section that AI takes away. Props in, Chart.js config
 * and the screen-reader table out, as in builders.ts.
 */
import type { ChartOptions, ScriptableLineSegmentContext } from 'chart.js'
import { formatDays } from '@/app/economics'
import { categoryAxis, commonOptions } from './builders'
import type { ChartConfig, MoneyFormatProps, ScatterConfig, SummaryTable } from './builders'
import { compactMoney, money, plainNumber, signedMoney } from './format'
import { BASELINE_GREY, COST_ORANGE, GRID_GREY, SAVING_GREEN, SCENARIO_BLUE, TOTAL_SLATE } from './palette'
import { MARKER_ROW } from './plugins'

/* ------------------------------------------------------------------------------ break-even */

export interface BreakEvenProps extends MoneyFormatProps {
  title: string
  /** Lines under the title: what the chart shows, how to read it. */
  subtitle?: string | string[]
  /** 'price': x is a price in minor units; 'takes': x is a number of takes. */
  axis: 'price' | 'takes'
  axisX: string
  axisY: string
  /** Name of the line, e.g. "Net saving". */
  seriesLabel: string
  /** Ascending x; net saving (gross saving − tool cost) in minor units. */
  points: { x: number, net: number }[]
  /** x now. */
  current: number
  /** x where the net saving is 0; null when there is none. */
  breakEven: number | null
  /** Marker words: "Now", "Break-even". */
  currentLabel: string
  breakEvenLabel: string
}

/** How an x value reads: a price with its currency, or takes with up to one decimal. */
export function breakEvenX(p: Pick<BreakEvenProps, 'axis' | 'currency' | 'digits' | 'locale'>, x: number): string {
  return p.axis === 'price' ? money(x, p.currency, p.digits, p.locale) : plainNumber(x, p.locale, 1)
}

/** The net saving line (green where the tool pays off, orange where it costs more), break-even and now marked. */
export function breakEvenChart(p: BreakEvenProps): ScatterConfig {
  const points = p.points.map(pt => ({ ...pt }))
  const base = commonOptions(p.title, 1, p.subtitle) as unknown as ChartOptions<'scatter'>
  const tone = (net: number) => (net < 0 ? COST_ORANGE : SAVING_GREEN)
  const special = (x: number) => x === p.current || x === p.breakEven
  const netNow = points.find(pt => pt.x === p.current)?.net ?? 0
  const fmtX = (x: number) => breakEvenX(p, x)
  const last = points[points.length - 1]?.x ?? 0
  return {
    type: 'scatter',
    data: {
      datasets: [{
        label: p.seriesLabel,
        data: points.map(pt => ({ x: pt.x, y: pt.net })),
        showLine: true,
        borderWidth: 2.5,
        borderColor: SAVING_GREEN,
        segment: {
          // Each segment lies on one side of zero: the break-even is one of the points.
          borderColor: (ctx: ScriptableLineSegmentContext) => tone((ctx.p0.parsed.y ?? 0) + (ctx.p1.parsed.y ?? 0)),
        },
        pointRadius: points.map(pt => (special(pt.x) ? 5 : 0)),
        pointHoverRadius: points.map(pt => (special(pt.x) ? 7 : 4)),
        pointBackgroundColor: points.map(pt => (pt.x === p.breakEven ? TOTAL_SLATE : tone(pt.net))),
        pointBorderColor: '#ffffff',
        pointBorderWidth: 1.5,
      }],
    },
    options: {
      ...base,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: last,
          title: { display: true, text: p.axisX },
          ticks: { maxRotation: 0, autoSkipPadding: 10, callback: value => (p.axis === 'price' ? compactMoney(Number(value), p.currency, p.digits, p.locale) : plainNumber(Number(value), p.locale, 1)) },
        },
        y: {
          type: 'linear',
          grace: '8%',
          title: { display: true, text: p.axisY },
          ticks: { callback: value => compactMoney(Number(value), p.currency, p.digits, p.locale) },
          // The zero line is where the tool stops paying off: drawn darker than the grid.
          grid: {
            color: ctx => (ctx.tick?.value === 0 ? TOTAL_SLATE : GRID_GREY),
            lineWidth: ctx => (ctx.tick?.value === 0 ? 1.5 : 1),
          },
        },
      },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        // Room under the subtitle for the "Now" and "Break-even" labels, clear of the plot and its first tick.
        subtitle: { ...base.plugins?.subtitle, padding: { bottom: 8 + 2 * MARKER_ROW } },
        markers: {
          above: true,
          lines: [
            ...(p.breakEven !== null && p.breakEven <= last ? [{ value: p.breakEven, label: `${p.breakEvenLabel} ${fmtX(p.breakEven)}`, color: TOTAL_SLATE, dash: [5, 4] }] : []),
            { value: p.current, label: `${p.currentLabel} ${fmtX(p.current)}`, color: netNow < 0 ? COST_ORANGE : SCENARIO_BLUE },
          ],
        },
        tooltip: {
          callbacks: {
            title: items => `${p.axisX}: ${fmtX(points[items[0]?.dataIndex ?? 0]?.x ?? 0)}`,
            label: item => `${p.seriesLabel}: ${signedMoney(points[item.dataIndex]?.net ?? 0, p.currency, p.digits, p.locale)}`,
          },
        },
      },
    },
  }
}

export function breakEvenTable(p: BreakEvenProps): SummaryTable {
  return {
    caption: p.title,
    head: p.axisX,
    columns: [p.axisY],
    rows: p.points.map((pt) => {
      const mark = pt.x === p.breakEven ? ` (${p.breakEvenLabel})` : pt.x === p.current ? ` (${p.currentLabel})` : ''
      return { label: `${breakEvenX(p, pt.x)}${mark}`, cells: [signedMoney(pt.net, p.currency, p.digits, p.locale)] }
    }),
  }
}

/* ----------------------------------------------------------------------------- person-days */

export interface PersonDaysSeries {
  label: string
  /** Person-days (one decimal) per category, in category order. */
  values: number[]
  kind: 'baseline' | 'scenario'
}

export interface PersonDaysProps {
  title: string
  /** Lines under the title: what the chart compares, how to read it. */
  subtitle?: string | string[]
  axisLabel: string
  locale: string
  /** Section names (already translated). */
  categories: string[]
  /** The baseline, then the scenario (when it is another one). */
  series: PersonDaysSeries[]
  /** Name of the change (scenario − baseline) in tooltips and the table: "Change". */
  changeLabel: string
}

/** Person-days by section, one horizontal bar per series (baseline grey, scenario blue). */
export function personDaysChart(p: PersonDaysProps): ChartConfig {
  const values = p.series.map(s => [...s.values])
  const base = commonOptions(p.title, p.series.length, p.subtitle)
  const days = (n: number, signed = false) => formatDays(n, p.locale, signed)
  const two = values.length === 2
  return {
    data: {
      labels: [...p.categories],
      datasets: p.series.map((s, i) => ({
        label: s.label,
        data: [...values[i]!],
        backgroundColor: s.kind === 'baseline' ? BASELINE_GREY : SCENARIO_BLUE,
        borderRadius: 2,
      })),
    },
    options: {
      ...base,
      indexAxis: 'y',
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        x: { type: 'linear', beginAtZero: true, title: { display: true, text: p.axisLabel }, ticks: { callback: value => plainNumber(Number(value), p.locale, 0) } },
        y: { ...categoryAxis(), ticks: { autoSkip: false } },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            label: item => `${item.dataset.label ?? ''}: ${days(values[item.datasetIndex]?.[item.dataIndex] ?? 0)}`,
            ...(two
              ? {
                  footer: (items: { dataIndex: number }[]) => {
                    const j = items[0]?.dataIndex
                    if (j === undefined) return ''
                    return `${p.changeLabel}: ${days(Math.round((values[1]![j]! - values[0]![j]!) * 10) / 10, true)}`
                  },
                }
              : {}),
          },
        },
      },
    },
  }
}

export function personDaysTable(p: PersonDaysProps): SummaryTable {
  const days = (n: number, signed = false) => formatDays(n, p.locale, signed)
  const two = p.series.length === 2
  return {
    caption: p.title,
    head: '',
    columns: [...p.series.map(s => s.label), ...(two ? [p.changeLabel] : [])],
    rows: p.categories.map((label, j) => {
      const cells = p.series.map(s => s.values[j] ?? 0)
      return { label, cells: [...cells.map(v => days(v)), ...(two ? [days(Math.round((cells[1]! - cells[0]!) * 10) / 10, true)] : [])] }
    }),
  }
}
