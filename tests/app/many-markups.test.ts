// @vitest-environment jsdom
/**
 * The Budget view with 3,000 markups (issue 18): the markups editor lists fifty and more on
 * demand, a markup added is listed wherever it falls, and the topsheet lists ten and sums the
 * rest in one row, so that it still adds up to the total.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import BudgetView from '@/views/BudgetView.vue'
import { computeProject } from '@/engine/compute'
import { formatAmount } from '@/app/format'
import type { Project } from '@/engine/types'
import cnMicro from '../../presets/cn-micro-drama.json'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true })
})

/** The default preset with 3,000 markups of 0.1 % each, on alternate sections. */
function manyMarkups(): Project {
  const p = structuredClone(cnMicro) as unknown as Project
  const sections = p.sections.map(s => s.id)
  p.markups = Array.from({ length: 3000 }, (_, i) => ({ id: `m${i}`, name: `Markup ${i + 1}`, percent: 0.1, ...(i % 2 ? { sections: [sections[i % sections.length]!] } : {}) }))
  return p
}

describe('3,000 markups in the Budget view', { timeout: 30_000 }, () => {
  it('lists fifty markups, fifty more on demand, and a new one wherever it falls', async () => {
    const { render, store } = setup({ project: manyMarkups() })
    const w = render(BudgetView)
    const rows = () => w.findAll('tr[data-markup]')
    expect(rows()).toHaveLength(50)
    expect(w.get('.more-markups').text()).toContain('50 of 3,000 markups listed.')
    await w.get('.more-markups button').trigger('click')
    expect(rows()).toHaveLength(100)
    const add = w.findAll('button').find(b => b.text() === '+ Add markup')!
    await add.trigger('click')
    await nextTick()
    expect(store.project.markups).toHaveLength(3001)
    expect(rows()).toHaveLength(101)
    expect(rows().at(-1)!.attributes('data-markup')).toBe(store.project.markups!.at(-1)!.id)
  })

  it('the topsheet lists ten markups and sums the rest in one row: it adds up to the total', () => {
    const project = manyMarkups()
    const { render } = setup({ project })
    const w = render(BudgetView)
    const top = w.get('[data-testid="topsheet"]')
    const markupRows = top.findAll('tr.row-markup')
    expect(markupRows).toHaveLength(11)
    const base = computeProject(project).scenarios.find(c => c.result.baseline)!.result
    const rest = base.markups.slice(10).reduce((s, m) => s + m.amount, 0)
    const more = top.get('tr[data-row="m-more"]')
    expect(more.get('th').text()).toBe('2,990 more markups (see Markups)')
    expect(more.findAll('td')[0]!.text()).toBe(formatAmount(rest, 2, 'en'))
    // subtotal + the ten listed + the rest = total, to the cent
    const listed = base.markups.slice(0, 10).reduce((s, m) => s + m.amount, 0)
    expect(base.subtotal + listed + rest).toBe(base.total)
  })
})
