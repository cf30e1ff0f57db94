import { money, signedMoney } from '../format'
import { BASELINE_GREY, COST_ORANGE, SAVING_GREEN, SCENARIO_BLUE, TOTAL_SLATE } from '../palette'
import { categoryAxis, commonOptions, moneyAxis } from './common'
import type { ChartConfig, MoneyFormatProps, SummaryTable } from './common'

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

/**
 * A long category name on lines of at most `max` characters, broken between words (anywhere in
 * text without spaces, such as Chinese), so that the axis shows it whole: Chart.js draws an array
 * label as lines. At most `lines` lines; only what is beyond them is cut.
 */
export function wrapLabel(label: string, max = 26, lines = 3): string | string[] {
  if (label.length <= max) return label
  const words = /\s/.test(label) ? label.split(/\s+/) : [...label]
  const joiner = /\s/.test(label) ? ' ' : ''
  const out: string[] = []
  let line = ''
  for (const word of words) {
    const next = line === '' ? word : `${line}${joiner}${word}`
    if (next.length <= max || line === '') line = next
    else {
      out.push(line)
      line = word
    }
  }
  if (line !== '') out.push(line)
  if (out.length <= lines) return out.map(l => shortLabel(l, max))
  return [...out.slice(0, lines - 1), shortLabel(out.slice(lines - 1).join(joiner), max)]
}

/** From the baseline total, change by change, to the scenario total (horizontal, top to bottom). */
export function waterfall(p: WaterfallProps): ChartConfig {
  const steps = p.steps.map((s) => ({ ...s }))
  const base = commonOptions(p.title, 1, p.subtitle)
  const min = waterfallAxisMin(steps)
  return {
    data: {
      labels: steps.map((s) => wrapLabel(s.label)),
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
