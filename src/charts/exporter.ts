/**
 * How a chart frame offers its picture: the app provides a `ChartExporter` (App.vue); AppChart
 * shows its "PNG" button only when one is provided, so a chart drawn alone (a test, a report)
 * has none.
 */
import type { InjectionKey } from 'vue'
import type { PictureSize } from './render'
import type { ChartSpec } from './spec'

export interface ChartExporter {
  /** The button's accessible name for the chart titled `title`. */
  label: (title: string) => string
  /** Downloads `spec` as a PNG, the chart at `size` (its size on screen). */
  download: (spec: ChartSpec, size: PictureSize) => void
}

export const CHART_EXPORTER: InjectionKey<ChartExporter> = Symbol('chart exporter')
