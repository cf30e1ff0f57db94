// @vitest-environment jsdom
/**
 * Chart.js cannot draw in jsdom, so vue-chartjs is replaced by a stub <Chart> that renders a bare
 * canvas, keeps its `type`/`data`/`options` props and exposes a fake `chart` for toPng().
 */
import { mount } from '@vue/test-utils'
import type { ChartData, ChartOptions } from 'chart.js'
import { describe, expect, it, vi } from 'vitest'
import { Chart } from 'vue-chartjs'
import AppChart from '@/charts/AppChart.vue'
import type { GanttProps, SectionBarsProps, StackedBarsProps, WaterfallProps } from '@/charts/builders'
import { BASELINE_GREY, SAVING_GREEN, SCENARIO_BLUE } from '@/charts/palette'
import type { ChartSpec } from '@/charts/spec'

const toBase64Image = vi.hoisted(() => vi.fn((type?: string, quality?: number) => `data:${type};q=${quality}`))

vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    Chart: defineComponent({
      name: 'ChartStub',
      props: { type: { type: String, required: true }, data: { type: Object, required: true }, options: { type: Object, default: () => ({}) } },
      setup(_props, { expose }) {
        expose({ chart: { toBase64Image } })
        return () => h('canvas')
      },
    }),
  }
})

type Label = (item: { datasetIndex: number; dataIndex: number; dataset: { label?: string } }) => string

function barProps(wrapper: ReturnType<typeof mount>) {
  const bar = wrapper.findComponent(Chart)
  expect(bar.exists()).toBe(true)
  expect(bar.props('type')).toBe('bar')
  return {
    data: bar.props('data') as ChartData<'bar'>,
    options: bar.props('options') as ChartOptions<'bar'>,
  }
}

function tableText(wrapper: ReturnType<typeof mount>): string[][] {
  return wrapper.findAll('.sr-only table tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
}

const section: SectionBarsProps = {
  title: 'Cost by section — Traditional vs AI-assisted',
  axisLabel: 'Cost (CNY)',
  categories: ['Cast', 'Post-production'],
  series: [
    { label: 'Traditional', values: [4_520_000, 1_000_000], kind: 'baseline' },
    { label: 'AI-assisted', values: [4_000_000, 1_500_050], kind: 'scenario' },
  ],
  currency: 'CNY',
  digits: 2,
  locale: 'zh-CN',
}

describe('AppChart: cost by section', () => {
  it('passes the built data and options to <Bar> inside a labelled figure', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'sections', props: section } as ChartSpec } })
    const { data, options } = barProps(wrapper)
    expect(data.labels).toEqual(['Cast', 'Post-production'])
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['Traditional', [4_520_000, 1_000_000], BASELINE_GREY],
      ['AI-assisted', [4_000_000, 1_500_050], SCENARIO_BLUE],
    ])
    expect(options.indexAxis).toBe('y')
    expect(options.plugins?.title?.text).toBe(section.title)
    expect(options.maintainAspectRatio).toBe(false)
    const label = options.plugins?.tooltip?.callbacks?.label as unknown as Label
    expect(label({ datasetIndex: 1, dataIndex: 1, dataset: { label: 'AI-assisted' } })).toBe('AI-assisted: ¥15,000.50')

    const figure = wrapper.get('figure.chart')
    expect(figure.attributes('aria-label')).toBe(section.title)
    expect(figure.get('.chart__box').attributes('style')).toContain('height: 280px')
    expect(figure.find('canvas').exists()).toBe(true)
  })

  it('has a screen-reader table of the amounts', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'sections', props: section } as ChartSpec } })
    expect(wrapper.get('.sr-only table caption').text()).toBe(section.title)
    expect(tableText(wrapper)).toEqual([
      ['', 'Traditional', 'AI-assisted'],
      ['Cast', '¥45,200.00', '¥40,000.00'],
      ['Post-production', '¥10,000.00', '¥15,000.50'],
    ])
    expect(wrapper.findAll('tbody th[scope="row"]')).toHaveLength(2)
  })

  it('follows prop changes and takes a height', async () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'sections', props: section } as ChartSpec, height: '40vh' } })
    expect(wrapper.get('.chart__box').attributes('style')).toContain('height: 40vh')
    await wrapper.setProps({
      height: 360,
      spec: { kind: 'sections', props: { ...section, series: [{ label: 'Traditional', values: [1, 2], kind: 'baseline' as const }] } },
    })
    const { data, options } = barProps(wrapper)
    expect(data.datasets).toHaveLength(1)
    expect(data.datasets[0]!.data).toEqual([1, 2])
    expect(options.plugins?.legend?.display).toBe(false)
    expect(wrapper.get('.chart__box').attributes('style')).toContain('height: 360px')
    expect(tableText(wrapper)[1]).toEqual(['Cast', '¥0.01'])
  })

  it('exports the drawn chart as a PNG', () => {
    toBase64Image.mockClear()
    const wrapper = mount(AppChart, { props: { spec: { kind: 'sections', props: section } as ChartSpec } })
    const vm = wrapper.vm as unknown as { toPng(): string | undefined }
    expect(vm.toPng()).toBe('data:image/png;q=1')
    expect(toBase64Image).toHaveBeenCalledWith('image/png', 1)
  })
})

describe('AppChart: waterfall', () => {
  const props: WaterfallProps = {
    title: '从传统到 AI 辅助',
    axisLabel: '成本（元）',
    steps: [
      { label: '传统', amount: 10_000_000, kind: 'total' },
      { label: '演员', amount: -1_234_500, kind: 'change' },
      { label: 'AI 工具', amount: 300_000, kind: 'change' },
      { label: 'AI 辅助', amount: 9_065_500, kind: 'total' },
    ],
    currency: 'CNY',
    digits: 2,
    locale: 'zh-CN',
  }

  it('renders floating bars, a hidden legend and signed tooltips', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'waterfall', props } as ChartSpec, height: 320 } })
    const { data, options } = barProps(wrapper)
    expect(data.datasets[0]!.data).toEqual([
      [0, 10_000_000],
      [10_000_000, 8_765_500],
      [8_765_500, 9_065_500],
      [0, 9_065_500],
    ])
    expect((data.datasets[0]!.backgroundColor as string[])[1]).toBe(SAVING_GREEN)
    expect(options.plugins?.legend?.display).toBe(false)
    const label = options.plugins?.tooltip?.callbacks?.label as unknown as Label
    expect(label({ datasetIndex: 0, dataIndex: 1, dataset: {} })).toBe('−¥12,345.00')
    expect(wrapper.get('figure').attributes('aria-label')).toBe(props.title)
    expect(wrapper.get('.chart__box').attributes('style')).toContain('height: 320px')
  })

  it('has a screen-reader table of the steps', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'waterfall', props } as ChartSpec } })
    expect(wrapper.get('caption').text()).toBe(props.title)
    expect(tableText(wrapper)).toEqual([
      ['', '成本（元）'],
      ['传统', '¥100,000.00'],
      ['演员', '−¥12,345.00'],
      ['AI 工具', '+¥3,000.00'],
      ['AI 辅助', '¥90,655.00'],
    ])
  })
})

describe('AppChart: stacked', () => {
  const props: StackedBarsProps = {
    title: 'Labour vs non-labour',
    axisLabel: 'Cost (JPY)',
    categories: ['Traditional', 'AI-assisted'],
    stacks: [
      { label: 'Labour', values: [600_000, 400_000] },
      { label: 'Non-labour', values: [400_000, 456_555] },
    ],
    currency: 'JPY',
    digits: 0,
    locale: 'en',
    totalLabel: 'Total',
  }

  it('renders stacked datasets and a table with totals', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'stacked', props } as ChartSpec } })
    const { data, options } = barProps(wrapper)
    expect(data.datasets.map((d) => d.stack)).toEqual(['total', 'total'])
    expect(options.scales?.y?.stacked).toBe(true)
    expect(options.plugins?.title?.text).toBe('Labour vs non-labour')
    expect(tableText(wrapper)).toEqual([
      ['', 'Labour', 'Non-labour', 'Total'],
      ['Traditional', '¥600,000', '¥400,000', '¥1,000,000'],
      ['AI-assisted', '¥400,000', '¥456,555', '¥856,555'],
    ])
  })
})

describe('AppChart: Gantt', () => {
  const props: GanttProps = {
    title: 'Schedule — Traditional vs AI-assisted',
    axisLabel: 'Days',
    rows: [
      { label: 'Shooting', bars: [{ series: 'Traditional', start: 27, finish: 33 }, { series: 'AI-assisted', start: 20, finish: 25 }] },
      { label: 'Post', bars: [{ series: 'Traditional', start: 33, finish: 50 }] },
    ],
    locale: 'en',
  }

  it('renders one dataset per series with the default tooltip', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'gantt', props } as ChartSpec } })
    const { data, options } = barProps(wrapper)
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Traditional', [[27, 33], [33, 50]]],
      ['AI-assisted', [[20, 25], null]],
    ])
    expect(options.scales?.x?.max).toBe(50)
    const label = options.plugins?.tooltip?.callbacks?.label as unknown as Label
    expect(label({ datasetIndex: 0, dataIndex: 0, dataset: {} })).toBe('Traditional: 27 → 33 (6 d)')
    expect(tableText(wrapper)).toEqual([
      ['', 'Traditional', 'AI-assisted'],
      ['Shooting', '27 → 33 (6 d)', '20 → 25 (5 d)'],
      ['Post', '33 → 50 (17 d)', ''],
    ])
  })

  it('uses the caller’s tooltip text in tooltips and the table', () => {
    const tooltip = (row: { label: string }, bar: { start: number; finish: number }) =>
      `${row.label}: day ${bar.start} → ${bar.finish} (${bar.finish - bar.start} days)`
    const wrapper = mount(AppChart, { props: { spec: { kind: 'gantt', props: { ...props, tooltip } } as ChartSpec } })
    const label = barProps(wrapper).options.plugins?.tooltip?.callbacks?.label as unknown as Label
    expect(label({ datasetIndex: 0, dataIndex: 0, dataset: {} })).toBe('Shooting: day 27 → 33 (6 days)')
    expect(tableText(wrapper)[1]).toEqual(['Shooting', 'Shooting: day 27 → 33 (6 days)', 'Shooting: day 20 → 25 (5 days)'])
  })

  it('exposes toPng', () => {
    const wrapper = mount(AppChart, { props: { spec: { kind: 'gantt', props } as ChartSpec } })
    expect((wrapper.vm as unknown as { toPng(): string | undefined }).toPng()).toBe('data:image/png;q=1')
  })
})
