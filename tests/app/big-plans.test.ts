import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foldRows, pageOfColumns } from '@/app/compare'
import { pickSummary, pickView } from '@/app/pickList'
import { capGantt, GANTT_MAX_ROWS } from '@/composables/useChartProps'
import type { GanttProps } from '@/charts/builders'

const options = Array.from({ length: 300 }, (_, i) => ({ id: `ph${i}`, label: `Phase ${i}` }))

describe('a searchable pick list', () => {
  it('shows the ticked options first, then the others up to the limit, and counts the rest', () => {
    const view = pickView(options, new Set(['ph250', 'ph7']), '', 5)
    expect(view.shown.map(o => o.id)).toEqual(['ph7', 'ph250', 'ph0', 'ph1', 'ph2'])
    expect(view.more).toBe(295)
  })
  it('keeps every word typed, in any case and in full-width digits', () => {
    const view = pickView(options, new Set(), 'phase ２９', 50)
    // Phase 29, 129, 229 and 290–299.
    expect(view.shown.map(o => o.label)).toEqual(['Phase 29', 'Phase 129', 'Phase 229', ...Array.from({ length: 10 }, (_, i) => `Phase ${290 + i}`)])
    expect(view.more).toBe(0)
  })
  it('shows every ticked option even past the limit', () => {
    const ticked = new Set(options.slice(0, 8).map(o => o.id))
    const view = pickView(options, ticked, '', 3)
    expect(view.shown).toHaveLength(8)
    expect(view.more).toBe(292)
  })
  it('shown and more always add up to the options that match', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 400 }), fc.uniqueArray(fc.integer({ min: 0, max: 299 })), (q, limit, ticks) => {
      const view = pickView(options, new Set(ticks.map(i => `ph${i}`)), q, limit)
      const matching = options.filter(o => q.trim() === '' || q.toLowerCase().split(/\s+/).filter(Boolean).every(w => o.label.toLowerCase().includes(w)))
      expect(view.shown.length + view.more).toBe(matching.length)
    }))
  })
  it('names the first ticked options and counts the others', () => {
    expect(pickSummary(['Script', 'Prep', 'Shoot', 'Post'], 2, ', ')).toEqual({ text: 'Script, Prep', more: 2 })
    expect(pickSummary(['Script'], 2, '、')).toEqual({ text: 'Script', more: 0 })
  })
})

describe('the compare table of a very large plan', () => {
  const cols = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, reference: i === 0 }))
  it('shows every column up to 24 scenarios', () => {
    expect(pageOfColumns(cols.slice(0, 24), 0).shown).toHaveLength(24)
    expect(pageOfColumns(cols.slice(0, 24), 3).pages).toBe(1)
  })
  it('pages past twelve, the reference first on the pages without it', () => {
    const second = pageOfColumns(cols, 1)
    expect(second.shown.map(c => c.id)).toEqual(['s0', ...Array.from({ length: 12 }, (_, i) => `s${12 + i}`)])
    expect([second.from, second.to, second.pages]).toEqual([13, 24, 3])
    const last = pageOfColumns(cols, 99)
    expect([last.page, last.from, last.to]).toEqual([2, 25, 30])
  })
  it('folds a long group into the first rows and one for the rest, unless all are asked for', () => {
    expect(foldRows(40, false)).toEqual({ shown: 40, folded: 0 })
    expect(foldRows(2000, false)).toEqual({ shown: 39, folded: 1961 })
    expect(foldRows(2000, true)).toEqual({ shown: 2000, folded: 0 })
  })
})

describe('the Gantt of a long plan', () => {
  const t = (key: string, named: Record<string, unknown>) => `${key} ${JSON.stringify(named)}`
  const props = (n: number): GanttProps => ({
    title: 'Schedule',
    axisLabel: 'Days',
    locale: 'en',
    rows: Array.from({ length: n }, (_, i) => ({ label: `Phase ${i}`, bars: [{ series: 'Traditional', start: n - i, finish: n - i + 1 }] })),
  })
  it('is drawn whole up to the cap', () => {
    const p = props(GANTT_MAX_ROWS)
    expect(capGantt(p, p.rows.map(r => r.bars[0]!.start), t)).toBe(p)
  })
  it('draws the phases that start first, and says how many there are', () => {
    const p = props(2000)
    const capped = capGantt(p, p.rows.map(r => r.bars[0]!.start), t)
    expect(capped.rows).toHaveLength(GANTT_MAX_ROWS)
    // Phase 1999 starts on day 1, phase 1998 on day 2…
    expect(capped.rows[0]!.label).toBe('Phase 1999')
    expect(capped.rows.at(-1)!.label).toBe(`Phase ${2000 - GANTT_MAX_ROWS}`)
    expect(capped.subtitle).toEqual([`plan.ganttCapped {"shown":${GANTT_MAX_ROWS},"n":2000}`])
  })
})
