// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LeversPanel from '@/components/levers/LeversPanel.vue'
import TopsheetTable from '@/components/budget/TopsheetTable.vue'
import KpiBar from '@/components/shell/KpiBar.vue'
import LeverLibrary from '@/components/levers/LeverLibrary.vue'
import { flushPromises } from '@vue/test-utils'
import { parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'
import example from '../fixtures/model-example.json'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

/**
 * The MODEL.md example with an exact one-third labor lever and no other effect: no phase cut, no
 * tool cost, no overrides, so the lever alone moves the figures.
 */
function oneThirdProject(): Project {
  const p = structuredClone(example) as unknown as Project
  const lever = p.levers![0]!
  lever.reduction = { low: 20, likely: 100 / 3, high: 40 }
  delete lever.phaseDays
  delete lever.toolCost
  p.scenarios[1] = { id: 'ai', name: 'AI-assisted', adoption: { 'ai-live-action': 0 } }
  const parsed = parseProject(p)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.project
}

describe('levers panel', () => {
  it('the one-third labor lever at 100 % removes exactly a third of the targeted labor', async () => {
    const { render, store, ui } = setup({ project: oneThirdProject() })
    ui.scenarioId = 'ai'
    const w = render(LeversPanel)
    const targeted = () => store.result.scenarios[1]!.result.lines.filter(l => l.kind === 'labor').map(l => l.cost)
    // Before: DP 8 days × ¥3,000 = ¥24,000; lead 8 × ¥5,000 = ¥40,000 (in fen, before fringes)
    expect(targeted()).toEqual([2_400_000, 4_000_000])

    const slider = w.get('input[type="range"][aria-label="Adoption of AI-generated shots replace part of live-action shooting"]')
    await slider.setValue('100')

    // After: ¥16,000.00 and ¥26,666.67 (40,000 × 2/3 = 26,666.666… rounded half away from zero)
    expect(targeted()).toEqual([1_600_000, 2_666_667])
    // A third of ¥64,000 to the fen: 6,400,000 − 4,266,667 = 2,133,333
    expect(6_400_000 - (1_600_000 + 2_666_667)).toBe(Math.round(6_400_000 / 3))
    // The camera package (a cost line) is untouched
    expect(store.result.scenarios[1]!.result.lines.find(l => l.id === 'camera')!.cost).toBe(1_200_000)
    // The lever's effect shown beside its slider includes the DP's 12 % fringe and the 10 % contingency:
    // (8,000 + 960 + 13,333.33) = 22,293.33 off the subtotal; contingency 7,888.00 → 5,658.67 (−2,229.33);
    // total effect −24,522.66
    expect(w.get('.lever-effect').text()).toBe('−CN¥24,522.66')
    expect(w.get('output.slider-value').text()).toBe('100%')
  })

  it('moving a slider updates the headline figures and the topsheet', async () => {
    const { render, ui } = setup({ project: oneThirdProject() })
    ui.scenarioId = 'ai'
    const panel = render(LeversPanel)
    const kpis = render(KpiBar)
    const top = render(TopsheetTable)
    expect(kpis.get('[data-testid="kpi-total"]').text()).toBe('CN¥86,768.00')
    await panel.get('input[type="range"]').setValue('50')
    // Half adoption: factor 1 − 0.5/3 = 5/6. DP 20,000.00 + fringe 2,400.00; lead 33,333.33; camera 12,000
    // subtotal 67,733.33; contingency 6,773.33; total 74,506.66
    expect(kpis.get('[data-testid="kpi-total"]').text()).toBe('CN¥74,506.66')
    expect(kpis.get('[data-testid="kpi-change"]').text()).toBe('−CN¥12,261.34')
    expect(top.get('tr[data-row="total"]').findAll('td').map(td => td.text())).toEqual(['86,768.00', '74,506.66', '−12,261.34', '−14.1%'])
  })

  it('shows a message and keeps the range when low ≤ likely ≤ high would break', async () => {
    const { render, store } = setup({ project: oneThirdProject() })
    const w = render(LeversPanel)
    await w.get('button[aria-label="Edit AI-generated shots replace part of live-action shooting"]').trigger('click')
    const high = w.get('input[aria-label="Cost reduction at full adoption High"]')
    await high.setValue('10')
    await high.trigger('keydown', { key: 'Enter' })
    expect(w.get('.range-fields [role="alert"]').text()).toBe('Needs low ≤ likely ≤ high')
    expect(store.project.levers![0]!.reduction!.high).toBe(40)
  })
})

describe('topsheet', () => {
  it('lists sections, subtotal, markups, total and ratios for baseline and scenario', () => {
    const { render, ui } = setup({ project: example as unknown as Project })
    ui.scenarioId = 'ai'
    const w = render(TopsheetTable)
    const rows = w.findAll('tbody tr').map(r => [r.get('th').text(), ...r.findAll('td').map(td => td.text())])
    // Figures of MODEL.md's example, computed by hand in tests/engine/compute.test.ts
    expect(rows[0]).toEqual(['Crew', '38,880.00', '21,550.27', '−17,329.73', '−44.6%'])
    expect(rows[3]).toEqual(['Subtotal', '78,880.00', '113,560.27', '+34,680.27', '+44.0%'])
    expect(rows[4]).toEqual(['Contingency (10.0%)', '7,888.00', '11,356.03', '+3,468.03', '+44.0%'])
    expect(rows[5]).toEqual(['Total', '86,768.00', '124,916.30', '+38,148.30', '+44.0%'])
    expect(rows[6]).toEqual(['Per episode', '1,084.60', '2,081.94', '+997.34', '+92.0%'])
    expect(rows.find(r => r[0] === 'Calendar days')).toEqual(['Calendar days', '47', '45', '−2', ''])
  })
})

describe('lever library', () => {
  it('adds a sourced lever to the project, in its currency', async () => {
    const { render, store } = setup()
    const w = render(LeverLibrary)
    // The library loads on demand
    await vi.waitFor(() => expect(w.findAll('.library-list li').length).toBeGreaterThan(0))
    await flushPromises()
    const before = store.project.levers!.length
    expect(store.project.levers!.some(l => l.id === 'ai-storyboard')).toBe(false)
    await w.get('button[aria-label="Add from library: AI-generated storyboards"]').trigger('click')
    const added = store.project.levers!.find(l => l.id === 'ai-storyboard')!
    expect(store.project.levers!.length).toBe(before + 1)
    expect(added.toolCost!.amount).toBe(216) // the library's CNY figure (US$30 a month)
    expect(w.find('[role="alert"]').exists()).toBe(false)
    // Added once: its button now says so
    expect(w.get('button[aria-label="Add from library: AI-generated storyboards"]').text()).toBe('In project')
  })
})

describe('lever targets', () => {
  it('unticking the last section limits the lever to no line, and "Any" lifts the limit', async () => {
    const { render, store } = setup({ project: oneThirdProject() })
    const w = render(LeversPanel)
    await w.get('button[aria-label^="Edit "]').trigger('click')
    const lever = () => store.project.levers![0]!
    const sections = w.findAll('fieldset.targets div')[1]!
    // Targets: labor lines in crew or cast. Untick both: no line is targeted, not every one.
    for (const name of ['Crew', 'Cast']) await sections.findAll('label.chip-check').find(l => l.text() === name)!.get('input').setValue(false)
    expect(lever().targets).toEqual({ kinds: ['labor'], sections: [] })
    expect(w.get('.lever-title .muted').text()).toMatch(/^Targets no line yet/)
    await sections.get('label.any input').setValue(true)
    expect(lever().targets).toEqual({ kinds: ['labor'] })
    expect(w.get('.lever-title .muted').text()).toMatch(/^Targets 2 lines/)
  })
})
