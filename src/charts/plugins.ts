/**
 * Two small Chart.js plugins, in place of the annotation and data-label libraries: vertical marker
 * lines at values of the x scale (a point estimate, percentiles), and a text label beside each
 * point of the first dataset (a scenario's name on the cost-vs-days chart). The builders set their
 * options; these only draw.
 */
import type { Chart, ChartType, Plugin } from 'chart.js'

export interface MarkerLine {
  /** In the x scale's units: money for a linear scale, a (fractional) index for a category scale. */
  value: number
  label: string
  color: string
  /** Dash pattern; solid when absent. */
  dash?: number[]
}

export interface MarkersOptions {
  lines: MarkerLine[]
  /**
   * Labels in a band above the chart area (the chart leaves `MARKER_BAND` pixels of top padding
   * per row) rather than over the bars and the first tick: nothing drawn under them.
   */
  above?: boolean
}

/** Height of one row of marker labels. */
export const MARKER_ROW = 13

export interface PointLabelsOptions {
  /** One label per point of the first dataset. */
  labels: string[]
}

declare module 'chart.js' {
  // The type parameter must match Chart.js's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    markers?: MarkersOptions
    pointLabels?: PointLabelsOptions
  }
}

/** Vertical lines across the chart area, each labelled at its top. */
export const markers: Plugin = {
  id: 'markers',
  afterDatasetsDraw(chart: Chart) {
    const options = (chart.options.plugins as { markers?: MarkersOptions }).markers
    const lines = options?.lines
    const above = options?.above === true
    const x = chart.scales.x
    if (!lines?.length || !x) return
    const { ctx, chartArea } = chart
    ctx.save()
    ctx.font = `600 11px ${String(chart.options.font?.family ?? 'sans-serif')}`
    ctx.textBaseline = 'top'
    let labelRow = 0
    let lastRight = -Infinity
    const shown = lines
      .map(line => ({ line, px: x.getPixelForValue(line.value) }))
      .filter(({ px }) => Number.isFinite(px) && px >= chartArea.left - 1 && px <= chartArea.right + 1)
    // Every line first, then every label: no line runs across another one's label.
    for (const { line, px } of shown) {
      ctx.strokeStyle = line.color
      ctx.lineWidth = 2
      ctx.setLineDash(line.dash ?? [])
      ctx.beginPath()
      ctx.moveTo(px, chartArea.top)
      ctx.lineTo(px, chartArea.bottom)
      ctx.stroke()
    }
    ctx.setLineDash([])
    // Left to right, a label that would run into the one before goes on the next row.
    for (const { line, px } of [...shown].sort((p, q) => p.px - q.px)) {
      const width = ctx.measureText(line.label).width
      const left = Math.min(Math.max(px + 3, chartArea.left), chartArea.right - width)
      labelRow = left < lastRight + 4 ? labelRow + 1 : 0
      lastRight = left + width
      // Above: the first row right over the chart area, further rows higher up.
      const top = above ? chartArea.top - (labelRow + 1) * MARKER_ROW - 1 : chartArea.top + 2 + labelRow * MARKER_ROW
      ctx.fillStyle = 'rgba(255,255,255,0.85)'
      ctx.fillRect(left - 1, top, width + 2, MARKER_ROW)
      ctx.fillStyle = line.color
      ctx.fillText(line.label, left, top + 1)
    }
    ctx.restore()
  },
}

/**
 * The name of each point beside it, moved down or up when it would overlap a label already drawn,
 * and left out when there is no room inside the chart area.
 */
export const pointLabels: Plugin = {
  id: 'pointLabels',
  afterDatasetsDraw(chart: Chart) {
    const labels = (chart.options.plugins as { pointLabels?: PointLabelsOptions }).pointLabels?.labels
    if (!labels?.length || !chart.isDatasetVisible(0)) return
    const points = chart.getDatasetMeta(0).data
    const { ctx, chartArea } = chart
    ctx.save()
    ctx.font = `11px ${String(chart.options.font?.family ?? 'sans-serif')}`
    ctx.textBaseline = 'middle'
    ctx.fillStyle = '#1e293b'
    const taken: { x: number, y: number, w: number }[] = []
    const height = 13
    points.forEach((pt, i) => {
      const text = labels[i]
      if (!text) return
      const w = ctx.measureText(text).width
      // Right of the point, or left of it near the right edge.
      let x = pt.x + 7
      if (x + w > chartArea.right) x = pt.x - 7 - w
      const free = (y: number) => y - height / 2 >= chartArea.top && y + height / 2 <= chartArea.bottom
        && !taken.some(b => Math.abs(b.y - y) < height && x < b.x + b.w && b.x < x + w)
      // 0, +1, −1, +2, −2… lines from the point
      let y: number | undefined
      for (let k = 0; k < 12 && y === undefined; k++) {
        const candidate = pt.y + (k % 2 === 0 ? k / 2 : -(k + 1) / 2) * height
        if (free(candidate)) y = candidate
      }
      if (y === undefined) return
      taken.push({ x, y, w })
      ctx.fillText(text, x, y)
    })
    ctx.restore()
  },
}
