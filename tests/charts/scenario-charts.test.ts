/**
 * The chart kinds of the scenario views: total cost against calendar days, the Monte Carlo
 * histogram, the tornado, and cost by section per scenario as horizontal stacks.
 */
import type { TooltipItem } from 'chart.js'
import { describe, expect, it } from 'vitest'
import {
  binPosition,
  costDays,
  costDaysTable,
  histogramChart,
  histogramTable,
  stackedBars,
  tornadoChart,
  tornadoTable,
} from '@/charts/builders'
import type { CostDaysProps, HistogramProps, TornadoProps } from '@/charts/builders'
import { chartProps } from '@/charts/fromResults'
import type { ChartTexts } from '@/charts/fromResults'
import { COST_ORANGE, SAVING_GREEN, SCENARIO_BLUE, TOTAL_SLATE } from '@/charts/palette'
import { buildChart } from '@/charts/spec'
import { computeProject } from '@/engine/compute'
import { fixtureProject } from '../support/builders'

const fmt = { currency: 'CNY', digits: 2, locale: 'en' }
type Label = (item: Pick<TooltipItem<'bar'>, 'datasetIndex' | 'dataIndex' | 'dataset'>) => string

describe('total cost against calendar days', () => {
  const props: CostDaysProps = {
    ...fmt,
    title: 'Total cost vs calendar days',
    axisCost: 'Cost (CNY)',
    axisDays: 'Calendar days',
    daysText: n => `${n} days`,
    points: [
      { label: 'Traditional', total: 45_000_000, days: 47, reference: true },
      { label: 'AI-assisted', total: 38_000_000, days: 41 },
    ],
  }

  it('draws one labelled point per scenario, the reference larger and in slate', () => {
    const c = costDays(props)
    expect(c.type).toBe('scatter')
    expect(c.data.datasets[0]!.data).toEqual([{ x: 47, y: 45_000_000 }, { x: 41, y: 38_000_000 }])
    expect(c.data.datasets[0]!.pointBackgroundColor).toEqual([TOTAL_SLATE, SCENARIO_BLUE])
    expect(c.options.plugins?.pointLabels).toEqual({ labels: ['Traditional', 'AI-assisted'] })
    // A day of room either side, the ends left to Chart.js to round
    expect(c.options.scales?.x).toMatchObject({ type: 'linear', grace: 1 })
    expect(c.options.scales?.x?.min).toBeUndefined()
    const label = c.options.plugins?.tooltip?.callbacks?.label as unknown as (i: { dataIndex: number }) => string
    expect(label({ dataIndex: 1 })).toBe('AI-assisted: CN¥380,000.00 · 41 days')
    expect(costDaysTable(props).rows).toEqual([
      { label: 'Traditional', cells: ['CN¥450,000.00', '47'] },
      { label: 'AI-assisted', cells: ['CN¥380,000.00', '41'] },
    ])
    expect(buildChart({ kind: 'costDays', props }).title).toBe(props.title)
  })

  it('gives scenarios at the same place one label, and lists them all in the tooltip', async () => {
    const { pointLabelTexts } = await import('@/charts/builders')
    const copies = [...props.points, { label: 'Copy 1', total: 38_000_000, days: 41 }, { label: 'Copy 2', total: 38_000_000, days: 41 }]
    expect(pointLabelTexts(copies)).toEqual(['Traditional', 'AI-assisted +2', '', ''])
    expect(costDays({ ...props, points: copies }).options.interaction).toEqual({ mode: 'point', intersect: true })
  })
})

describe('Monte Carlo histogram', () => {
  const props: HistogramProps = {
    ...fmt,
    title: 'Total cost over 1,000 iterations',
    axisCost: 'Total (CNY)',
    axisCount: 'Iterations',
    bins: [{ from: 100_00, to: 200_00, count: 3 }, { from: 200_00, to: 300_00, count: 5 }, { from: 300_00, to: 400_00, count: 2 }],
    markers: [{ label: 'Point estimate', value: 250_00, kind: 'point' }, { label: 'P90', value: 400_00, kind: 'percentile' }],
  }

  it('places a value on the category axis of the bins', () => {
    // Bin j spans j − 0.5 … j + 0.5
    expect(binPosition(props.bins, 100_00)).toBe(-0.5)
    expect(binPosition(props.bins, 250_00)).toBe(1)
    expect(binPosition(props.bins, 400_00)).toBe(2.5)
    expect(binPosition([], 5)).toBe(0)
  })

  it('draws the counts, marks the point estimate solid orange and percentiles dashed', () => {
    const c = histogramChart(props)
    expect(c.data.datasets[0]!.data).toEqual([3, 5, 2])
    expect(c.options.plugins?.markers?.lines).toEqual([
      { value: 1, label: 'Point estimate', color: COST_ORANGE },
      { value: 2.5, label: 'P90', color: TOTAL_SLATE, dash: [4, 3] },
    ])
    expect(histogramTable(props).rows.at(-2)).toEqual({ label: 'Point estimate', cells: ['CN¥250.00'] })
  })
})

describe('tornado', () => {
  const props: TornadoProps = {
    ...fmt,
    title: 'Sensitivity',
    axisLabel: 'Total (CNY)',
    likely: 1_000_00,
    likelyLabel: 'Likely',
    lowLabel: 'At its low value',
    highLabel: 'At its high value',
    swingLabel: 'Swing',
    rows: [{ label: 'Live action', low: 1_200_00, high: 900_00 }, { label: 'Dubbing', low: 1_050_00, high: 980_00 }],
  }

  it('draws each lever from the likely total to its low and high totals, overlapping on one row', () => {
    const c = tornadoChart(props)
    expect(c.data.labels).toEqual(['Live action', 'Dubbing'])
    expect(c.data.datasets.map(d => [d.label, d.data, d.backgroundColor, d.grouped])).toEqual([
      ['At its low value', [[1_000_00, 1_200_00], [1_000_00, 1_050_00]], COST_ORANGE, false],
      ['At its high value', [[1_000_00, 900_00], [1_000_00, 980_00]], SAVING_GREEN, false],
    ])
    expect(c.options.plugins?.markers?.lines?.[0]?.value).toBe(1_000_00)
    const label = c.options.plugins?.tooltip?.callbacks?.label as unknown as Label
    expect(label({ datasetIndex: 0, dataIndex: 0, dataset: { label: 'At its low value', data: [] } })).toBe('At its low value: CN¥1,200.00 (+CN¥200.00)')
    expect(tornadoTable(props).rows[0]).toEqual({ label: 'Live action', cells: ['CN¥1,200.00', 'CN¥900.00', 'CN¥300.00'] })
  })
})

describe('tornado axis', () => {
  it('ends on round numbers with some room, never below zero', async () => {
    const { niceBounds } = await import('@/charts/builders')
    // 319,000–473,000 (in yuan, as fen): a span of 154,000 → steps of 50,000
    expect(niceBounds(31_900_000, 47_300_000)).toEqual([30_000_000, 50_000_000])
    expect(niceBounds(100, 5_000)).toEqual([0, 5_500])
  })
})

describe('cost by section per scenario', () => {
  it('can lay the stacks out horizontally, one bar per scenario', () => {
    const c = stackedBars({ ...fmt, title: 't', axisLabel: 'a', categories: ['A', 'B'], stacks: [{ label: 'Crew', values: [1, 2] }], horizontal: true })
    expect(c.options.indexAxis).toBe('y')
    expect(c.options.scales?.y?.type).toBe('category')
    expect(c.options.scales?.x?.type).toBe('linear')
  })
})

describe('charts when the baseline is shown', () => {
  const texts: ChartTexts = {
    locale: 'en', name: (_k, id) => id, sectionsTitle: 's', waterfallTitle: 'w', laborTitle: 'l', ganttTitle: 'g',
    axisCost: 'c', axisDays: 'd', planChanges: 'plan', toolCosts: 'tools', markupsChange: 'markups', labor: 'lab', nonLabor: 'non', subtotal: 'sub',
    seriesWithDays: (s, n) => `${s} (${n})`,
  }

  it('never sets the baseline against itself: one total, one series, one schedule', () => {
    const base = computeProject(fixtureProject()).scenarios[0]!
    const props = chartProps(base, base, { ...texts, note: 'alone' })
    expect(props.waterfall.steps).toEqual([{ label: 'baseline', amount: base.result.total, kind: 'total' }])
    expect(props.sections.series).toHaveLength(1)
    expect(props.labor.categories).toEqual(['baseline'])
    expect(props.gantt.rows[0]!.bars).toHaveLength(1)
    expect(props.sections.subtitle).toBe('alone')
  })

  it('puts the note and the waterfall\'s reading under the waterfall\'s title', () => {
    const [base, ai] = computeProject(fixtureProject()).scenarios
    const props = chartProps(base!, ai!, { ...texts, note: 'n', waterfallNote: 'savings before tools' })
    expect(props.waterfall.subtitle).toEqual(['n', 'savings before tools'])
    expect(buildChart({ kind: 'waterfall', props: props.waterfall }).config.options.plugins?.subtitle).toMatchObject({ display: true, text: ['n', 'savings before tools'] })
  })
})
