import { plainNumber } from '../format'
import { BASELINE_GREY, SCENARIO_BLUE, sectionColor } from '../palette'
import { categoryAxis, commonOptions } from './common'
import type { ChartConfig, SummaryTable } from './common'

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
