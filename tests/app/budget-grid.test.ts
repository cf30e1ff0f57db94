// @vitest-environment jsdom
/**
 * The budget grid in jsdom (no layout: every row of a small project is rendered): rows re-render
 * only when their own data or figures change, undo from inside a cell, pasted columns that do not
 * fit, and refusals said in words.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { App, ComponentPublicInstance } from 'vue'
import { mount } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import BudgetView from '@/views/BudgetView.vue'
import { createAppI18n } from '@/i18n'
import { setup } from '../support/mount'
import { LAZY_MESSAGES } from '../support/i18n'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  // jsdom lays nothing out: a tall window lets the grid render every row of the preset.
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})

const rate = (w: VueWrapper, line: string) => w.get(`input[aria-label="Rate of ${line}"]`)
const baselineTotal = (w: VueWrapper) => w.get('[data-testid="topsheet"] tr[data-row="total"] td').text()
const press = (el: { trigger: (e: string, o?: object) => Promise<void> }, key: string, mods: object = {}) => el.trigger('keydown', { key, ...mods })

describe('the budget grid', () => {
  it('re-renders only the row whose line changed after a rate edit', async () => {
    const { pinia } = setup()
    const updated: string[] = []
    const counter = {
      install(app: App) {
        app.mixin({
          updated(this: ComponentPublicInstance) {
            const type = this.$.type as { __name?: string }
            if (type.__name === 'GridLineRow') updated.push((this.$props as { line: { id: string } }).line.id)
          },
        })
      },
    }
    const w = mount(BudgetView, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('en', LAZY_MESSAGES), counter] } })
    expect(w.findAll('tr.line-row').length).toBe(41)
    await nextTick()
    updated.length = 0
    const input = rate(w, 'Director')
    await input.setValue('3,500')
    await press(input, 'Enter')
    await nextTick()
    expect(baselineTotal(w)).toBe('481,690.00')
    // The director's row, and no other of the 41
    expect([...new Set(updated)]).toEqual(['director'])
  })

  it('Ctrl+Z in a cell: the first puts back what was typed, the next undoes the last edit and the cell shows it', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const input = rate(w, 'Director')
    const value = () => (input.element as HTMLInputElement).value
    await input.setValue('3200')
    await press(input, 'Enter')
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3200)
    // typing, not committed: Ctrl+Z puts the cell back, the project is untouched
    ;(input.element as HTMLInputElement).focus()
    await input.setValue('9999')
    await press(input, 'z', { ctrlKey: true })
    expect(value()).toBe('3,200')
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3200)
    // nothing typed: Ctrl+Z undoes the committed edit, and the cell follows
    await press(input, 'z', { ctrlKey: true })
    await nextTick()
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3000)
    expect(value()).toBe('3,000')
    expect(baselineTotal(w)).toBe('477,290.00')
    // and redo (Ctrl+Y or Shift+Ctrl+Z) brings it back
    await press(input, 'y', { ctrlKey: true })
    await nextTick()
    expect(value()).toBe('3,200')
    await press(input, 'z', { ctrlKey: true })
    await press(input, 'Z', { ctrlKey: true, shiftKey: true })
    await nextTick()
    expect(value()).toBe('3,200')
  })

  it('shows a fractional rate with the currency\'s decimals, a whole one without, and takes them back as typed', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const input = rate(w, 'Director')
    await input.setValue('1659.8')
    await press(input, 'Enter')
    await nextTick()
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(1659.8)
    expect((input.element as HTMLInputElement).value).toBe('1,659.80')
    await input.setValue('3.5k')
    await press(input, 'Enter')
    await nextTick()
    expect((input.element as HTMLInputElement).value).toBe('3,500')
    // more decimals than the currency has: shown as they are
    await input.setValue('0.125')
    await press(input, 'Enter')
    await nextTick()
    expect((input.element as HTMLInputElement).value).toBe('0.125')
  })

  it('a pasted column longer than the lines below fills them and says how many values were left over', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const lines = store.project.lines
    const from = lines.length - 3
    const name = lines[from]!.name
    const values = Array.from({ length: 10 }, (_, i) => `¥${i + 1},000`).join('\n')
    await rate(w, name).trigger('paste', { clipboardData: { getData: () => values } })
    // The last three lines shown take 1,000, 2,000 and 3,000; seven values are left over
    expect(store.project.lines.slice(-3).map(l => l.rate)).toEqual([1000, 2000, 3000])
    expect(w.get('.grid-status').text()).toBe('3 values pasted into Rate. 7 values left over: there are only 3 lines from there down, in the order shown.')
  })

  it('a number past its bound is answered in words as it is typed, never in minor units', async () => {
    const { render, store } = setup()
    const w = render(BudgetView)
    const commit = async (field: string, line: string, text: string) => {
      const input = w.get(`input[aria-label="${field} of ${line}"]`)
      await input.setValue(text)
      await press(input, 'Enter')
      await nextTick()
      return input
    }
    const alert = () => w.get('[role="alert"]').text()
    // A rate's own bound
    await rate(w, 'Director').setValue('1e300')
    expect(alert()).toBe('Too large: at most 1,000,000,000,000')
    await press(rate(w, 'Director'), 'Escape')
    // A thousand directors for the 8 shoot days: a rate past 22,517,998,136,852 / 8,000 would
    // take the line's cost past what adds up exactly to the cent
    await commit('Count', 'Director', '1,000')
    await rate(w, 'Director').setValue('1e10')
    expect(alert()).toBe('Too large: at most 2,814,749,767 on this line, so that its cost stays within CN¥22,517,998,136,852.47')
    await commit('Rate', 'Director', '2e9')
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(2e9)
    // A second line as large: each is within its bound, but not the budget's total
    await commit('Count', 'Assistant director', '1000')
    const input = await commit('Rate', 'Assistant director', '2e9')
    expect(store.project.lines.find(l => l.id === 'ad')?.rate ?? store.project.lines.find(l => l.name === 'Assistant director')!.rate).toBe(800)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(alert()).toBe('Too large: the budget’s figures would pass CN¥22,517,998,136,852.47, the most that adds up exactly to the cent')
    // and the app's notice does not repeat it in minor units
    expect(store.refused).toEqual([])
  })
})

describe('the keys hint', () => {
  it('lists the editing keys, and in a read-only shared project says how to edit instead, in both languages', async () => {
    for (const [locale, edit, readOnly] of [['en', 'Ctrl+Z undoes', 'read-only: keep a copy to edit'], ['zh-CN', 'Ctrl+Z 撤销', '只读：保留副本后即可编辑']] as const) {
      const { render, store } = setup({ locale })
      const w = render(BudgetView)
      await nextTick()
      expect(w.get('.keys-hint').text()).toContain(edit)
      store.readOnly = true
      await nextTick()
      expect(w.get('.keys-hint').text()).toContain(readOnly)
      expect(w.get('.keys-hint').text()).not.toContain('Ctrl+Z')
      w.unmount()
    }
  })
})
