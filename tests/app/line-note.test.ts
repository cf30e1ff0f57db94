// @vitest-environment jsdom
/**
 * A line's note in the budget grid (components/budget/LineNote.vue): added from the line's menu,
 * shown as a mark with the note as its tooltip, Escape leaves it as it was, a note past 2,000
 * characters is refused in words and never saved cut short; in both languages.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import BudgetView from '@/views/BudgetView.vue'
import type { Project } from '@/engine/types'
import cnMicro from '../../presets/cn-micro-drama.json'
import { setup } from '../support/mount'

/** The default preset without its lines' source notes. */
function withoutNotes(): Project {
  const p = structuredClone(cnMicro) as unknown as Project
  for (const l of p.lines) delete l.note
  return p
}

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})

const row = (w: VueWrapper, id: string) => w.get(`tr[data-line="${id}"]`)
async function openFromMenu(w: VueWrapper, id: string, item: string): Promise<void> {
  await row(w, id).get('.menu-button > button').trigger('click')
  const entry = row(w, id).findAll('[role="menuitem"]').find(b => b.text() === item)
  expect(entry, item).toBeTruthy()
  await entry!.trigger('click')
}

describe('a line\'s note', { timeout: 20_000 }, () => {
  it('is added from the line\'s menu, saved, and shown as a mark with the note as its tooltip', async () => {
    const { render, store } = setup({ project: withoutNotes() })
    const w = render(BudgetView)
    const mark = () => row(w, 'lead-female').get('.note-mark')
    expect(mark().classes()).not.toContain('has-note')
    await openFromMenu(w, 'lead-female', 'Add a note…')
    const dialog = row(w, 'lead-female').get('[role="dialog"]')
    expect(dialog.attributes('aria-label')).toBe('Note on Female lead')
    expect(document.activeElement).toBe(dialog.get('textarea').element)
    await dialog.get('textarea').setValue('  Rate agreed with the agent on 3 May  ')
    await dialog.findAll('button').find(b => b.text() === 'Save')!.trigger('click')
    expect(store.project.lines.find(l => l.id === 'lead-female')!.note).toBe('Rate agreed with the agent on 3 May')
    expect(row(w, 'lead-female').find('[role="dialog"]').exists()).toBe(false)
    expect(mark().classes()).toContain('has-note')
    expect(mark().attributes('title')).toBe('Rate agreed with the agent on 3 May')
    expect(mark().attributes('aria-label')).toBe('Note on Female lead')
    // The focus is back on the line's name, where the grid's keys work
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Line of Female lead')
    // One undo step takes it away
    store.undo()
    expect('note' in store.project.lines.find(l => l.id === 'lead-female')!).toBe(false)
  })

  it('Escape leaves it as it was; an emptied note is removed', async () => {
    const { render, store } = setup({ project: withoutNotes() })
    store.update(p => ({ ...p, lines: p.lines.map(l => (l.id === 'lead-male' ? { ...l, note: 'Kept' } : l)) }))
    const w = render(BudgetView)
    await row(w, 'lead-male').get('.note-mark').trigger('click')
    const area = row(w, 'lead-male').get('textarea')
    expect((area.element as HTMLTextAreaElement).value).toBe('Kept')
    await area.setValue('Changed')
    await area.trigger('keydown', { key: 'Escape' })
    expect(store.project.lines.find(l => l.id === 'lead-male')!.note).toBe('Kept')
    await openFromMenu(w, 'lead-male', 'Edit the note…')
    await row(w, 'lead-male').get('textarea').setValue('   ')
    await row(w, 'lead-male').get('textarea').trigger('keydown', { key: 'Enter', ctrlKey: true })
    expect('note' in store.project.lines.find(l => l.id === 'lead-male')!).toBe(false)
  })

  it('past 2,000 characters it is refused in words, and nothing is cut short', async () => {
    const { render, store } = setup({ project: withoutNotes(), locale: 'zh-CN' })
    const w = render(BudgetView)
    await row(w, 'lead-female').get('.note-mark').trigger('click')
    const dialog = row(w, 'lead-female').get('[role="dialog"]')
    await dialog.get('textarea').setValue('备'.repeat(2001))
    expect(dialog.get('[role="alert"]').text()).toBe('备注最多 2,000 个字符：请删减后再保存')
    const save = dialog.findAll('button').find(b => b.text() === '保存')!
    expect(save.attributes('disabled')).toBeDefined()
    await dialog.get('textarea').trigger('keydown', { key: 'Enter', ctrlKey: true })
    expect('note' in store.project.lines.find(l => l.id === 'lead-female')!).toBe(false)
    expect((dialog.get('textarea').element as HTMLTextAreaElement).value).toHaveLength(2001)
  })
})

describe('a line added in the grid', { timeout: 20_000 }, () => {
  it('in Chinese: the unit 天, and the next code of its section', async () => {
    const { render, store } = setup({ project: withoutNotes(), locale: 'zh-CN' })
    const w = render(BudgetView)
    await w.get('tr[data-key="s:cast"] .add-line').trigger('click')
    const added = store.project.lines.filter(l => l.section === 'cast').at(-1)!
    expect(added).toMatchObject({ name: '新明细', unit: '天', code: '03.08' })
    expect((row(w, added.id).get('td[data-col="unit"] input').element as HTMLInputElement).value).toBe('天')
  })
})
