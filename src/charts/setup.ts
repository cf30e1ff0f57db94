/**
 * Registers the Chart.js pieces the charts use (and nothing else: no `chart.js/auto`), a plugin
 * that paints a white background (so an exported PNG is on white, not transparent) and the
 * defaults shared by all charts. Safe to call any number of times.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  SubTitle,
  Title,
  Tooltip,
  type Plugin,
} from 'chart.js'
import { GRID_GREY, TEXT_SLATE } from './palette'
import { markers, pointLabels } from './plugins'

export const CHART_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif'

/** Fills the whole canvas with white underneath everything drawn. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  },
}

let done = false

export function setupCharts(): void {
  if (done) return
  done = true
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, Title, SubTitle, whiteBackground)
  // The cost-vs-days points, and the marker lines and point names the scenario charts draw.
  Chart.register(ScatterController, PointElement, markers, pointLabels)
  // The break-even line: scatter points joined by a line.
  Chart.register(LineElement)
  Chart.defaults.font.family = CHART_FONT_FAMILY
  Chart.defaults.font.size = 12
  Chart.defaults.color = TEXT_SLATE
  Chart.defaults.borderColor = GRID_GREY
}
