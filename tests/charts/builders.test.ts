import fc from 'fast-check'
import type { ChartOptions, TooltipItem } from 'chart.js'
import { describe, expect, it } from 'vitest'
import {
  gantt,
  ganttRange,
  ganttSeries,
  ganttTable,
  sectionBars,
  sectionTable,
  stackedBars,
  stackedTable,
  waterfall,
  waterfallAxisMin,
  shortLabel,
  wrapLabel,
  labelledHeight,
  waterfallBars,
  waterfallTable,
  type GanttProps,
  type SectionBarsProps,
  type StackedBarsProps,
  type WaterfallProps,
} from '@/charts/builders'
import { compactMoney, money, plainNumber, signedMoney, toMajor } from '@/charts/format'
import {
  BASELINE_GREY,
  COST_ORANGE,
  SAVING_GREEN,
  SCENARIO_BLUE,
  SECTION_PALETTE,
  TOTAL_SLATE,
  sectionColor,
} from '@/charts/palette'

/* Helpers to call Chart.js callbacks outside Chart.js. */
type Label = (item: Pick<TooltipItem<'bar'>, 'datasetIndex' | 'dataIndex' | 'dataset'>) => string
type Footer = (items: Pick<TooltipItem<'bar'>, 'dataIndex'>[]) => string
type Tick = (value: number | string) => string

function labelFn(o: ChartOptions<'bar'>): Label {
  const f = o.plugins?.tooltip?.callbacks?.label
  expect(f).toBeTypeOf('function')
  return f as unknown as Label
}
function tickFn(o: ChartOptions<'bar'>, axis: 'x' | 'y'): Tick {
  const f = (o.scales?.[axis]?.ticks as { callback?: unknown } | undefined)?.callback
  expect(f).toBeTypeOf('function')
  return f as Tick
}
function item(datasetIndex: number, dataIndex: number, label = '') {
  return { datasetIndex, dataIndex, dataset: { label, data: [] } }
}
function axisTitle(o: ChartOptions<'bar'>, axis: 'x' | 'y'): unknown {
  return (o.scales?.[axis] as { title?: { text?: unknown; display?: boolean } } | undefined)?.title
}

describe('format', () => {
  it('converts minor units to major units exactly', () => {
    expect(toMajor(1234567, 2)).toBe(12345.67)
    expect(toMajor(10, 2)).toBe(0.1)
    expect(toMajor(-1, 2)).toBe(-0.01)
    expect(toMajor(12345, 0)).toBe(12345)
  })

  it('formats exact money per currency and locale', () => {
    expect(money(1234567, 'CNY', 2, 'zh-CN')).toBe('¥12,345.67')
    expect(money(1234567, 'CNY', 2, 'en')).toBe('CN¥12,345.67')
    expect(money(123450, 'USD', 2, 'en')).toBe('$1,234.50')
    expect(money(12345, 'JPY', 0, 'en')).toBe('¥12,345')
    expect(money(0, 'CNY', 2, 'zh-CN')).toBe('¥0.00')
  })

  it('signs changes with a true minus sign', () => {
    expect(signedMoney(-1234500, 'CNY', 2, 'zh-CN')).toBe('−¥12,345.00')
    expect(signedMoney(120000, 'USD', 2, 'en')).toBe('+$1,200.00')
    expect(signedMoney(0, 'USD', 2, 'en')).toBe('$0.00')
  })

  it('gives compact axis amounts: 万 in Chinese, K in English', () => {
    expect(compactMoney(45_200_000, 'CNY', 2, 'zh-CN')).toBe('¥45.2万')
    expect(compactMoney(45_000_000, 'CNY', 2, 'zh-CN')).toBe('¥45万')
    expect(compactMoney(10_000_000_000, 'CNY', 2, 'zh-CN')).toBe('¥1亿')
    expect(compactMoney(45_200_000, 'CNY', 2, 'en')).toBe('CN¥452K')
    expect(compactMoney(45_200_000, 'USD', 2, 'en')).toBe('$452K')
    expect(compactMoney(452_000, 'JPY', 0, 'en')).toBe('¥452K')
    expect(compactMoney(0, 'CNY', 2, 'zh-CN')).toBe('¥0')
  })

  it('formats plain numbers', () => {
    expect(plainNumber(1200, 'en')).toBe('1,200')
    expect(plainNumber(6.5, 'zh-CN')).toBe('6.5')
  })
})

describe('palette', () => {
  it('gives each section index a stable colour, wrapping around', () => {
    expect(SECTION_PALETTE).toHaveLength(10)
    expect(new Set(SECTION_PALETTE).size).toBe(10)
    expect(sectionColor(0)).toBe(SECTION_PALETTE[0])
    expect(sectionColor(3)).toBe(sectionColor(3))
    expect(sectionColor(10)).toBe(sectionColor(0))
    expect(sectionColor(-1)).toBe(SECTION_PALETTE[9])
    expect(sectionColor(Number.NaN)).toBe(SECTION_PALETTE[0])
    for (const c of [...SECTION_PALETTE, BASELINE_GREY, SCENARIO_BLUE, SAVING_GREEN, COST_ORANGE, TOTAL_SLATE]) {
      expect(c).toMatch(/^#[0-9a-f]{6}$/)
    }
  })
})

function expectCommon(o: ChartOptions<'bar'>, title: string) {
  expect(o.responsive).toBe(true)
  expect(o.maintainAspectRatio).toBe(false)
  expect(o.animation).toEqual({ duration: 150 })
  expect(o.plugins?.title?.display).toBe(true)
  expect(o.plugins?.title?.text).toBe(title)
}

describe('sectionBars', () => {
  const props: SectionBarsProps = {
    title: '分部门成本 — 传统 vs AI 辅助',
    axisLabel: '成本（元）',
    categories: ['演员', '摄制组', '后期'],
    series: [
      { label: '传统', values: [4_520_000, 3_000_000, 1_000_000], kind: 'baseline' },
      { label: 'AI 辅助', values: [4_000_000, 2_500_000, 1_500_050], kind: 'scenario' },
    ],
    currency: 'CNY',
    digits: 2,
    locale: 'zh-CN',
  }

  it('has one horizontal dataset per series, baseline grey and scenario blue', () => {
    const { data, options } = sectionBars(props)
    expect(data.labels).toEqual(['演员', '摄制组', '后期'])
    expect(data.datasets.map((d) => d.label)).toEqual(['传统', 'AI 辅助'])
    expect(data.datasets.map((d) => d.data)).toEqual([
      [4_520_000, 3_000_000, 1_000_000],
      [4_000_000, 2_500_000, 1_500_050],
    ])
    expect(data.datasets.map((d) => d.backgroundColor)).toEqual([BASELINE_GREY, SCENARIO_BLUE])
    expect(options.indexAxis).toBe('y')
    expectCommon(options, props.title)
    expect(options.plugins?.legend?.display).toBe(true)
    expect(axisTitle(options, 'x')).toEqual({ display: true, text: '成本（元）' })
  })

  it('does not share arrays with the props', () => {
    const { data } = sectionBars(props)
    expect(data.labels).not.toBe(props.categories)
    expect(data.datasets[0]!.data).not.toBe(props.series[0]!.values)
  })

  it('shows exact amounts in tooltips and compact money on the axis', () => {
    const { options } = sectionBars(props)
    expect(labelFn(options)(item(1, 2, 'AI 辅助'))).toBe('AI 辅助: ¥15,000.50')
    expect(labelFn(options)(item(0, 0, '传统'))).toBe('传统: ¥45,200.00')
    expect(tickFn(options, 'x')(4_520_000)).toBe('¥4.5万')
    expect(tickFn(options, 'x')(50_000_000)).toBe('¥50万')
  })

  it('hides the legend for a single series and colours further scenarios apart', () => {
    expect(sectionBars({ ...props, series: [props.series[0]!] }).options.plugins?.legend?.display).toBe(false)
    const three = sectionBars({ ...props, series: [...props.series, { label: 'B', values: [1, 2, 3], kind: 'scenario' }] })
    const colors = three.data.datasets.map((d) => d.backgroundColor)
    expect(colors.slice(0, 2)).toEqual([BASELINE_GREY, SCENARIO_BLUE])
    expect(new Set(colors).size).toBe(3)
  })

  it('summarises the data in a table', () => {
    expect(sectionTable(props)).toEqual({
      caption: props.title,
      head: '',
      columns: ['传统', 'AI 辅助'],
      rows: [
        { label: '演员', cells: ['¥45,200.00', '¥40,000.00'] },
        { label: '摄制组', cells: ['¥30,000.00', '¥25,000.00'] },
        { label: '后期', cells: ['¥10,000.00', '¥15,000.50'] },
      ],
    })
  })
})

describe('waterfall', () => {
  const props: WaterfallProps = {
    title: 'From Traditional to AI-assisted',
    axisLabel: 'Cost (CNY)',
    steps: [
      { label: 'Traditional', amount: 10_000_000, kind: 'total' },
      { label: 'Cast', amount: -1_234_500, kind: 'change' },
      { label: 'Crew', amount: -500_000, kind: 'change' },
      { label: 'AI tools', amount: 300_000, kind: 'change' },
      { label: 'AI-assisted', amount: 8_565_500, kind: 'total' },
    ],
    currency: 'CNY',
    digits: 2,
    locale: 'zh-CN',
  }

  it('stands totals on zero and floats changes from the running total', () => {
    const { data } = waterfall(props)
    expect(data.labels).toEqual(['Traditional', 'Cast', 'Crew', 'AI tools', 'AI-assisted'])
    expect(data.datasets).toHaveLength(1)
    expect(data.datasets[0]!.data).toEqual([
      [0, 10_000_000],
      [10_000_000, 8_765_500],
      [8_765_500, 8_265_500],
      [8_265_500, 8_565_500],
      [0, 8_565_500],
    ])
  })

  it('colours totals slate then blue, savings green, added costs orange', () => {
    expect(waterfall(props).data.datasets[0]!.backgroundColor).toEqual([
      TOTAL_SLATE,
      SAVING_GREEN,
      SAVING_GREEN,
      COST_ORANGE,
      SCENARIO_BLUE,
    ])
  })

  it('chains the floating bars: each change ends where the next begins, and they add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 20 }), (start, changes) => {
        const end = changes.reduce((a, b) => a + b, start)
        const bars = waterfallBars([
          { label: 'a', amount: start, kind: 'total' },
          ...changes.map((amount) => ({ label: 'c', amount, kind: 'change' as const })),
          { label: 'b', amount: end, kind: 'total' },
        ])
        expect(bars[0]).toEqual([0, start])
        changes.forEach((c, i) => {
          const [from, to] = bars[i + 1]!
          expect(from).toBe(i === 0 ? start : bars[i]![1])
          expect(to - from).toBe(c)
        })
        // The last change lands exactly on the closing total.
        if (changes.length) expect(bars[changes.length]![1]).toBe(end)
        expect(bars.at(-1)).toEqual([0, end])
      }),
    )
  })

  it('shows the signed exact change or the total in the tooltip; no legend', () => {
    const { options } = waterfall(props)
    const label = labelFn(options)
    expect(label(item(0, 0))).toBe('¥100,000.00')
    expect(label(item(0, 1))).toBe('−¥12,345.00')
    expect(label(item(0, 3))).toBe('+¥3,000.00')
    expect(label(item(0, 4))).toBe('¥85,655.00')
    expect(options.plugins?.legend?.display).toBe(false)
    expectCommon(options, props.title)
    expect(options.indexAxis).toBe('y')
    expect(axisTitle(options, 'x')).toEqual({ display: true, text: 'Cost (CNY)' })
    expect(tickFn(options, 'x')(10_000_000)).toBe('¥10万')
  })

  it('starts the value axis below the lowest running total so small changes show', () => {
    // Running ends (yuan): 100,000 → 87,655 → 82,655 → 85,655; spread 17,345;
    // 82,655 − 8,672.5 = 73,982.5 → ¥70,000, i.e. 7,000,000 fen.
    expect(waterfallAxisMin(props.steps)).toBe(7_000_000)
    const { options } = waterfall(props)
    expect((options.scales?.x as { min?: number }).min).toBe(7_000_000)
    // A saving of 90 % leaves no room: the axis starts at zero.
    expect(waterfallAxisMin([
      { label: 'a', amount: 100, kind: 'total' },
      { label: 'b', amount: -90, kind: 'change' },
      { label: 'c', amount: 10, kind: 'total' },
    ])).toBe(0)
  })

  it('wraps long labels on the axis, whole, between words (English is not cut)', () => {
    const long = 'AI-generated shots replace part of live-action shooting'
    expect(shortLabel(long)).toBe('AI-generated shots replac…')
    expect(shortLabel('Cast')).toBe('Cast')
    expect(wrapLabel(long)).toEqual(['AI-generated shots replace', 'part of live-action', 'shooting'])
    expect(wrapLabel('Cast')).toBe('Cast')
    // Chinese has no spaces: lines of 26 characters.
    expect(wrapLabel('甲'.repeat(30))).toEqual(['甲'.repeat(26), '甲'.repeat(4)])
    // Beyond three lines, only the rest is cut.
    expect(wrapLabel('aaaa bbbb cccc dddd eeee', 4)).toEqual(['aaaa', 'bbbb', 'ccc…'])
    const { data } = waterfall({ ...props, steps: [{ label: long, amount: 1, kind: 'total' }] })
    expect(data.labels).toEqual([['AI-generated shots replace', 'part of live-action', 'shooting']])
  })

  it('summarises the steps in a table', () => {
    expect(waterfallTable({ ...props, locale: 'en', currency: 'USD' })).toEqual({
      caption: props.title,
      head: '',
      columns: ['Cost (CNY)'],
      rows: [
        { label: 'Traditional', cells: ['$100,000.00'] },
        { label: 'Cast', cells: ['−$12,345.00'] },
        { label: 'Crew', cells: ['−$5,000.00'] },
        { label: 'AI tools', cells: ['+$3,000.00'] },
        { label: 'AI-assisted', cells: ['$85,655.00'] },
      ],
    })
  })
})

describe('stackedBars', () => {
  const props: StackedBarsProps = {
    title: 'Labour vs non-labour',
    axisLabel: 'Cost (USD)',
    categories: ['Traditional', 'AI-assisted'],
    stacks: [
      { label: 'Labour', values: [6_000_000, 4_000_000] },
      { label: 'Non-labour', values: [4_000_000, 4_565_500], color: '#123456' },
    ],
    currency: 'USD',
    digits: 2,
    locale: 'en',
    totalLabel: 'Total',
  }

  it('stacks one dataset per part on both axes', () => {
    const { data, options } = stackedBars(props)
    expect(data.labels).toEqual(['Traditional', 'AI-assisted'])
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor, d.stack])).toEqual([
      ['Labour', [6_000_000, 4_000_000], sectionColor(0), 'total'],
      ['Non-labour', [4_000_000, 4_565_500], '#123456', 'total'],
    ])
    expect(options.scales?.x?.stacked).toBe(true)
    expect(options.scales?.y?.stacked).toBe(true)
    expectCommon(options, props.title)
    expect(options.plugins?.legend?.display).toBe(true)
    expect(axisTitle(options, 'y')).toEqual({ display: true, text: 'Cost (USD)' })
    expect(tickFn(options, 'y')(10_000_000)).toBe('$100K')
  })

  it('shows each part and the total in the tooltip', () => {
    const { options } = stackedBars(props)
    expect(labelFn(options)(item(1, 1, 'Non-labour'))).toBe('Non-labour: $45,655.00')
    const footer = options.plugins?.tooltip?.callbacks?.footer as unknown as Footer
    expect(footer([{ dataIndex: 1 }, { dataIndex: 1 }])).toBe('Total: $85,655.00')
    expect(stackedBars({ ...props, totalLabel: undefined }).options.plugins?.tooltip?.callbacks?.footer).toBeUndefined()
  })

  it('summarises the data in a table, with a total column when labelled', () => {
    expect(stackedTable(props).columns).toEqual(['Labour', 'Non-labour', 'Total'])
    expect(stackedTable(props).rows).toEqual([
      { label: 'Traditional', cells: ['$60,000.00', '$40,000.00', '$100,000.00'] },
      { label: 'AI-assisted', cells: ['$40,000.00', '$45,655.00', '$85,655.00'] },
    ])
    const { totalLabel: _omit, ...noTotal } = props
    expect(stackedTable(noTotal).columns).toEqual(['Labour', 'Non-labour'])
    expect(stackedTable(noTotal).rows[0]!.cells).toEqual(['$60,000.00', '$40,000.00'])
  })
})

describe('gantt', () => {
  const props: GanttProps = {
    title: 'Schedule',
    axisLabel: 'Days',
    rows: [
      { label: 'Pre-production', bars: [{ series: 'Traditional', start: 0, finish: 10 }, { series: 'AI-assisted', start: 0, finish: 7 }] },
      { label: 'Shooting', bars: [{ series: 'Traditional', start: 27, finish: 33 }, { series: 'AI-assisted', start: 20, finish: 25 }] },
      { label: 'Post', bars: [{ series: 'Traditional', start: 33, finish: 50 }] },
    ],
    locale: 'en',
  }

  it('has one floating-bar dataset per series, horizontal, x from 0 to the last finish', () => {
    const { data, options } = gantt(props)
    expect(ganttSeries(props.rows)).toEqual(['Traditional', 'AI-assisted'])
    expect(data.labels).toEqual(['Pre-production', 'Shooting', 'Post'])
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['Traditional', [[0, 10], [27, 33], [33, 50]], BASELINE_GREY],
      ['AI-assisted', [[0, 7], [20, 25], null], SCENARIO_BLUE],
    ])
    expect(options.indexAxis).toBe('y')
    expect(options.scales?.x?.min).toBe(0)
    expect(options.scales?.x?.max).toBe(50)
    expect(axisTitle(options, 'x')).toEqual({ display: true, text: 'Days' })
    expect(tickFn(options, 'x')(1200)).toBe('1,200')
    expectCommon(options, 'Schedule')
    expect(options.plugins?.legend?.display).toBe(true)
  })

  it('uses the given series colours', () => {
    const { data } = gantt({ ...props, seriesColors: ['#111111', '#222222'] })
    expect(data.datasets.map((d) => d.backgroundColor)).toEqual(['#111111', '#222222'])
  })

  it('has a neutral default tooltip and takes the caller’s', () => {
    expect(ganttRange({ series: 'x', start: 27, finish: 33 }, 'en')).toBe('27 → 33 (6 d)')
    expect(labelFn(gantt(props).options)(item(0, 1))).toBe('Traditional: 27 → 33 (6 d)')
    expect(labelFn(gantt(props).options)(item(1, 2))).toBe('')
    const custom = gantt({
      ...props,
      tooltip: (row, bar) => `${row.label}: day ${bar.start} → ${bar.finish} (${bar.finish - bar.start} days)`,
    })
    expect(labelFn(custom.options)(item(0, 1))).toBe('Shooting: day 27 → 33 (6 days)')
    expect(labelFn(custom.options)(item(1, 0))).toBe('Pre-production: day 0 → 7 (7 days)')
  })

  it('summarises the bars in a table', () => {
    expect(ganttTable(props)).toEqual({
      caption: 'Schedule',
      head: '',
      columns: ['Traditional', 'AI-assisted'],
      rows: [
        { label: 'Pre-production', cells: ['0 → 10 (10 d)', '0 → 7 (7 d)'] },
        { label: 'Shooting', cells: ['27 → 33 (6 d)', '20 → 25 (5 d)'] },
        { label: 'Post', cells: ['33 → 50 (17 d)', ''] },
      ],
    })
  })

  it('leaves the axis maximum free when there are no bars', () => {
    const { data, options } = gantt({ ...props, rows: [] })
    expect(data.datasets).toEqual([])
    expect(options.scales?.x?.max).toBeUndefined()
  })
})

describe('chart props from results', () => {
  it('draw each lever\'s gross saving (MODEL.md §3), then the AI tools, then the markups\' change, adding up exactly', async () => {
    const { chartProps } = await import('@/charts/fromResults')
    const { computeProject } = await import('@/engine/compute')
    const example = (await import('../fixtures/model-example.json')).default
    const r = computeProject(example as never)
    const [base, ai] = r.scenarios
    const props = chartProps(base!, ai!, {
      locale: 'en', name: (_k, id) => id, sectionsTitle: 's', waterfallTitle: 'w', laborTitle: 'l', ganttTitle: 'g',
      axisCost: 'c', axisDays: 'd', planChanges: 'plan', toolCosts: 'tools', markupsChange: 'markups', labor: 'lab', nonLabor: 'non', subtotal: 'sub',
      seriesWithDays: (s, n) => `${s} (${n})`,
    })
    // MODEL example: change +38,148.30 = plan −12,570.80 + lever +50,719.10. The lever's gross
    // saving, line by line from S0 (7 shoot days, dp at 2,800) to S (6 days, × 0.667 on dp and lead):
    //   dp 7 × 2,800 × 1.12 = 21,952 → 12,550.27: 9,401.73; camera 10,500 → 9,000: 1,500;
    //   lead 35,000 → 20,010: 14,990; together 25,891.73 (the CLI's grossSaving).
    // Its tools cost 72,000.00; the markups' change is the rest: 50,719.10 − (72,000 − 25,891.73) = 4,610.83.
    expect(props.waterfall.steps).toEqual([
      { label: 'baseline', amount: 8_676_800, kind: 'total' },
      { label: 'plan', amount: -1_257_080, kind: 'change' },
      { label: 'ai-live-action', amount: -2_589_173, kind: 'change' },
      { label: 'tools', amount: 7_200_000, kind: 'change' },
      { label: 'markups', amount: 461_083, kind: 'change' },
      { label: 'ai', amount: 12_491_630, kind: 'total' },
    ])
    expect(-props.waterfall.steps[2]!.amount).toBe(ai!.vsBaseline.levers[0]!.grossSaving)
    const changes = props.waterfall.steps.filter(s => s.kind === 'change').reduce((a, s) => a + s.amount, 0)
    expect(8_676_800 + changes).toBe(12_491_630)
  })
})

describe('labelledHeight', () => {
  it('gives every row the room of the label with the most lines, as Chart.js spaces them evenly', () => {
    // 96 for the title, subtitle and axis; three lines take 3 × 14 + 6 = 48 a row, one line 20.
    expect(labelledHeight(['Cast', ['AI-generated shots replace', 'part of live-action', 'shooting']])).toBe(96 + 2 * 48)
    expect(labelledHeight(['Cast', 'Crew'])).toBe(96 + 2 * 20)
  })
})
