/**
 * A chart as a picture: drawn by Chart.js on a canvas outside the page at 2× (whatever the
 * screen's pixel ratio), below a header band with its title, the project, scenario and date, the
 * unit and the legend, on white. The layout is src/charts/picture.ts; this file only paints it.
 */
import { Chart } from 'chart.js'
import type { ChartConfiguration, ChartOptions } from 'chart.js'
import { pictureLayout, pictureLegend, RULE_COLOR } from './picture'
import type { LegendWords, PictureLayout } from './picture'
import { CHART_FONT_FAMILY, setupCharts } from './setup'
import { buildChart } from './spec'
import type { ChartSpec } from './spec'

export interface PictureTexts extends LegendWords {
  /** Second line of the band: project title, scenario, date (empty entries are left out). */
  details: string[]
  /** "Amounts in CNY (¥)", "Days from start". */
  unit: string
}

export interface PictureSize {
  /** CSS size of the chart, without the band. */
  width: number
  height: number
}

/**
 * Draws `spec` with Chart.js at `size` and `scale` on a canvas that is never in the page, without
 * animation, title or legend (the band has them), and hands the canvas to `use` before the chart
 * is destroyed (destroying it clears the canvas).
 */
export function withChartCanvas(spec: ChartSpec, size: PictureSize, scale: number, use: (canvas: HTMLCanvasElement) => void): void {
  setupCharts()
  const { config } = buildChart(spec)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(size.width)
  canvas.height = Math.round(size.height)
  const options = config.options as ChartOptions
  const chart = new Chart(canvas, {
    type: config.type ?? 'bar',
    data: config.data,
    options: {
      ...options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: scale,
      events: [],
      plugins: {
        ...options.plugins,
        title: { display: false },
        legend: { display: false },
        tooltip: { enabled: false },
      },
    },
  } as ChartConfiguration)
  try {
    use(canvas)
  }
  finally {
    chart.destroy()
  }
}

let measurer: CanvasRenderingContext2D | null = null
function measure(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d')
  if (!measurer) return text.length * 7
  measurer.font = font
  return measurer.measureText(text).width
}

/** The layout of `spec`'s picture, measured with the browser's fonts. */
export function layoutFor(spec: ChartSpec, size: PictureSize, texts: PictureTexts, scale = 2): PictureLayout {
  const built = buildChart(spec)
  return pictureLayout({
    title: built.title,
    details: texts.details,
    unit: texts.unit,
    legend: pictureLegend(spec, built, texts),
    chartWidth: size.width,
    chartHeight: size.height,
    scale,
    measure,
    fontFamily: CHART_FONT_FAMILY,
  })
}

/** The whole picture on a canvas of `layout.pixelWidth` × `layout.pixelHeight`. */
export function chartPicture(spec: ChartSpec, size: PictureSize, texts: PictureTexts, scale = 2): HTMLCanvasElement {
  const layout = layoutFor(spec, size, texts, scale)
  const out = document.createElement('canvas')
  out.width = layout.pixelWidth
  out.height = layout.pixelHeight
  const ctx = out.getContext('2d')
  if (!ctx) throw new Error('this browser cannot draw on a canvas')
  ctx.setTransform(layout.scale, 0, 0, layout.scale, 0, 0)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.textBaseline = 'top'
  for (const t of layout.texts) {
    ctx.font = t.font
    ctx.fillStyle = t.color
    ctx.textAlign = t.align
    ctx.fillText(t.text, t.x, t.y)
  }
  for (const s of layout.swatches) {
    ctx.fillStyle = s.color
    ctx.fillRect(s.x, s.y, s.width, s.height)
  }
  ctx.fillStyle = RULE_COLOR
  ctx.fillRect(layout.rule.x, layout.rule.y, layout.rule.width, layout.rule.height)
  const { chart } = layout
  withChartCanvas(spec, size, layout.scale, canvas => ctx.drawImage(canvas, chart.x, chart.y, chart.width, chart.height))
  return out
}

/** The canvas as PNG bytes. */
export function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('the picture could not be encoded as PNG'))
      else blob.arrayBuffer().then(b => resolve(new Uint8Array(b)), reject)
    }, 'image/png')
  })
}
