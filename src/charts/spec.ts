/**
 * Every chart the app draws, as data: a kind and its props. One component (`AppChart.vue`) draws
 * any spec, and the picture export draws the same specs; the builders stay pure and unit-tested.
 */
import {
  costDays,
  costDaysTable,
  gantt,
  ganttTable,
  histogramChart,
  histogramTable,
  sectionBars,
  sectionTable,
  stackedBars,
  stackedTable,
  tornadoChart,
  tornadoTable,
  waterfall,
  waterfallTable,
} from './builders'
import { breakEvenChart, breakEvenTable, personDaysChart, personDaysTable } from './economics'
import type { BreakEvenProps, PersonDaysProps } from './economics'
import type {
  ChartConfig,
  CostDaysProps,
  GanttProps,
  HistogramProps,
  ScatterConfig,
  SectionBarsProps,
  StackedBarsProps,
  SummaryTable,
  TornadoProps,
  WaterfallProps,
} from './builders'

export type ChartSpec =
  | { kind: 'sections', props: SectionBarsProps }
  | { kind: 'waterfall', props: WaterfallProps }
  | { kind: 'stacked', props: StackedBarsProps }
  | { kind: 'gantt', props: GanttProps }
  | { kind: 'costDays', props: CostDaysProps }
  | { kind: 'histogram', props: HistogramProps }
  | { kind: 'tornado', props: TornadoProps }
  | { kind: 'breakEven', props: BreakEvenProps }
  | { kind: 'personDays', props: PersonDaysProps }

export type ChartKind = ChartSpec['kind']

/** What a chart needs to be drawn and read: the Chart.js config and the screen-reader table. */
export interface BuiltChart {
  title: string
  config: ChartConfig | ScatterConfig
  table: SummaryTable
}

type Builders = { [K in ChartKind]: (props: Extract<ChartSpec, { kind: K }>['props']) => Omit<BuiltChart, 'title'> }

const BUILDERS: Builders = {
  sections: p => ({ config: sectionBars(p), table: sectionTable(p) }),
  waterfall: p => ({ config: waterfall(p), table: waterfallTable(p) }),
  stacked: p => ({ config: stackedBars(p), table: stackedTable(p) }),
  gantt: p => ({ config: gantt(p), table: ganttTable(p) }),
  costDays: p => ({ config: costDays(p), table: costDaysTable(p) }),
  histogram: p => ({ config: histogramChart(p), table: histogramTable(p) }),
  tornado: p => ({ config: tornadoChart(p), table: tornadoTable(p) }),
  breakEven: p => ({ config: breakEvenChart(p), table: breakEvenTable(p) }),
  personDays: p => ({ config: personDaysChart(p), table: personDaysTable(p) }),
}

export function buildChart(spec: ChartSpec): BuiltChart {
  const build = BUILDERS[spec.kind] as (props: ChartSpec['props']) => Omit<BuiltChart, 'title'>
  return { title: spec.props.title, ...build(spec.props) }
}
