/**
 * Pure builders: props in, Chart.js `{ data, options }` out (plus the rows of the screen-reader
 * table), one file per chart kind under `kinds/`, with the axes and titles they share in
 * `kinds/common.ts`. No Chart.js runtime here, only its types, so these run anywhere and are
 * unit-tested.
 *
 * Amounts are integer minor units throughout the chart data (exact, no float drift); only the
 * tooltips, axis ticks and tables convert them for display.
 */
export * from './kinds/common'
export * from './kinds/sectionBars'
export * from './kinds/waterfall'
export * from './kinds/stackedBars'
export * from './kinds/gantt'
export * from './kinds/costDays'
export * from './kinds/histogram'
export * from './kinds/tornado'
