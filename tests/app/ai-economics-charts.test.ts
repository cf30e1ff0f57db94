// @vitest-environment jsdom
/**
 * The AI levers view's economics charts in jsdom with a real Pinia (vue-chartjs is replaced by a
 * stub that keeps its props: Chart.js cannot draw in jsdom): the break-even chart of the lever
 * chosen, and the person-days by section.
 */
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import type { ChartData } from 'chart.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Chart } from 'vue-chartjs'
import { breakEvenCurve } from '@/app/breakEvenCurve'
import BreakEvenPanel from '@/components/economics/BreakEvenPanel.vue'
import TornadoPanel from '@/components/uncertainty/TornadoPanel.vue'
import { tornado } from '@/engine/uncertainty'
import { computeProject } from '@/engine/compute'
import { parseProjectText } from '@/engine/validate'
import type { Project, Range } from '@/engine/types'
import AiView from '@/views/AiView.vue'
import { line, makeProject, scenario } from '../support/projects'
import { setup } from '../support/mount'

vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    Chart: defineComponent({
      name: 'ChartStub',
      props: { type: { type: String, required: true }, data: { type: Object, required: true }, options: { type: Object, default: () => ({}) } },
      setup: () => () => h('canvas'),
    }),
  }
})

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

const at = (x: number): Range => ({ low: x, likely: x, high: x })

/**
 * "gen" saves ¥600.00 for ¥60.00 of tools (¥2.00 a generation, 3 takes, 50 % of 20 minutes);
 * "sub" saves 10 % of ¥1,000.00 for a ¥150.00 monthly subscription (1 month): its tools cost more.
 */
function project(): Project {
  return makeProject({
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
    lines: [line('x', { kind: 'labor', qty: 10, unit: 'day', rate: 300 }), line('y', { rate: 1000 })],
    levers: [
      { id: 'gen', name: 'Gen', targets: { lines: ['x'] }, reduction: at(40), toolCost: { amount: 2, per: 'minute', section: 'ai', takes: at(3) } },
      { id: 'sub', name: 'Sub', targets: { lines: ['y'] }, reduction: at(10), toolCost: { amount: 150, per: 'month', section: 'ai' } },
    ],
    scenarios: [scenario('base', {}, { baseline: true, name: 'Traditional' }), scenario('s', { gen: 50, sub: 100 }, { name: 'AI' })],
  })
}

function presetProject(id: string): Project {
  const parsed = parseProjectText(readFileSync(join(import.meta.dirname, '..', '..', 'presets', `${id}.json`), 'utf8'))
  if (!parsed.ok) throw new Error(`preset ${id} is invalid`)
  return parsed.project
}

function chartOf(w: VueWrapper, kind: string) {
  const figure = w.get(`figure[data-chart="${kind}"]`)
  const chart = figure.findComponent(Chart)
  return { figure, type: chart.props('type') as string, data: chart.props('data') as ChartData, options: chart.props('options') as Record<string, unknown> }
}

describe('break-even chart', () => {
  it('draws, by default, the adopted lever whose tools cost the most, as the engine computes its net saving', () => {
    const { render, ui, store } = setup({ project: project() })
    ui.scenarioId = 's'
    const w = render(BreakEvenPanel)
    // sub's tools (¥150.00) cost more than gen's (¥60.00): it is drawn first
    expect(store.result.scenarios[1]!.vsBaseline.levers.map(l => l.tools)).toEqual([6000, 15000])
    expect((w.get('[data-testid="break-even-lever"]').element as HTMLSelectElement).value).toBe('sub')
    const c = chartOf(w, 'breakEven')
    expect(c.type).toBe('scatter')
    expect(c.figure.attributes('aria-label')).toBe('Does the AI tool pay off? — AI')
    // sub saves 10 % of ¥1,000.00 = ¥100.00; a month at ¥150.00: break-even ¥100.00 a month
    const curve = breakEvenCurve(store.project, 's', 'sub')!
    expect(curve.breakEven).toBe(10000)
    expect(c.data.datasets[0]!.data).toEqual(curve.points.map(p => ({ x: p.x, y: p.net })))
    expect(c.data.datasets[0]!.data).toContainEqual({ x: 15000, y: -5000 })
    // No takes: the line is against the price per month, and there is no axis to choose
    expect(w.find('[data-testid="break-even-axis"]').exists()).toBe(false)
    expect(w.get('.sr-only table').text()).toContain('CN¥150.00 (Now)')
  })

  it('draws the lever chosen, against its price per generation or its takes', async () => {
    const { render, ui } = setup({ project: project() })
    ui.scenarioId = 's'
    const w = render(BreakEvenPanel)
    await w.get('[data-testid="break-even-lever"]').setValue('gen')
    let c = chartOf(w, 'breakEven')
    const markers = (c.options.plugins as { markers: { lines: { label: string }[] } }).markers.lines.map(l => l.label)
    expect(markers).toEqual(['Break-even CN¥20.00', 'Now CN¥2.00'])
    expect((c.options.scales as { x: { title: { text: string } } }).x.title.text).toBe('Price per generation (CNY)')
    await w.get('[data-testid="break-even-axis"]').setValue('takes')
    c = chartOf(w, 'breakEven')
    expect((c.options.scales as { x: { title: { text: string } } }).x.title.text).toBe('Takes per usable result')
    expect((c.options.plugins as { markers: { lines: { label: string }[] } }).markers.lines.map(l => l.label)).toEqual(['Break-even 30', 'Now 3'])
  })

  it('in Chinese, and says what to do when no lever with a tool is adopted', async () => {
    const { render, ui, store } = setup({ project: project(), locale: 'zh-CN' })
    ui.scenarioId = 's'
    const w = render(BreakEvenPanel)
    await w.get('[data-testid="break-even-lever"]').setValue('gen')
    expect(chartOf(w, 'breakEven').figure.attributes('aria-label')).toBe('AI 工具能否回本？— AI')
    store.edit((d) => { d.scenarios[1]!.adoption = {} })
    await flushPromises()
    expect(w.find('figure').exists()).toBe(false)
    expect(w.get('.hint').text()).toBe('“AI”中没有采用带 AI 工具费用的杠杆：采用一个即可查看其回本价格。')
  })

  it('uses the first other scenario when the baseline is shown, and says so', () => {
    const { render, ui } = setup({ project: project() })
    ui.scenarioId = 'base'
    const c = chartOf(render(BreakEvenPanel), 'breakEven')
    expect(c.figure.attributes('aria-label')).toBe('Does the AI tool pay off? — AI')
    expect((c.options.plugins as { subtitle: { text: string[] } }).subtitle.text[0]).toBe('Viewing the baseline: compared with the first other scenario, AI.')
  })
})

describe('person-days chart', () => {
  it.each(['en', 'zh-CN'] as const)('sets the baseline’s person-days by section against the scenario’s, as the engine gives them (%s)', async (locale) => {
    const premium = presetProject('cn-premium-drama')
    const { render, ui } = setup({ project: premium, locale })
    ui.scenarioId = 'ai'
    const w = render(AiView)
    await flushPromises()
    const c = chartOf(w, 'personDays')
    const result = computeProject(premium)
    const days = (id: string) => result.scenarios.find(x => x.result.id === id)!.result.personDays.sections
    expect(c.data.labels).toEqual(locale === 'en' ? ['Script', 'Cast', 'Crew'] : ['剧本', '演员', '摄制组'])
    expect(c.data.datasets.map(d => d.data)).toEqual([
      days('baseline').filter(s => s.days !== 0).map(s => s.days),
      days('ai').filter(s => s.days !== 0).map(s => s.days),
    ])
    expect(c.data.datasets.map(d => d.data)).toEqual([[180, 700.4, 786], [157.5, 515.1, 610.3]])
    expect(c.figure.attributes('aria-label')).toBe(locale === 'en'
      ? 'Person-days — Traditional vs AI-assisted'
      : '人天 — 传统制作 对比 AI辅助制作')
  })

  it('says so when no line counts toward person-days', async () => {
    const p = makeProject({ lines: [line('x', { rate: 100 })], scenarios: [scenario('base', {}, { baseline: true }), scenario('s')] })
    const { render } = setup({ project: p })
    const w = render(AiView)
    await flushPromises()
    expect(w.find('figure[data-chart="personDays"]').exists()).toBe(false)
    expect(w.get('[data-testid="person-days-none"]').text()).toBe('No labor line is counted in days or follows a phase: there are no person-days to show.')
  })
})

describe('tornado with takes', () => {
  it('names a takes bar as such and draws its high takes as the end that saves less', () => {
    const p = project()
    p.levers![0]!.toolCost!.takes = { low: 1, likely: 3, high: 9 }
    const { render, ui } = setup({ project: p })
    ui.scenarioId = 's'
    const c = chartOf(render(TornadoPanel), 'tornado')
    const bars = tornado(p, p.scenarios[1]!).bars
    const takes = bars.find(b => b.kind === 'takes')!
    // gen's tools at 1 and 9 takes: ¥20.00 and ¥180.00 (likely 3: ¥60.00)
    expect(takes.high - takes.low).toBe(16000)
    const i = bars.indexOf(takes)
    expect(c.data.labels![i]).toBe('Takes of Gen')
    // Orange ("saves less") runs to the total at 9 takes, green ("saves more") to the total at 1
    expect(c.data.datasets[0]!.data[i]).toEqual([expect.any(Number), takes.high])
    expect(c.data.datasets[1]!.data[i]).toEqual([expect.any(Number), takes.low])
    expect((c.options.plugins as { subtitle: { text: string } }).subtitle.text).toBe('Takes bars: orange at the high takes per usable result (more generations paid), green at the low.')
  })
})
