// @vitest-environment jsdom
/**
 * The shoot plan's pages of the printed report, on the small plan of tests/export/shoot.test.ts
 * (packed by hand there): four days, lu held on days 2 and 3, the 0-hour scene not shot.
 */
import { describe, expect, it } from 'vitest'
import ShootReport from '@/components/exports/ShootReport.vue'
import { planProject, sc } from '../support/plans'
import { setup } from '../support/mount'

function smallPlan() {
  return planProject({
    scenes: [
      sc('a', 'cafe', 4, ['lu', 'meng'], { number: '1-1', summary: 'Lu meets Meng' }),
      sc('b', 'street', 3, ['lu'], { number: '1-2', time: 'night', setting: 'ext' }),
      sc('c', 'cafe', 5, ['meng'], { number: '2-1', episode: 2 }),
      sc('d', 'office', 0, [], { number: '2-2', episode: 2 }),
      sc('e', 'office', 12, ['zhou'], { number: '3-1', episode: 3 }),
      sc('f', 'cafe', 2, ['lu'], { number: '3-2', episode: 3 }),
    ],
    cast: ['lu', { id: 'meng', name: 'meng', pay: 'worked' }, 'zhou'],
    shoot: { hoursPerDay: 10, moveHours: 1 },
  })
}

const cellsOf = (row: { findAll: (s: string) => { text: () => string }[] }) => row.findAll('th, td').map(c => c.text())

describe('ShootReport', () => {
  it('prints the stripboard by day, then the scenes not shot', () => {
    const { render } = setup({ project: smallPlan() })
    const w = render(ShootReport)
    const rows = w.get('[data-testid="report-stripboard"] tbody').findAll('tr').map(cellsOf)
    expect(rows[0]![0]).toBe('Day 1 · 8 of 10 h · 1 move cafe / street · lu, meng')
    expect(rows[1]).toEqual(['1-1', '1', 'Day', 'INT', 'cafe', 'lu, meng', 'Lu meets Meng', '240', ''])
    expect(rows[2]).toEqual(['1-2', '1', 'Night', 'EXT', 'street', 'lu', '', '180', 'Move'])
    expect(rows[5]![0]).toBe('Day 3 · 10 of 10 h · no move office · zhou')
    expect(rows[6]![0]).toBe('3-1 (Days 3–4)')
    expect(rows.at(-2)).toEqual(['Not shot (1)'])
    expect(rows.at(-1)![0]).toBe('2-2')
  })

  it('prints the day out of days with worked, held and paid, and the locations\' days', () => {
    const { render } = setup({ project: smallPlan() })
    const w = render(ShootReport)
    const rows = w.get('[data-testid="report-dood"] tbody').findAll('tr').map(cellsOf)
    expect(rows.slice(0, 3)).toEqual([
      ['lu', 'SW', 'H', 'H', 'WF', '2', '2', '4'],
      ['meng', 'SW', 'WF', '', '', '2', '0', '2'],
      ['zhou', '', '', 'SW', 'WF', '2', '0', '2'],
    ])
    expect(rows).toHaveLength(3)
    // the locations in a table of their own, with their own header (repeated on a new page)
    const places = w.get('[data-testid="report-dood-places"]')
    expect(places.findAll('thead th').map(th => th.text())).toEqual(['Location days', '1', '2', '3', '4', 'Days'])
    expect(places.get('tbody').findAll('tr').map(cellsOf)).toEqual([['cafe', '●', '●', '', '●', '3'], ['street', '●', '', '', '', '1'], ['office', '', '', '●', '●', '2']])
  })

  it('splits a long shoot into tables of 14 days, in Chinese too', () => {
    const scenes = Array.from({ length: 20 }, (_, i) => sc(`s${i}`, `l${i % 2}`, 12, ['lu']))
    const { render } = setup({ project: planProject({ scenes, shoot: { hoursPerDay: 12 } }), locale: 'zh-CN' })
    const w = render(ShootReport)
    const tables = w.findAll('[data-testid="report-dood"]')
    expect(tables.map(t => t.findAll('thead th').length)).toEqual([1 + 14 + 3, 1 + 6 + 3])
    expect(w.findAll('[data-testid="report-dood-places"]').map(t => t.findAll('thead th').length)).toEqual([1 + 14 + 1, 1 + 6 + 1])
    expect(w.get('h2').text()).toContain('按天的场景条')
    expect(w.get('[data-testid="report-stripboard"] tbody tr').text()).toContain('第 1 天 · 已用 12 / 12 小时 · 无转场')
  })

  it('prints nothing without a plan', () => {
    const p = smallPlan()
    delete p.shoot
    const { render } = setup({ project: p })
    expect(render(ShootReport).find('[data-testid="report-shoot"]').exists()).toBe(false)
  })
})
