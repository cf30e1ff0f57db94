/**
 * The AI-economics chart builders (src/charts/economics.ts): the break-even line and the
 * person-days by section. Pure: props in, Chart.js config and screen-reader table out.
 */
import { describe, expect, it } from 'vitest'
import { breakEvenChart, breakEvenTable, breakEvenX, personDaysChart, personDaysTable } from '@/charts/economics'
import type { BreakEvenProps, PersonDaysProps } from '@/charts/economics'
import { BASELINE_GREY, COST_ORANGE, GRID_GREY, SAVING_GREEN, SCENARIO_BLUE, TOTAL_SLATE } from '@/charts/palette'
import { buildChart } from '@/charts/spec'

/** The small project of tests/app/economics.test.ts: net = 600.00 − 30 × price, break-even ¥20.00, now ¥2.00. */
const breakEven: BreakEvenProps = {
  title: 'Does the AI tool pay off? — AI',
  subtitle: ['Gen', 'Saving on its lines before markups, less its AI tool cost.'],
  axis: 'price',
  axisX: 'Price per generation (CNY)',
  axisY: 'Net saving (CNY)',
  seriesLabel: 'Net saving',
  points: [
    { x: 0, net: 60000 },
    { x: 200, net: 54000 },
    { x: 1000, net: 30000 },
    { x: 2000, net: 0 },
    { x: 3000, net: -30000 },
    { x: 4000, net: -60000 },
  ],
  current: 200,
  breakEven: 2000,
  currentLabel: 'Now',
  breakEvenLabel: 'Break-even',
  currency: 'CNY',
  digits: 2,
  locale: 'en',
}

type Segment = (ctx: { p0: { parsed: { y: number } }, p1: { parsed: { y: number } } }) => string
type TickContext = { tick?: { value: number } }

describe('breakEvenChart', () => {
  const config = breakEvenChart(breakEven)
  const ds = config.data.datasets[0]!

  it('is a line through the points, net saving against the price', () => {
    expect(config.type).toBe('scatter')
    expect(ds.showLine).toBe(true)
    expect(ds.data).toEqual([
      { x: 0, y: 60000 }, { x: 200, y: 54000 }, { x: 1000, y: 30000 }, { x: 2000, y: 0 }, { x: 3000, y: -30000 }, { x: 4000, y: -60000 },
    ])
    expect(config.options.scales?.x).toMatchObject({ type: 'linear', min: 0, max: 4000, title: { text: 'Price per generation (CNY)' } })
    expect(config.options.scales?.y).toMatchObject({ type: 'linear', title: { text: 'Net saving (CNY)' } })
    expect(config.options.plugins?.title?.text).toBe(breakEven.title)
    expect(config.options.plugins?.legend?.display).toBe(false)
  })

  it('is green where the tool pays off and orange where it costs more, with the zero line drawn dark', () => {
    const segment = (ds.segment as { borderColor: Segment }).borderColor
    expect(segment({ p0: { parsed: { y: 30000 } }, p1: { parsed: { y: 0 } } })).toBe(SAVING_GREEN)
    expect(segment({ p0: { parsed: { y: 0 } }, p1: { parsed: { y: -30000 } } })).toBe(COST_ORANGE)
    // Points shown only at now and at the break-even
    expect(ds.pointRadius).toEqual([0, 5, 0, 5, 0, 0])
    expect(ds.pointBackgroundColor).toEqual([SAVING_GREEN, SAVING_GREEN, SAVING_GREEN, TOTAL_SLATE, COST_ORANGE, COST_ORANGE])
    const grid = config.options.scales?.y?.grid as { color: (c: TickContext) => string }
    expect(grid.color({ tick: { value: 0 } })).toBe(TOTAL_SLATE)
    expect(grid.color({ tick: { value: 20000 } })).toBe(GRID_GREY)
  })

  it('marks the break-even (dashed) and the price now, each with its figure', () => {
    expect(config.options.plugins?.markers?.lines).toEqual([
      { value: 2000, label: 'Break-even CN¥20.00', color: TOTAL_SLATE, dash: [5, 4] },
      { value: 200, label: 'Now CN¥2.00', color: SCENARIO_BLUE },
    ])
    // Above the break-even, "now" is orange
    const above = breakEvenChart({ ...breakEven, current: 3000 })
    expect(above.options.plugins?.markers?.lines?.[1]).toEqual({ value: 3000, label: 'Now CN¥30.00', color: COST_ORANGE })
    // No break-even: only "now"
    expect(breakEvenChart({ ...breakEven, breakEven: null }).options.plugins?.markers?.lines).toHaveLength(1)
  })

  it('has tooltips and a table with exact amounts', () => {
    const cb = config.options.plugins?.tooltip?.callbacks as unknown as {
      title: (items: { dataIndex: number }[]) => string
      label: (item: { dataIndex: number }) => string
    }
    expect(cb.title([{ dataIndex: 4 }])).toBe('Price per generation (CNY): CN¥30.00')
    expect(cb.label({ dataIndex: 4 })).toBe('Net saving: −CN¥300.00')
    expect(breakEvenTable(breakEven)).toEqual({
      caption: breakEven.title,
      head: 'Price per generation (CNY)',
      columns: ['Net saving (CNY)'],
      rows: [
        { label: 'CN¥0.00', cells: ['+CN¥600.00'] },
        { label: 'CN¥2.00 (Now)', cells: ['+CN¥540.00'] },
        { label: 'CN¥10.00', cells: ['+CN¥300.00'] },
        { label: 'CN¥20.00 (Break-even)', cells: ['CN¥0.00'] },
        { label: 'CN¥30.00', cells: ['−CN¥300.00'] },
        { label: 'CN¥40.00', cells: ['−CN¥600.00'] },
      ],
    })
  })

  it('reads takes as plain numbers', () => {
    const takes = { ...breakEven, axis: 'takes' as const, locale: 'zh-CN' }
    expect(breakEvenX(takes, 7.5)).toBe('7.5')
    expect(breakEvenX(takes, 30)).toBe('30')
    expect(breakEvenX(breakEven, 1685)).toBe('CN¥16.85')
  })

  it('is a chart kind of its own', () => {
    const built = buildChart({ kind: 'breakEven', props: breakEven })
    expect(built.title).toBe(breakEven.title)
    expect(built.config.type).toBe('scatter')
    expect(built.table.rows).toHaveLength(6)
  })
})

const days: PersonDaysProps = {
  title: '各科目人天 — 传统 对比 AI辅助',
  subtitle: 'AI 减少的人力工作：杠杆削减的人工天数。',
  axisLabel: '人天',
  locale: 'zh-CN',
  categories: ['剧本', '演员', '摄制组'],
  series: [
    { label: '传统', values: [180, 700.4, 786], kind: 'baseline' },
    { label: 'AI辅助', values: [157.5, 515.1, 610.3], kind: 'scenario' },
  ],
  changeLabel: '变化',
}

describe('personDaysChart', () => {
  it('has one horizontal bar per series and section, baseline grey and scenario blue', () => {
    const { data, options } = personDaysChart(days)
    expect(data.labels).toEqual(['剧本', '演员', '摄制组'])
    expect(data.datasets.map(d => [d.label, d.data, d.backgroundColor])).toEqual([
      ['传统', [180, 700.4, 786], BASELINE_GREY],
      ['AI辅助', [157.5, 515.1, 610.3], SCENARIO_BLUE],
    ])
    expect(options.indexAxis).toBe('y')
    expect(options.scales?.x).toMatchObject({ beginAtZero: true, title: { text: '人天' } })
  })

  it('says each bar’s days and the change in its tooltip', () => {
    const cb = personDaysChart(days).options.plugins?.tooltip?.callbacks as unknown as {
      label: (item: { datasetIndex: number, dataIndex: number, dataset: { label?: string } }) => string
      footer: (items: { dataIndex: number }[]) => string
    }
    expect(cb.label({ datasetIndex: 1, dataIndex: 1, dataset: { label: 'AI辅助' } })).toBe('AI辅助: 515.1')
    expect(cb.footer([{ dataIndex: 1 }])).toBe('变化: −185.3')
    expect(cb.footer([{ dataIndex: 2 }])).toBe('变化: −175.7')
  })

  it('tabulates the days and the change; the baseline alone has no change', () => {
    expect(personDaysTable(days)).toEqual({
      caption: days.title,
      head: '',
      columns: ['传统', 'AI辅助', '变化'],
      rows: [
        { label: '剧本', cells: ['180.0', '157.5', '−22.5'] },
        { label: '演员', cells: ['700.4', '515.1', '−185.3'] },
        { label: '摄制组', cells: ['786.0', '610.3', '−175.7'] },
      ],
    })
    const alone = { ...days, series: [days.series[0]!] }
    expect(personDaysTable(alone).columns).toEqual(['传统'])
    expect(personDaysChart(alone).options.plugins?.tooltip?.callbacks).not.toHaveProperty('footer')
  })
})

describe('marker labels clear of bars and ticks', () => {
  it('puts the tornado\'s "Likely" and the break-even chart\'s labels in a band above the plot', async () => {
    const { tornadoChart } = await import('@/charts/builders')
    const { breakEvenChart } = await import('@/charts/economics')
    const t = tornadoChart({ currency: 'CNY', digits: 2, locale: 'en', title: 't', axisLabel: 'a', likely: 100, likelyLabel: 'Likely', lowLabel: 'l', highLabel: 'h', swingLabel: 's', rows: [{ label: 'x', low: 120, high: 80 }] })
    expect(t.options.plugins?.markers?.above).toBe(true)
    expect(t.options.plugins?.legend?.position).toBe('bottom')
    expect(t.options.plugins?.subtitle?.padding).toEqual({ bottom: 34 })
    const b = breakEvenChart(breakEven)
    expect(b.options.plugins?.markers?.above).toBe(true)
    expect(b.options.plugins?.subtitle?.padding).toEqual({ bottom: 34 })
  })
})
