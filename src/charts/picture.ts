/**
 * The layout of a chart exported as a picture: a header band (the chart's title, the project,
 * scenario and date, the unit, the legend) above the chart, on white, at 2× the CSS size. Pure:
 * text widths come from the `measure` function given, so the layout is computed (and tested)
 * without a canvas; src/charts/render.ts paints it.
 */
import { waterfallColor } from './builders'
import { COST_ORANGE, SAVING_GREEN } from './palette'
import type { BuiltChart, ChartSpec } from './spec'

export interface LegendEntry {
  label: string
  color: string
}

export interface PictureInput {
  /** The chart's title, as the app shows it. */
  title: string
  /** The second line: project title, scenario, date… joined with " · ". */
  details: string[]
  /** The unit of the figures, at the right of the title: "Amounts in CNY (¥)". */
  unit: string
  legend: LegendEntry[]
  /** CSS size of the chart itself. */
  chartWidth: number
  chartHeight: number
  /** Device pixels per CSS pixel; 2 by default. */
  scale?: number
  /** Width in CSS pixels of `text` drawn in `font` (a CSS font shorthand). */
  measure: (text: string, font: string) => number
  fontFamily?: string
}

export interface PictureText {
  text: string
  /** CSS pixels from the picture's left edge: where the text starts (`left`) or ends (`right`). */
  x: number
  /** CSS pixels from the top to the text's top. */
  y: number
  font: string
  color: string
  align: 'left' | 'right'
}

export interface PictureBox {
  x: number
  y: number
  width: number
  height: number
}

export interface PictureLayout {
  scale: number
  /** CSS size of the whole picture. */
  width: number
  height: number
  /** Size of the PNG in device pixels: the CSS size × scale. */
  pixelWidth: number
  pixelHeight: number
  texts: PictureText[]
  /** Legend colour swatches. */
  swatches: (PictureBox & { color: string })[]
  /** A hairline under the header band. */
  rule: PictureBox
  /** Where the chart is drawn, at its CSS size. */
  chart: PictureBox
}

export const PICTURE_PADDING = 20
const TITLE_SIZE = 17
const TEXT_SIZE = 12
const LINE_GAP = 6
const SWATCH = 11
const SWATCH_GAP = 6
const ITEM_GAP = 18
const LEGEND_ROW = 18
const TOP_WITHOUT_TITLE = 6
const DEFAULT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

export const TITLE_COLOR = '#0f172a'
export const TEXT_COLOR = '#334155'
export const MUTED_COLOR = '#64748b'
export const RULE_COLOR = '#cbd5e1'

/** `text` cut with an ellipsis to fit `max` CSS pixels (whole characters, never a half pair). */
export function fitText(text: string, max: number, font: string, measure: PictureInput['measure']): string {
  if (measure(text, font) <= max) return text
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= max) lo = mid
    else hi = mid - 1
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`
}

/** A word with the spaces after it, or one CJK character (a line may break after any of them). */
const TOKEN = /[\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+\s*|\s+/gu

/**
 * `text` in at most `maxLines` lines of at most `max` CSS pixels: broken between words, or
 * between any two CJK characters; the last line is cut with an ellipsis when the rest does not fit.
 */
export function wrapText(text: string, max: number, font: string, measure: PictureInput['measure'], maxLines = 2): string[] {
  const tokens = text.match(TOKEN) ?? []
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < tokens.length; i++) {
    const next = line + tokens[i]!
    if (line === '' || measure(next.trimEnd(), font) <= max) {
      line = next
      continue
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line}${tokens.slice(i).join('')}`.trim(), max, font, measure))
      return lines
    }
    lines.push(line.trimEnd())
    line = tokens[i]!.trimStart()
  }
  if (line.trim() !== '') lines.push(fitText(line.trim(), max, font, measure))
  return lines
}

/** Where everything of an exported chart goes. */
export function pictureLayout(input: PictureInput): PictureLayout {
  const scale = input.scale ?? 2
  const family = input.fontFamily ?? DEFAULT_FAMILY
  const { measure } = input
  const pad = PICTURE_PADDING
  const width = Math.round(input.chartWidth + 2 * pad)
  const inner = width - 2 * pad
  const titleFont = `600 ${TITLE_SIZE}px ${family}`
  const textFont = `${TEXT_SIZE}px ${family}`
  const texts: PictureText[] = []
  const swatches: PictureLayout['swatches'] = []

  // Line 1: the title at the left (on two lines when it must), the unit at the right. A band
  // without either (a report's, whose caption is text) starts closer to the top.
  let y = input.title === '' && input.unit === '' ? TOP_WITHOUT_TITLE : pad
  const unit = input.unit === '' ? '' : fitText(input.unit, inner / 2, textFont, measure)
  const unitWidth = unit === '' ? 0 : measure(unit, textFont) + 16
  if (unit !== '') texts.push({ text: unit, x: width - pad, y: y + (TITLE_SIZE - TEXT_SIZE) / 2 + 1, font: textFont, color: MUTED_COLOR, align: 'right' })
  const titleLines = input.title === '' ? [] : wrapText(input.title, inner - unitWidth, titleFont, measure, 2)
  titleLines.forEach((line, i) => texts.push({ text: line, x: pad, y: y + i * (TITLE_SIZE + 4), font: titleFont, color: TITLE_COLOR, align: 'left' }))
  if (titleLines.length > 0 || unit !== '') y += Math.max(1, titleLines.length) * (TITLE_SIZE + 4) - 4 + LINE_GAP

  // Line 2: project, scenario, date.
  const details = input.details.filter(d => d !== '').join(' · ')
  if (details !== '') {
    texts.push({ text: fitText(details, inner, textFont, measure), x: pad, y, font: textFont, color: MUTED_COLOR, align: 'left' })
    y += TEXT_SIZE + LINE_GAP
  }

  // The legend, as many rows as it needs.
  if (input.legend.length > 0) {
    y += 4
    let x = pad
    for (const entry of input.legend) {
      const label = fitText(entry.label, inner - SWATCH - SWATCH_GAP, textFont, measure)
      const itemWidth = SWATCH + SWATCH_GAP + measure(label, textFont)
      if (x > pad && x + itemWidth > width - pad) {
        x = pad
        y += LEGEND_ROW
      }
      swatches.push({ x, y: y + (TEXT_SIZE - SWATCH) / 2 + 1, width: SWATCH, height: SWATCH, color: entry.color })
      texts.push({ text: label, x: x + SWATCH + SWATCH_GAP, y, font: textFont, color: TEXT_COLOR, align: 'left' })
      x += itemWidth + ITEM_GAP
    }
    y += LEGEND_ROW
  }

  const rule = { x: pad, y: y + 2, width: inner, height: 1 }
  const chart = { x: pad, y: rule.y + 1 + 10, width: input.chartWidth, height: input.chartHeight }
  const height = Math.round(chart.y + chart.height + pad)
  return {
    scale,
    width,
    height,
    pixelWidth: Math.round(width * scale),
    pixelHeight: Math.round(height * scale),
    texts,
    swatches,
    rule,
    chart,
  }
}

/** Words of a picture's legend that the chart itself does not carry. */
export interface LegendWords {
  /** A waterfall's green steps. */
  saving: string
  /** A waterfall's orange steps (AI tools and other added costs). */
  addedCost: string
}

/**
 * The legend drawn in the header band: one entry per series (what Chart.js's legend shows), and
 * for a waterfall, whose bars are one series, its colours: the two totals, savings, added costs.
 */
export function pictureLegend(spec: ChartSpec, built: BuiltChart, words: LegendWords): LegendEntry[] {
  if (spec.kind === 'waterfall') {
    const steps = spec.props.steps
    const out: LegendEntry[] = []
    const first = steps[0]
    const last = steps.length > 1 ? steps[steps.length - 1] : undefined
    if (first) out.push({ label: first.label, color: waterfallColor(first, 0) })
    const changes = steps.filter(s => s.kind === 'change')
    if (changes.some(s => s.amount < 0)) out.push({ label: words.saving, color: SAVING_GREEN })
    if (changes.some(s => s.amount > 0)) out.push({ label: words.addedCost, color: COST_ORANGE })
    if (last) out.push({ label: last.label, color: waterfallColor(last, steps.length - 1) })
    return out
  }
  // A chart without a legend (points named beside them, one-series bars) gets none in the band either.
  if (built.config.options.plugins?.legend?.display === false) return []
  return built.config.data.datasets.map(d => ({
    label: d.label ?? '',
    color: typeof d.backgroundColor === 'string' ? d.backgroundColor : TEXT_COLOR,
  }))
}
