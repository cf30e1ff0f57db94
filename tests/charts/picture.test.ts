/**
 * The layout of an exported chart picture, computed without a canvas: a fake `measure` gives
 * every character a fixed width (CJK twice as wide), so positions can be worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import type { SectionBarsProps, WaterfallProps } from '@/charts/builders'
import { BASELINE_GREY, COST_ORANGE, SAVING_GREEN, SCENARIO_BLUE, TOTAL_SLATE } from '@/charts/palette'
import { fitText, PICTURE_PADDING, pictureLayout, pictureLegend, wrapText } from '@/charts/picture'
import type { PictureInput } from '@/charts/picture'
import { buildChart } from '@/charts/spec'
import type { ChartSpec } from '@/charts/spec'

/** 10 px a character in the 17 px title font, 6 px in the 12 px text font; CJK characters count twice. */
function measure(text: string, font: string): number {
  const unit = font.includes('17px') ? 10 : 6
  return [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1) * unit, 0)
}

const base: PictureInput = {
  title: 'Cost by section — Traditional vs AI-assisted',
  details: ['Rebirth of the Heiress', 'Scenario: AI-assisted', 'November 25, 2026'],
  unit: 'Amounts in CNY (¥)',
  legend: [{ label: 'Traditional', color: BASELINE_GREY }, { label: 'AI-assisted', color: SCENARIO_BLUE }],
  chartWidth: 660,
  chartHeight: 280,
  measure,
}

const textsOf = (input: PictureInput) => pictureLayout(input).texts.map(t => t.text)

describe('pictureLayout: the header band', () => {
  it('holds the title, the project, scenario and date, the unit and the legend', () => {
    expect(textsOf(base)).toEqual([
      'Amounts in CNY (¥)',
      'Cost by section — Traditional vs AI-assisted',
      'Rebirth of the Heiress · Scenario: AI-assisted · November 25, 2026',
      'Traditional',
      'AI-assisted',
    ])
    const layout = pictureLayout(base)
    const [unit, title, details] = layout.texts
    // The unit is right-aligned at the right padding; the title and details start at the left padding.
    expect(unit).toMatchObject({ align: 'right', x: layout.width - PICTURE_PADDING })
    expect(title).toMatchObject({ align: 'left', x: PICTURE_PADDING, y: PICTURE_PADDING })
    expect(title!.font).toMatch(/^600 17px /)
    expect(details!.y).toBeGreaterThan(title!.y)
    // One swatch per legend entry, in its colour, on the same row, left of its label.
    expect(layout.swatches.map(s => s.color)).toEqual([BASELINE_GREY, SCENARIO_BLUE])
    const labels = layout.texts.slice(3)
    layout.swatches.forEach((s, i) => {
      expect(s.x + s.width).toBeLessThan(labels[i]!.x)
      expect(labels[i]!.y).toBe(labels[0]!.y)
    })
  })

  it('is 2× the CSS size in pixels, the chart at its own CSS size below the band', () => {
    const layout = pictureLayout(base)
    expect(layout.scale).toBe(2)
    // 660 px of chart and 20 px of white on either side.
    expect(layout.width).toBe(700)
    expect(layout.pixelWidth).toBe(1400)
    expect(layout.pixelHeight).toBe(layout.height * 2)
    expect(layout.chart).toMatchObject({ x: 20, width: 660, height: 280 })
    // Title 20–37, details 43–55, legend row 65–83, then the rule and 10 px of space.
    expect(layout.rule.y).toBe(85)
    expect(layout.chart.y).toBe(96)
    expect(layout.height).toBe(96 + 280 + 20)
    // Every text is inside the band, above the rule.
    for (const t of layout.texts) expect(t.y).toBeLessThan(layout.rule.y)
    expect(pictureLayout({ ...base, scale: 3 }).pixelWidth).toBe(2100)
  })

  it('puts a long title on two lines beside the unit, and cuts a longer one with an ellipsis', () => {
    // 700 − 40 = 660 px inside, less the unit (18 chars × 6 + 16 = 124): 536 px, 53 title characters.
    const title = 'Where the change comes from — Traditional production to AI-assisted production'
    const layout = pictureLayout({ ...base, title })
    const lines = layout.texts.filter(t => t.font.startsWith('600'))
    expect(lines.map(l => l.text)).toEqual(['Where the change comes from — Traditional production', 'to AI-assisted production'])
    expect(lines[1]!.y).toBe(lines[0]!.y + 21)
    for (const l of lines) expect(measure(l.text, l.font)).toBeLessThanOrEqual(536)
    // The band grows by the second line.
    expect(layout.chart.y).toBe(pictureLayout(base).chart.y + 21)

    const long = pictureLayout({ ...base, title: `${title} ${title}` }).texts.filter(t => t.font.startsWith('600'))
    expect(long).toHaveLength(2)
    expect(long[1]!.text.endsWith('…')).toBe(true)
    expect(measure(long[1]!.text, long[1]!.font)).toBeLessThanOrEqual(536)
  })

  it('wraps the legend onto more rows when it is wider than the picture', () => {
    const legend = Array.from({ length: 6 }, (_, i) => ({ label: `Scenario number ${i + 1} (52 days)`, color: `#00000${i}` }))
    const layout = pictureLayout({ ...base, legend })
    const rows = new Set(layout.swatches.map(s => s.y))
    // Each item is 11 + 6 + 29 × 6 = 191 px, plus 18 between: three to a 660 px row.
    expect(rows.size).toBe(2)
    for (const s of layout.swatches) expect(s.x + s.width).toBeLessThanOrEqual(layout.width - PICTURE_PADDING)
    expect(layout.chart.y).toBe(pictureLayout(base).chart.y + 18)
  })

  it('with no title, unit or details (the printed report) holds only the legend', () => {
    const layout = pictureLayout({ ...base, title: '', unit: '', details: [] })
    expect(layout.texts.map(t => t.text)).toEqual(['Traditional', 'AI-assisted'])
    // 6 px from the top, then 4 above the legend.
    expect(layout.texts[0]!.y).toBe(10)
    expect(layout.chart.y).toBe(10 + 18 + 2 + 1 + 10)
  })

  it('breaks Chinese titles between characters', () => {
    const title = '变化来源 — 从传统制作到AI辅助制作，含全部杠杆与工具费用以及计划调整的影响'
    const lines = pictureLayout({ ...base, title, chartWidth: 400 }).texts.filter(t => t.font.startsWith('600'))
    // 440 − 40 − 124 = 276 px: 13 wide characters (or more narrow ones) a line, then the ellipsis.
    expect(lines).toHaveLength(2)
    for (const l of lines) expect(measure(l.text, l.font)).toBeLessThanOrEqual(276)
    expect(lines[1]!.text.endsWith('…')).toBe(true)
    const shown = lines.map(l => l.text).join('').replace('…', '')
    expect(title.replace(/ /g, '').startsWith(shown.replace(/ /g, ''))).toBe(true)
    expect(shown.length).toBeGreaterThan(20)
  })
})

describe('text fitting', () => {
  const font = '12px sans-serif'
  it('fitText keeps what fits and cuts the rest with an ellipsis', () => {
    expect(fitText('Traditional', 66, font, measure)).toBe('Traditional')
    expect(fitText('Traditional', 60, font, measure)).toBe('Tradition…')
    expect(fitText('传统制作方案', 48, font, measure)).toBe('传统制…')
  })
  it('wrapText breaks between words, never inside one that fits on a line', () => {
    expect(wrapText('Cost by section by scenario', 90, font, measure)).toEqual(['Cost by section', 'by scenario'])
    expect(wrapText('short', 90, font, measure)).toEqual(['short'])
    expect(wrapText('', 90, font, measure)).toEqual([])
  })
})

describe('pictureLegend', () => {
  const money = { currency: 'CNY', digits: 2, locale: 'en' }
  it('names each series with its colour', () => {
    const props: SectionBarsProps = {
      ...money,
      title: 'Cost by section',
      axisLabel: 'Cost (CNY)',
      categories: ['Cast'],
      series: [{ label: 'Traditional', values: [1], kind: 'baseline' }, { label: 'AI-assisted', values: [2], kind: 'scenario' }],
    }
    const spec: ChartSpec = { kind: 'sections', props }
    expect(pictureLegend(spec, buildChart(spec), { saving: 'Saving', addedCost: 'Added cost' })).toEqual([
      { label: 'Traditional', color: BASELINE_GREY },
      { label: 'AI-assisted', color: SCENARIO_BLUE },
    ])
  })

  it('gives a waterfall its totals, savings and added costs', () => {
    const props: WaterfallProps = {
      ...money,
      title: 'Where the change comes from',
      axisLabel: 'Cost (CNY)',
      steps: [
        { label: 'Traditional', amount: 1000, kind: 'total' },
        { label: 'AI shots', amount: -300, kind: 'change' },
        { label: 'AI tool costs', amount: 50, kind: 'change' },
        { label: 'AI-assisted', amount: 750, kind: 'total' },
      ],
    }
    const spec: ChartSpec = { kind: 'waterfall', props }
    const words = { saving: 'Saving', addedCost: 'Added cost' }
    expect(pictureLegend(spec, buildChart(spec), words)).toEqual([
      { label: 'Traditional', color: TOTAL_SLATE },
      { label: 'Saving', color: SAVING_GREEN },
      { label: 'Added cost', color: COST_ORANGE },
      { label: 'AI-assisted', color: SCENARIO_BLUE },
    ])
    // No added cost: no orange entry.
    const savingsOnly: ChartSpec = { kind: 'waterfall', props: { ...props, steps: props.steps.filter(s => s.amount !== 50) } }
    expect(pictureLegend(savingsOnly, buildChart(savingsOnly), words).map(e => e.label)).toEqual(['Traditional', 'Saving', 'AI-assisted'])
  })

  it('gives a chart without a legend none in its band (the points of cost against days carry their names)', () => {
    const spec: ChartSpec = {
      kind: 'costDays',
      props: { ...money, title: '', axisCost: 'Cost', axisDays: 'Days', daysText: n => `${n} d`, points: [{ label: 'A', total: 1, days: 2 }] },
    }
    expect(pictureLegend(spec, buildChart(spec), { saving: 'Saving', addedCost: 'Added cost' })).toEqual([])
  })
})
