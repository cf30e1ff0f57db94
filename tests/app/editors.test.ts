// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import BudgetView from '@/views/BudgetView.vue'
import AppHeader from '@/components/shell/AppHeader.vue'
import ScheduleEditor from '@/components/schedule/ScheduleEditor.vue'
import ProjectSettings from '@/components/settings/ProjectSettings.vue'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

/** The baseline column of the topsheet's total row. */
function baselineTotal(w: VueWrapper): string {
  return w.get('[data-testid="topsheet"] tr[data-row="total"] td').text()
}

function rateInput(w: VueWrapper, line: string) {
  return w.get(`input[aria-label="Rate of ${line}"]`)
}

/** An item of a row's actions menu (menus stay in the page, hidden, while closed). */
function menuItem(w: VueWrapper, row: string, label: string) {
  const item = w.findAll(`${row} [role="menuitem"]`).find(b => b.text() === label)
  if (!item) throw new Error(`no menu item "${label}" in ${row}`)
  return item
}

describe('budget editor (default preset, CN micro-drama)', () => {
  it('shows the preset as the engine computes it', () => {
    const { render } = setup()
    const w = render(BudgetView)
    // 477,290.00 is the sum of the preset's lines plus 10 % contingency (see presets/README.md)
    expect(baselineTotal(w)).toBe('477,290.00')
  })

  it('editing a rate changes the total by the hand-computed amount', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    // Given the director at ¥3,000 a day for the 8 shooting days, no fringes, 10 % contingency on all
    const director = store.project.lines.find(l => l.id === 'director')!
    expect([director.rate, director.qty, director.fringes]).toEqual([3000, { of: 'phase:shoot' }, undefined])
    // When the rate becomes ¥3,500
    const input = rateInput(w, 'Director')
    await input.setValue('3,500')
    await input.trigger('keydown', { key: 'Enter' })
    // Then the total rises by 8 × 500 = 4,000 plus 400 of contingency: 477,290 + 4,400
    expect(baselineTotal(w)).toBe('481,690.00')
  })

  it('an invalid entry shows its message and leaves the totals unchanged', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const input = rateInput(w, 'Director')
    await input.setValue('abc')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(w.get('[role="alert"]').text()).toBe('Enter a number')
    await input.trigger('keydown', { key: 'Enter' })
    await input.trigger('blur')
    expect(baselineTotal(w)).toBe('477,290.00')

    await input.setValue('-5')
    expect(w.get('[role="alert"]').text()).toBe('Must be 0 or more')
    await input.trigger('blur')
    expect(baselineTotal(w)).toBe('477,290.00')
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3000)
    expect(store.canUndo).toBe(false)
  })

  it('Escape puts the value back', async () => {
    const { render } = setup()
    const w = render(BudgetView)
    const input = rateInput(w, 'Director')
    await input.setValue('99')
    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('3,000')
  })

  it('undo restores the previous total, redo brings the edit back', async () => {
    const { render } = setup()
    const w = render(BudgetView)
    const header = render(AppHeader)
    const input = rateInput(w, 'Director')
    await input.setValue('3500')
    await input.trigger('keydown', { key: 'Enter' })
    expect(baselineTotal(w)).toBe('481,690.00')
    await header.get('button[title^="Undo"]').trigger('click')
    expect(baselineTotal(w)).toBe('477,290.00')
    expect((input.element as HTMLInputElement).value).toBe('3,000')
    await header.get('button[title^="Redo"]').trigger('click')
    expect(baselineTotal(w)).toBe('481,690.00')
  })

  it('adds, duplicates, moves and deletes lines', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const section = w.get('[data-section="script"]')
    const before = store.project.lines.length
    await section.get('button[aria-label="Add line to Script"]').trigger('click')
    expect(store.project.lines.length).toBe(before + 1)
    const added = store.project.lines.find(l => l.name === 'New line')!
    expect(added.section).toBe('script')
    // Give it a cost: 1 × 1 × 1,000 = 1,000 (+100 contingency)
    const rate = rateInput(w, 'New line')
    await rate.setValue('1000')
    await rate.trigger('keydown', { key: 'Enter' })
    expect(baselineTotal(w)).toBe('478,390.00')
    await menuItem(w, `tr[data-line="${added.id}"]`, 'Duplicate').trigger('click')
    expect(baselineTotal(w)).toBe('479,490.00')
    const ids = store.project.lines.filter(l => l.section === 'script').map(l => l.id)
    await menuItem(w, `tr[data-line="${ids[ids.length - 1]}"]`, 'Move up').trigger('click')
    expect(store.project.lines.filter(l => l.section === 'script').map(l => l.id)).toEqual([ids[0], ids[2], ids[1]])
    await menuItem(w, `tr[data-line="${ids[1]}"]`, 'Delete').trigger('click')
    await menuItem(w, `tr[data-line="${ids[2]}"]`, 'Delete').trigger('click')
    expect(baselineTotal(w)).toBe('477,290.00')
  })

  it('links a quantity to the episodes, keeping the quantity, then scales it', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const director = () => store.project.lines.find(l => l.id === 'director')!
    // 8 shoot days become episodes × 0.1 (80 episodes): the same 8 days, the same total
    await w.get('select[aria-label="Quantity of Director follows"]').setValue('episodes')
    expect(director().qty).toEqual({ of: 'episodes', times: 0.1 })
    expect(baselineTotal(w)).toBe('477,290.00')
    // × 0.2: 16 days × ¥3,000 = ¥48,000, ¥24,000 more, +10 %: 477,290 + 26,400
    const times = w.get('input[aria-label="Multiplier for Director"]')
    await times.setValue('0.2')
    await times.trigger('keydown', { key: 'Enter' })
    expect(director().qty).toEqual({ of: 'episodes', times: 0.2 })
    expect(baselineTotal(w)).toBe('503,690.00')
    // Back to a plain number: the 16 days it stands for
    await w.get('select[aria-label="Quantity of Director follows"]').setValue('fixed')
    expect(director().qty).toBe(16)
    expect(baselineTotal(w)).toBe('503,690.00')
  })

  it('a column pasted from a spreadsheet fills the rates below, as one undo step', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const paste = (text: string) => rateInput(w, 'Female lead').trigger('paste', { clipboardData: { getData: () => text } })
    // A bad row: nothing is changed and the row is named
    await paste('4,000\nabc\n1,100\n')
    expect(w.get('.grid-status').text()).toBe('Nothing pasted: row 2, Rate (“abc”): Enter a number.')
    expect(baselineTotal(w)).toBe('477,290.00')
    // Leads 3,500 → 4,000 and 4,200 over 8 days; supporting cast 1,000 → 1,100 for 4 people × 6 days:
    // 4,000 + 5,600 + 2,400 = 12,000, +10 % = 13,200
    // (Rate is the last number column: a column to its right is not pasted, and said so.)
    await paste('4,000\r\n4200\t(ignored)\r\n1100\r\n')
    expect(store.project.lines.filter(l => l.section === 'cast').map(l => l.rate).slice(0, 4)).toEqual([4000, 4200, 1100, 400])
    expect(baselineTotal(w)).toBe('490,490.00')
    store.undo()
    await nextTick()
    expect(baselineTotal(w)).toBe('477,290.00')
  })

  it('asks before deleting a section with lines', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const asked: string[] = []
    window.confirm = (msg?: string) => { asked.push(msg ?? ''); return false }
    await menuItem(w, '[data-section="script"]', 'Delete section Script').trigger('click')
    expect(asked).toEqual(['Delete section “Script” and its 1 lines?'])
    expect(store.project.sections.some(s => s.id === 'script')).toBe(true)
    window.confirm = () => true
    await menuItem(w, '[data-section="script"]', 'Delete section Script').trigger('click')
    expect(store.project.sections.some(s => s.id === 'script')).toBe(false)
    // 477,290 − (20,000 × 1.1) = 455,290
    expect(baselineTotal(w)).toBe('455,290.00')
  })

  it('a markup limited to some sections applies to them only', async () => {
    const { render } = setup()
    const w = render(BudgetView)
    // Tick "Script" under Contingency's covers: contingency becomes 10 % of ¥20,000 only
    const row = w.findAll('table.grid.compact tbody tr').find(r => (r.find('input').element as HTMLInputElement | undefined)?.value === 'Contingency')!
    const script = row.findAll('label.chip-check').find(l => l.text() === 'Script')!
    await script.get('input').setValue(true)
    // 433,900 subtotal + 2,000
    expect(baselineTotal(w)).toBe('435,900.00')
  })
})

describe('schedule editor', () => {
  it('refuses a loop of predecessors with a message', async () => {
    const { render, store } = setup()
    const w = render(ScheduleEditor)
    const before = store.project
    const row = w.get('tr[data-phase="script"]')
    // The phase's predecessor picker: open it, find Post-production, tick it.
    await row.get('button.pick-btn').trigger('click')
    await row.get('input.pick-find').setValue('post')
    const post = row.findAll('label.pick-check').find(l => l.text() === 'Post-production')!
    await post.get('input').setValue(true)
    expect(w.get('[role="alert"]').text()).toBe('Refused: phases would wait on each other in a loop (Script → Post-production → Shooting → Pre-production → Script).')
    expect(store.project).toBe(before)
  })

  it('a negative lag overlaps phases', async () => {
    const { render, store } = setup()
    const w = render(ScheduleEditor)
    // Script 25 → prep 7 (day 32) → shoot 8 (day 40) → post 15 starting 3 days before: day 37 → 52
    expect(store.result.scenarios[0]!.result.calendarDays).toBe(52)
    const lag = w.get('input[aria-label="Post-production Lag (days)"]')
    await lag.setValue('-5')
    await lag.trigger('keydown', { key: 'Enter' })
    // Post now starts on day 35 and ends on day 50
    expect(store.project.phases.find(p => p.id === 'post')!.lag).toBe(-5)
    expect(store.result.scenarios[0]!.result.calendarDays).toBe(50)
    expect(w.get('tr[data-phase="post"]').findAll('td.num').map(td => td.text()).slice(2, 4)).toEqual(['35', '50'])
  })
})

describe('project settings', () => {
  it('episodes drive the per-episode figure', async () => {
    const { render, store } = setup()
    const w = render(ProjectSettings)
    const episodes = w.get('input[aria-label="Episodes"]')
    await episodes.setValue('0')
    await episodes.trigger('keydown', { key: 'Enter' })
    await nextTick()
    expect(store.result.scenarios[0]!.result.perEpisode).toBeNull()
    await episodes.setValue('2.5')
    expect(w.get('[role="alert"]').text()).toBe('Must be a whole number, 0 or more')
  })

  it('refuses an unknown currency code', async () => {
    const { render, store } = setup()
    const w = render(ProjectSettings)
    const input = w.findAll('input.text')[1]!
    await input.setValue('XYZ')
    await input.trigger('change')
    expect(w.get('[role="alert"]').text()).toBe('Not a known currency code (e.g. CNY, USD)')
    expect(store.project.meta.currency).toBe('CNY')
    await input.setValue('jpy')
    await input.trigger('change')
    expect(store.project.meta.currency).toBe('JPY')
  })
})
