// @vitest-environment jsdom
/**
 * The scenario views in jsdom with a real Pinia: the manager (copy, override, delete, baseline),
 * the compare table against the engine, the explanation panel, the offers to create a scenario,
 * and the Monte Carlo store driven through the worker's own handler.
 */
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { blankProject } from '@/app/presets'
import { formatAmount, formatPercent, formatSignedAmount } from '@/app/format'
import { computeProject } from '@/engine/compute'
import { monteCarlo } from '@/engine/uncertainty'
import type { Project } from '@/engine/types'
import CompareTable from '@/components/compare/CompareTable.vue'
import ExplainDialog from '@/components/explain/ExplainDialog.vue'
import LeversPanel from '@/components/levers/LeversPanel.vue'
import ScenarioDetail from '@/components/scenarios/ScenarioDetail.vue'
import ScenarioList from '@/components/scenarios/ScenarioList.vue'
import ScheduleEditor from '@/components/schedule/ScheduleEditor.vue'
import TopsheetTable from '@/components/budget/TopsheetTable.vue'
import { useExplainStore } from '@/stores/explain'
import { deleteScenario, ScenarioEditError } from '@/stores/scenarioEdits'
import { setWorkerFactory, useUncertaintyStore } from '@/stores/uncertainty'
import type { WorkerLike } from '@/stores/uncertainty'
import { monteCarloHandler } from '@/workers/monteCarlo'
import type { McRequest, McResponse } from '@/workers/monteCarlo'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseProjectText } from '@/engine/validate'
import example from '../fixtures/model-example.json'
import { setup, typeAndCommit } from '../support/mount'

/** MODEL.md's example (tests/fixtures/model-example.json). */
function fixtureProject(): Project {
  return structuredClone(example) as unknown as Project
}

/** A preset file from presets/, as the app loads it. */
function presetProject(id: string): Project {
  const parsed = parseProjectText(readFileSync(join(import.meta.dirname, '..', '..', 'presets', `${id}.json`), 'utf8'))
  if (!parsed.ok) throw new Error(`preset ${id} is invalid`)
  return parsed.project
}

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

const totals = (store: { result: ReturnType<typeof computeProject> }) =>
  Object.fromEntries(store.result.scenarios.map(c => [c.result.id, c.result.total]))

/** The data cells of the compare table's row `row`, by scenario id. */
function compareRow(w: VueWrapper, row: string): Record<string, string> {
  return Object.fromEntries(w.get(`tr[data-row="${row}"]`).findAll('td').map(td => [td.attributes('data-scenario'), td.text()]))
}

describe('scenario manager', () => {
  it('duplicating a scenario and changing one override changes only that scenario\'s figures', async () => {
    const { render, store, ui } = setup({ project: presetProject('cn-micro-drama') })
    ui.scenarioId = 'ai'
    const detail = render(ScenarioDetail)
    const before = totals(store)

    await detail.get('button[aria-label="Duplicate AI-assisted"]').trigger('click')
    // The copy is shown, right after its source, with the same figures
    expect(ui.scenarioId).toBe('ai-assisted-copy')
    expect(store.project.scenarios.map(s => s.id)).toEqual(['baseline', 'ai', 'ai-assisted-copy', 'ai-aggressive'])
    expect(totals(store)['ai-assisted-copy']).toBe(before.ai)

    // Given the copy, when its shoot days go from 8 to 10
    const shoot = detail.get('input[aria-label="Shooting days in AI-assisted (copy)"]')
    await typeAndCommit(shoot, '10')
    const after = totals(store)
    // Then only the copy changes, and by what the engine says
    expect(store.project.scenarios[2]!.overrides).toEqual({ phases: { shoot: { days: 10 } } })
    expect(after.baseline).toBe(before.baseline)
    expect(after.ai).toBe(before.ai)
    expect(after['ai-aggressive']).toBe(before['ai-aggressive'])
    const expected = structuredClone(store.project)
    expect(after['ai-assisted-copy']).toBe(computeProject(expected).scenarios[2]!.result.total)
    expect(after['ai-assisted-copy']).toBeGreaterThan(before.ai!)

    // The value is marked as the scenario's own, against the project's 8, and resets
    const row = shoot.element.closest('tr')!
    expect(row.classList.contains('overridden')).toBe(true)
    await detail.get('button[aria-label="Reset Shooting days to the project’s 8"]').trigger('click')
    expect(store.project.scenarios[2]!.overrides).toBeUndefined()
    expect(totals(store)['ai-assisted-copy']).toBe(before.ai)
  })

  it('overrides a line\'s rate in one scenario only', async () => {
    const { render, store, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'ai'
    const detail = render(ScenarioDetail)
    const before = totals(store)
    await detail.get('select[aria-label="Pick a line"]').setValue('camera')
    await detail.findAll('button').find(b => b.text() === '+ Change a line in this scenario')!.trigger('click')
    const rate = detail.get('input[aria-label="Rate Camera package in AI-assisted"]')
    expect((rate.element as HTMLInputElement).value).toBe('1,500')
    await typeAndCommit(rate, '1000')
    expect(store.project.scenarios[1]!.overrides!.lines).toEqual({ dp: { rate: 2800 }, camera: { rate: 1000 } })
    expect(store.project.lines.find(l => l.id === 'camera')!.rate).toBe(1500)
    // Camera: 6 shoot days × 500 less, plus 10 % contingency
    expect(totals(store).ai).toBe(before.ai! - (6 * 500 * 100) * 1.1)
    expect(totals(store).baseline).toBe(before.baseline)
  })

  it('deleting the baseline is refused until another scenario is named to take its place', async () => {
    const { render, store, ui } = setup({ project: presetProject('cn-micro-drama') })
    // The edit itself refuses, and the project stays as it was
    const before = store.project
    const problems = store.edit(p => deleteScenario(p, 'baseline'))
    expect(problems.map(x => x.message)).toEqual([`the change could not be applied (${new ScenarioEditError('baseline').message})`])
    expect(store.project).toBe(before)

    ui.scenarioId = 'baseline'
    const detail = render(ScenarioDetail)
    await detail.get('button[aria-label="Delete Traditional"]').trigger('click')
    const ask = detail.get('[role="alertdialog"]')
    expect(ask.text()).toContain('“Traditional” is the baseline. Which scenario becomes the baseline?')
    // Nothing is deleted yet
    expect(store.project.scenarios).toHaveLength(3)
    await ask.get('select').setValue('ai-aggressive')
    await ask.get('button.danger').trigger('click')
    expect(store.project.scenarios.map(s => [s.id, s.baseline])).toEqual([['ai', undefined], ['ai-aggressive', true]])
    expect(store.result.baselineId).toBe('ai-aggressive')
    // Undo brings it back
    store.undo()
    expect(store.result.baselineId).toBe('baseline')
  })

  it('makes another scenario the baseline, renames and reorders', async () => {
    const { render, store, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'ai'
    const detail = render(ScenarioDetail)
    const list = render(ScenarioList)
    await detail.findAll('button').find(b => b.text() === 'Make it the baseline')!.trigger('click')
    expect(store.result.baselineId).toBe('ai')
    const name = detail.get('input.text')
    await name.setValue('AI, 60 episodes')
    await name.trigger('change')
    expect(store.project.scenarios[1]!.name).toBe('AI, 60 episodes')
    await list.get('button[aria-label="Move AI, 60 episodes up"]').trigger('click')
    expect(store.project.scenarios.map(s => s.id)).toEqual(['ai', 'baseline'])
    expect(list.findAll('li .name').map(n => n.text())).toEqual(['AI, 60 episodes', 'Traditional'])
  })

  it('creates a scenario as a copy from the list, and shows it', async () => {
    const { render, store, ui } = setup({ project: fixtureProject() })
    const list = render(ScenarioList)
    await list.get('form input').setValue('Ten shoot days')
    await list.get('form select').setValue('ai')
    await list.get('form').trigger('submit')
    expect(ui.scenarioId).toBe('ten-shoot-days')
    expect(store.project.scenarios[2]).toMatchObject({ id: 'ten-shoot-days', name: 'Ten shoot days', adoption: { 'ai-live-action': 100 } })
    expect(list.get('li.selected .name').text()).toBe('Ten shoot days')
  })

  it('the schedule edits the shown scenario\'s own days', async () => {
    const { render, store, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'ai'
    const w = render(ScheduleEditor)
    const days = w.get('input[aria-label="Shooting days in AI-assisted"]')
    // The scenario plans 7 shoot days, cut to 6 by its lever
    expect((days.element as HTMLInputElement).value).toBe('7')
    expect(days.element.closest('td')!.textContent).toContain('→ 6')
    await typeAndCommit(days, '9')
    expect(store.project.scenarios[1]!.overrides!.phases).toEqual({ shoot: { days: 9 } })
    expect(store.project.phases.find(p => p.id === 'shoot')!.days).toBe(8)
  })
})

describe('where a scenario is missing, the app offers to create one', () => {
  it('a blank project starts with a baseline and an AI scenario', () => {
    const p = blankProject('Untitled', 'CNY', 'zh-CN')
    expect(p.scenarios.map(s => [s.id, s.baseline ?? false])).toEqual([['baseline', true], ['ai', false]])
  })

  it('the levers panel on a baseline-only project creates an AI scenario and shows it', async () => {
    const only = fixtureProject()
    only.scenarios = [only.scenarios[0]!]
    const { render, store, ui } = setup({ project: only })
    const w = render(LeversPanel)
    const top = render(TopsheetTable)
    expect(w.get('.notice').text()).toContain('You are viewing the baseline')
    expect(top.text()).toContain('Create an AI scenario')
    await w.get('.notice button').trigger('click')
    expect(store.project.scenarios.map(s => s.id)).toEqual(['baseline', 'ai-assisted'])
    expect(ui.scenarioId).toBe('ai-assisted')
    expect(w.find('.notice').exists()).toBe(false)
  })

  it('with an AI scenario, the baseline\'s notice offers to show it', async () => {
    const { render, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'baseline'
    const w = render(LeversPanel)
    await w.get('.notice button').trigger('click')
    expect(ui.scenarioId).toBe('ai')
  })
})

describe('compare table', () => {
  it.each(['cn-micro-drama', 'cn-premium-drama', 'us-vertical-drama', 'ai-animated-short'])('%s: changes equal the engine\'s vsBaseline exactly', (id) => {
    const project = presetProject(id)
    const { render } = setup({ project })
    const w = render(CompareTable, { reference: 'baseline' })
    const engine = computeProject(project)
    const digits = engine.scenarios[0]!.result.digits
    const change = compareRow(w, 'change')
    const total = compareRow(w, 'total')
    for (const { result, vsBaseline } of engine.scenarios) {
      expect(total[result.id]).toBe(formatAmount(result.total, digits, 'en'))
      expect(change[result.id]).toBe(result.baseline ? '—' : formatSignedAmount(vsBaseline.change, digits, 'en'))
      if (!result.baseline) expect(compareRow(w, 'change-pct')[result.id]).toBe(formatPercent((vsBaseline.change / engine.scenarios[0]!.result.total) * 100, 'en', true))
    }
  })

  it('measures changes against another reference when asked', async () => {
    const project = presetProject('cn-micro-drama')
    const { render } = setup({ project })
    const w = render(CompareTable, { reference: 'ai' })
    const r = Object.fromEntries(computeProject(project).scenarios.map(c => [c.result.id, c.result.total]))
    const change = compareRow(w, 'change')
    expect(change.ai).toBe('—')
    expect(change.baseline).toBe(formatSignedAmount(r.baseline! - r.ai!, 2, 'en'))
    expect(change['ai-aggressive']).toBe(formatSignedAmount(r['ai-aggressive']! - r.ai!, 2, 'en'))
    expect(w.get('th.ref').attributes('data-scenario')).toBe('ai')
  })

  it('reads with 20 scenarios: one column each', () => {
    const project = presetProject('cn-micro-drama')
    for (let k = 0; k < 17; k++) project.scenarios.push({ id: `s${k}`, name: `Scenario ${k}`, adoption: { 'ai-live-action': k * 5 } })
    const { render } = setup({ project })
    const w = render(CompareTable, { reference: 'baseline' })
    expect(w.findAll('thead th[data-scenario]')).toHaveLength(20)
    expect(Object.keys(compareRow(w, 'total'))).toHaveLength(20)
  })
})

describe('explaining a figure on screen', () => {
  /** Amount text → minor units. */
  const minor = (text: string) => Math.round(Number(text.replace(/[^\d.\-−]/g, '').replace('−', '-')) * 100)

  it('from the compare table: the sections add up to the subtotal, and with the markups to the total', async () => {
    const project = presetProject('cn-premium-drama')
    const { render, store } = setup({ project })
    const table = render(CompareTable, { reference: 'baseline' })
    await table.get('button[aria-label="How Total of Aggressive AI is made"]').trigger('click')
    const explain = useExplainStore()
    expect(explain.target).toEqual({ scenario: 'ai-aggressive', figure: { kind: 'total' } })
    const w = render(ExplainDialog)
    const result = store.result.scenarios.find(c => c.result.id === 'ai-aggressive')!.result
    const rows = w.get('[data-testid="explain-sum"]').findAll('tr')
    const sections = rows.filter(r => r.attributes('data-section')).map(r => minor(r.get('td').text()))
    const markups = rows.filter(r => r.attributes('data-markup')).map(r => minor(r.get('td').text()))
    const total = minor(rows.at(-1)!.get('td').text())
    expect(sections).toEqual(result.sections.map(s => s.amount))
    expect(sections.reduce((a, b) => a + b, 0) + markups.reduce((a, b) => a + b, 0)).toBe(total)
    expect(total).toBe(result.total)

    // A section opens on its lines, whose amounts add up to it
    const crew = rows.find(r => r.attributes('data-section') === 'crew')!
    await crew.get('button').trigger('click')
    const lines = w.findAll('.explain-lines tbody tr[data-line], .explain-lines tbody tr[data-tool]').map(r => minor(r.findAll('td').at(-1)!.text()))
    expect(lines.reduce((a, b) => a + b, 0)).toBe(result.sections.find(s => s.id === 'crew')!.amount)
    await w.get('button[aria-label="Close"]').trigger('click')
    expect(explain.target).toBeNull()
  })

  it('from the topsheet: a line shows quantity × count × rate × the lever\'s factor', async () => {
    const { render, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'ai'
    const top = render(TopsheetTable)
    await top.get('button[aria-label="How Crew of AI-assisted is made"]').trigger('click')
    const w = render(ExplainDialog)
    const dp = w.get('tr[data-line="dp"]')
    const cells = dp.findAll('td').map(td => td.text())
    // 6 shoot days (7 planned, cut by the lever) × 1 × 2,800 × 0.667 = 11,205.60; + 12 % fringe
    expect(cells[0]).toContain('6')
    expect(cells[0]).toContain('Shooting: 7 → 6 days')
    expect(cells.slice(1, 3)).toEqual(['1', '2,800'])
    expect(cells[3]).toContain('0.667')
    expect(cells[3]).toContain('1 − 100.0% × 33.3%')
    expect(cells.slice(4)).toEqual(['11,205.60', '1,344.6712.0%', '12,550.27'])
    expect(w.get('[data-testid="explain-amount"]').text()).toBe('CN¥21,550.27')
  })
})

describe('Monte Carlo through the worker\'s handler', () => {
  /** A worker that runs the real handler in this thread, a slice per macrotask. */
  function inProcess(): WorkerLike {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: m => handle(m),
      terminate: () => { stopped = true },
    }
    let stopped = false
    const handle: (m: McRequest) => void = monteCarloHandler((m: McResponse) => {
      if (!stopped) w.onmessage?.({ data: structuredClone(m) } as MessageEvent<McResponse>)
    }, { sliceMs: 1, later: fn => setTimeout(() => { if (!stopped) fn() }, 0) })
    return w
  }

  it('gives the engine\'s figures per scenario, keeps them until the project changes, and cancels', async () => {
    const restore = setWorkerFactory(inProcess)
    try {
      const project: Project = presetProject('cn-micro-drama')
      const { store } = setup({ project })
      const mc = useUncertaintyStore()
      mc.iterations = 3_000
      mc.seed = 5
      mc.run()
      expect(mc.running).not.toBeNull()
      await vi.waitFor(() => expect(mc.running).toBeNull(), { timeout: 10_000 })
      for (const s of project.scenarios) expect(mc.results[s.id]!.result).toEqual(monteCarlo(project, s, { iterations: 3_000, seed: 5 }))

      // A cancel stops a run at once; what was done stays
      mc.iterations = 200_000
      mc.run(['ai'])
      await new Promise(r => setTimeout(r, 20))
      expect(mc.progress).toBeLessThan(1)
      mc.cancel()
      expect(mc.running).toBeNull()
      await flushPromises()
      expect(mc.results.ai!.result.iterations).toBe(3_000)

      // An edit of the project drops the results
      store.setAdoption('ai', 'ai-live-action', 10)
      await flushPromises()
      expect(mc.results).toEqual({})
    }
    finally {
      setWorkerFactory(restore)
    }
  })
})

describe('what a lever really does', () => {
  it('the card names its amount as net of tools, with markups, and shows the change on its own lines, shoot-day cut included', async () => {
    const { render, store, ui } = setup({ project: fixtureProject() })
    ui.scenarioId = 'ai'
    const w = render(LeversPanel)
    const share = store.result.scenarios[1]!.vsBaseline.levers[0]!
    expect(w.get('.lever-effect').text()).toBe(`+CN¥${formatAmount(share.amount, 2, 'en')}`)
    expect(w.get('.effect-label').text()).toBe('net of tools, with markups')
    // The tooltip reconciles it with the waterfall's bar: the saving before the tools' 72,000.00
    expect(w.get('.lever-effect-box').attributes('title')).toBe(
      `Its part of the change in AI-assisted: gross saving −CN¥${formatAmount(share.grossSaving, 2, 'en')} on its lines (its bar in the waterfall), AI tools +CN¥72,000.00, then the markups on the change: +CN¥${formatAmount(share.amount, 2, 'en')} net.`)
    // Its lines (DP and lead) with no lever: 7 planned days: 19,600 + 2,352 fringe + 35,000 = 56,952.00;
    // with it: 6 days × 0.667: 11,205.60 + 1,344.67 + 20,010.00 = 32,560.27, that is −42.8 %, not −33.3 %
    expect(w.get('[data-testid="lever-lines-effect"]').text()).toBe('its lines −42.8% in AI-assisted')
    expect(w.get('[data-testid="lever-lines-effect"]').attributes('title')).toContain('cost CN¥56,952.00 with no lever and CN¥32,560.27 with this lever alone')
  })
})
