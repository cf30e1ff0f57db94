// @vitest-environment jsdom
/**
 * The printed report's comparison (ReportComparison.vue) on the fixture of MODEL.md §1, whose
 * figures are worked out by hand in tests/export/csv.test.ts: each scenario's column adds up
 * (sections → subtotal, subtotal + contingency → total), and P10 / P50 / P90 appear once a Monte
 * Carlo run is there.
 *   Traditional: crew 38,880; cast 40,000; AI tools 0; subtotal 78,880; contingency 7,888; total 86,768.
 *   AI-assisted: crew 21,550.27; cast 20,010; AI tools 72,000; subtotal 113,560.27; contingency
 *   11,356.03; total 124,916.30.
 */
import { describe, expect, it } from 'vitest'
import ReportComparison from '@/components/exports/report/ReportComparison.vue'
import { monteCarlo } from '@/engine/uncertainty'
import { useUncertaintyStore } from '@/stores/uncertainty'
import type { Project } from '@/engine/types'
import example from '../fixtures/model-example.json'
import { setup } from '../support/mount'

/** MODEL.md's example (tests/fixtures/model-example.json). */
const fixtureProject = () => structuredClone(example) as unknown as Project

const cells = (w: ReturnType<ReturnType<typeof setup>['render']>, row: string) =>
  w.get(`tr[data-row="${row}"]`).findAll('td').map(td => td.text().replace(/\s+/g, ' ').trim())

describe('the printed comparison', () => {
  it('adds up in every scenario\'s column, and says the review tier and person-days', () => {
    const { render } = setup({ project: fixtureProject() })
    const w = render(ReportComparison, { ids: ['baseline', 'ai'], landscape: false })
    expect(cells(w, 'subtotal')).toEqual(['78,880.00', '113,560.27'])
    expect(cells(w, 'markup:contingency')).toEqual(['10.0% 7,888.00', '10.0% 11,356.03'])
    expect(cells(w, 'total')).toEqual(['86,768.00', '124,916.30'])
    // Both under ¥1M: the platform reviews them.
    expect(cells(w, 'review-tier')).toEqual(['Platform', 'Platform'])
    expect(w.find('tr[data-row="days-total"]').exists()).toBe(true)
    // No run yet: no percentile rows.
    expect(w.text()).not.toContain('P10')
  })

  it('prints P10 / P50 / P90 of the total and the days once a run is done, and only the scenarios chosen', async () => {
    const { render, store } = setup({ project: fixtureProject() })
    const mc = useUncertaintyStore()
    const run = monteCarlo(store.project, store.project.scenarios.find(s => s.id === 'ai')!, { iterations: 200, seed: 3 })
    mc.results = { ai: { result: run, ms: 1 } }
    const w = render(ReportComparison, { ids: ['ai'], landscape: false })
    const text = w.text()
    for (const p of ['P10', 'P50', 'P90']) expect(text).toContain(p)
    expect(text).toContain(new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(run.total.p90 / 100))
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['Item', expect.stringContaining('AI-assisted')])
  })
})
