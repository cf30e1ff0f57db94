// @vitest-environment jsdom
/**
 * The breakdown view in jsdom (no layout: all 30 scenes are rendered): the empty state, filters,
 * a cell edit and its undo, keyboard moves, merging names written twice, adding cast lines, and the
 * way a line following a cast member's days reads in the budget.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import type { Project } from '@/engine/types'
import BreakdownView from '@/views/BreakdownView.vue'
import QtyField from '@/components/common/QtyField.vue'
import { planBasis } from '@/app/quantity'
import { setup, typeAndCommit } from '../support/mount'
import example from '../fixtures/breakdown-example.json'

const project = () => structuredClone(example) as unknown as Project

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})

const rows = (w: VueWrapper) => w.findAll('table.breakdown-grid tbody tr.line-row')
const sceneNumbers = (w: VueWrapper) => rows(w).map(r => (r.get('input[data-cell="number"]').element as HTMLInputElement).value)
const pick = async (w: VueWrapper, label: string, value: string) => {
  const select = w.get(`select[aria-label="${label}"]`)
  await select.setValue(value)
}

// jsdom on a shared machine: mounting 30 rows can take seconds.
describe('the breakdown view', { timeout: 20_000 }, () => {
  it('without scenes, says how to get a breakdown', () => {
    const { render } = setup()
    const w = render(BreakdownView)
    expect(w.text()).toContain('No breakdown yet')
    expect(w.text()).toContain('File → Open file…')
    expect(w.find('table.breakdown-grid').exists()).toBe(false)
  })

  it('in Chinese too', () => {
    const { render } = setup({ locale: 'zh-CN' })
    expect(render(BreakdownView).text()).toContain('还没有分场表')
  })

  it('shows the 30 scenes and filters them by episode, location and cast member', async () => {
    const { render } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    expect(rows(w)).toHaveLength(30)
    expect(w.text()).toContain('30 of 30 scenes')
    await pick(w, 'Episode', '3')
    expect(sceneNumbers(w)).toEqual(['3-1', '3-2', '3-3', '3-4', '3-5'])
    await pick(w, 'Episode', '')
    await pick(w, 'Location', 'cafe')
    await pick(w, 'Cast', 'lu-cheng')
    expect(sceneNumbers(w)).toEqual(['1-2', '5-3', '6-5'])
    expect(w.text()).toContain('3 of 30 scenes')
    await w.get('button.btn').trigger('click') // Clear filters
    expect(rows(w)).toHaveLength(30)
  })

  it('edits a scene’s minutes through the store; Ctrl+Z from the grid undoes it', async () => {
    const { render, store } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    const minutes = w.get('input[aria-label="Minutes of scene 1-1"]')
    await typeAndCommit(minutes, '0.9')
    expect(store.project.scenes![0]!.minutes).toBe(0.9)
    // The episode summary follows: episode 1 is now 1.6 − 0.4 + 0.9 = 2.1, over 1.8
    expect(w.get('[data-testid="summary-episodes"] tbody tr').text()).toContain('over')
    await minutes.trigger('keydown', { key: 'z', ctrlKey: true })
    expect(store.project.scenes![0]!.minutes).toBe(0.4)
  })

  it('a bad number stays in its cell with a message and never reaches the project', async () => {
    const { render, store } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    const hours = w.get('input[aria-label="Hours of scene 1-2"]')
    await typeAndCommit(hours, '-3')
    expect(w.find('[role="alert"]').exists()).toBe(true)
    expect(store.project.scenes![1]!.hours).toBeUndefined()
    await typeAndCommit(hours, '2.5')
    expect(store.project.scenes![1]!.hours).toBe(2.5)
    const episode = w.get('input[aria-label="Episode of scene 1-2"]')
    await typeAndCommit(episode, '0')
    expect(w.text()).toContain('Episodes are numbered from 1.')
    expect(store.project.scenes![1]!.episode).toBe(1)
  })

  it('moves down a column with Enter and the arrows', async () => {
    const { render } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    const first = w.get('input[aria-label="Cast of scene 1-1"]')
    ;(first.element as HTMLInputElement).focus()
    await first.trigger('keydown', { key: 'ArrowDown' })
    await nextTick()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Cast of scene 1-2')
  })

  it('merges MAYA into Maya from the offer of names written twice, and undoes it', async () => {
    const { render, store } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    const offer = w.findAll('button').find(b => b.text() === 'Merge into Maya')!
    await offer.trigger('click')
    expect(store.project.cast!.map(c => c.name)).not.toContain('MAYA')
    expect(store.project.scenes!.find(s => s.id === 'e6s5')!.cast).toEqual(['shen-nian', 'lu-cheng', 'maya'])
    expect(w.text()).toContain('MAYA merged into Maya')
    expect(w.findAll('button').some(b => b.text() === 'Merge into Maya')).toBe(false)
    await w.findAll('button').find(b => b.text() === 'Undo')!.trigger('click')
    expect(store.project.cast!.map(c => c.name)).toContain('MAYA')
  })

  it('renames a location from its field', async () => {
    const { render, store } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    const field = w.get('input[aria-label="Name of 咖啡厅"]')
    await field.setValue('星巴克')
    await field.trigger('change')
    expect(store.project.locations!.find(l => l.id === 'cafe')!.name).toBe('星巴克')
  })

  it('adds cast lines, says their days are 0 until a shoot plan packs them, and the quantity reads “× 沈念 days”', async () => {
    const { render, store } = setup({ project: project() })
    const w = render(BreakdownView)
    await nextTick()
    expect(w.text()).toContain('Those days stay 0 until the shoot plan packs the scenes')
    await w.findAll('button').find(b => b.text() === 'Add cast lines')!.trigger('click')
    expect(w.text()).toContain('7 lines added to Cast, rates 0 to fill.')
    const line = store.project.lines.find(l => l.name === '沈念')!
    expect(line.qty).toEqual({ of: 'cast:shen-nian' })
    await w.findAll('button').find(b => b.text() === 'Add cast lines')!.trigger('click')
    expect(w.text()).toContain('No line added: every entry has one already.')
    expect(planBasis(store.project, 'location:cafe')).toEqual({ key: 'location', name: '咖啡厅' })
    expect(planBasis(store.project, 'phase:shoot')).toBeNull()
    const qty = render(QtyField, { qty: line.qty, lineName: '沈念', used: 0 })
    const select = qty.get('select')
    expect((select.element as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('× 沈念 days')
  })
})
