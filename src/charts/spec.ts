/**
 * Every chart the app draws, as data: a kind and its props. One component (`AppChart.vue`) draws
 * any spec, and the picture export draws the same specs; the builders stay pure and unit-tested.
 */
import {
  gantt,
  ganttTable,
  sectionBars,
  sectionTable,
  stackedBars,
  stackedTable,
  waterfall,
  waterfallTable,
} from './builders'
import type {
  ChartConfig,
  GanttProps,
  SectionBarsProps,
  StackedBarsProps,
  SummaryTable,
  WaterfallProps,
} from './builders'

export type ChartSpec =
  | { kind: 'sections', props: SectionBarsProps }
  | { kind: 'waterfall', props: WaterfallProps }
  | { kind: 'stacked', props: StackedBarsProps }
  | { kind: 'gantt', props: GanttProps }

export type ChartKind = ChartSpec['kind']

/** What a chart needs to be drawn and read: the Chart.js config and the screen-reader table. */
export interface BuiltChart {
  title: string
  config: ChartConfig
  table: SummaryTable
}

type Builders = { [K in ChartKind]: (props: Extract<ChartSpec, { kind: K }>['props']) => Omit<BuiltChart, 'title'> }

const BUILDERS: Builders = {
  sections: p => ({ config: sectionBars(p), table: sectionTable(p) }),
  waterfall: p => ({ config: waterfall(p), table: waterfallTable(p) }),
  stacked: p => ({ config: stackedBars(p), table: stackedTable(p) }),
  gantt: p => ({ config: gantt(p), table: ganttTable(p) }),
}

export function buildChart(spec: ChartSpec): BuiltChart {
  const build = BUILDERS[spec.kind] as (props: ChartSpec['props']) => Omit<BuiltChart, 'title'>
  return { title: spec.props.title, ...build(spec.props) }
}
