/**
 * The shoot plan's exports (stripboard by day, day out of days) on a small plan packed by hand.
 *
 * Given 10-hour days and 1-hour moves, the scenes in file order:
 *   a cafe 4 h (lu, meng)   day 1, u = 240
 *   b street 3 h (lu)       day 1 with a move: 240 + 60 + 180 = 480
 *   c cafe 5 h (meng)       480 + 60 + 300 > 600: day 2, u = 300 (no move: a new day)
 *   d office 0 h            not shot
 *   e office 12 h (zhou)    300 + 60 + 720 > 600: days 3–4, u = 720 − 600 = 120
 *   f cafe 2 h (lu)         day 4 with a move: 120 + 60 + 120 = 300
 * lu (span): days 1 and 4, held on 2 and 3, paid 4; meng (worked): days 1 and 2, paid 2;
 * zhou (span): days 3–4. Locations: cafe 1, 2, 4; street 1; office 3, 4.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { boardRows } from '../../src/app/shoot/stripboard'
import { dayOutOfDays } from '../../src/app/shoot/dood'
import { computeProject } from '../../src/engine/compute'
import { packShootDetailed } from '../../src/engine/shootSchedule'
import { budgetXlsx, doodCsv, stripboardCsv } from '../../src/export'
import type { ShootPlanInput } from '../../src/export'
import type { Named } from '../../src/export/texts'
import { planProjectArb } from '../support/planArb'
import { planProject, sc } from '../support/plans'
import { parseCsv, readXlsx } from './support'

function smallPlan() {
  return planProject({
    scenes: [
      sc('a', 'cafe', 4, ['lu', 'meng'], { number: '1-1', summary: 'Lu meets Meng, at last' }),
      sc('b', 'street', 3, ['lu'], { number: '1-2', time: 'night', setting: 'ext', summary: '=HYPERLINK("x")' }),
      sc('c', 'cafe', 5, ['meng'], { number: '2-1', episode: 2 }),
      sc('d', 'office', 0, [], { number: '2-2', episode: 2 }),
      sc('e', 'office', 12, ['zhou'], { number: '3-1', episode: 3, time: 'dusk', setting: 'int-ext' }),
      sc('f', 'cafe', 2, ['lu'], { number: '3-2', episode: 3 }),
    ],
    cast: ['lu', { id: 'meng', name: 'meng', pay: 'worked' }, 'zhou'],
    shoot: { hoursPerDay: 10, moveHours: 1 },
  })
}

function input(): ShootPlanInput {
  const project = smallPlan()
  const scenario = project.scenarios[0]!
  const packed = packShootDetailed(project, scenario)!
  return { scenario: scenario as unknown as Named, project, rows: boardRows(project, packed), dood: dayOutOfDays(packed) }
}

describe('stripboard CSV', () => {
  it('lists each day with its use, moves, locations and cast, then its scenes, then the scenes not shot', () => {
    const rows = parseCsv(stripboardCsv(input()))
    expect(rows).toEqual([
      ['Day', 'Scene', 'Episode', 'D/N', 'I/E', 'Location', 'Cast', 'Summary', 'Shoot minutes', 'Move'],
      ['Day 1', '', '', '', '', 'cafe / street', 'lu, meng', '480 of 600 min; moves: 1', '480', '1'],
      ['1', '1-1', '1', 'D', 'INT', 'cafe', 'lu, meng', 'Lu meets Meng, at last', '240', ''],
      ['1', '1-2', '1', 'N', 'EXT', 'street', 'lu', '\'=HYPERLINK("x")', '180', 'Move'],
      ['Day 2', '', '', '', '', 'cafe', 'meng', '300 of 600 min; moves: 0', '300', '0'],
      ['2', '2-1', '2', 'D', 'INT', 'cafe', 'meng', '', '300', ''],
      ['Day 3', '', '', '', '', 'office', 'zhou', '600 of 600 min; moves: 0', '600', '0'],
      ['Days 3–4', '3-1', '3', 'Dusk', 'INT/EXT', 'office', 'zhou', '', '720', ''],
      ['Day 4', '', '', '', '', 'office / cafe', 'lu, zhou', '300 of 600 min; moves: 1', '300', '1'],
      ['4', '3-2', '3', 'D', 'INT', 'cafe', 'lu', '', '120', 'Move'],
      ['Not shot (1)', '', '', '', '', '', '', '', '', ''],
      ['', '2-2', '2', 'D', 'INT', 'office', '', '', '0', ''],
    ])
  })

  it('writes the words and names it is given, with a BOM for Excel', () => {
    const zh = { cafe: '咖啡厅', street: '街道', office: '办公室', lu: '陆乘', meng: '孟瑶', zhou: '周总' } as Record<string, string>
    const csv = stripboardCsv(input(), {
      bom: true,
      label: (item, field = 'name') => (field === 'summary' ? `摘要 ${item.id}` : zh[item.id] ?? item.name),
      texts: { dayLabel: '第 {n} 天', times: { day: '日', night: '夜', dawn: '晨', dusk: '昏' }, settings: { 'int': '内', 'ext': '外', 'int-ext': '内外' } },
    })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[1]!.slice(0, 7)).toEqual(['第 1 天', '', '', '', '', '咖啡厅 / 街道', '陆乘, 孟瑶'])
    expect(rows[3]!.slice(3, 8)).toEqual(['夜', '外', '街道', '陆乘', '摘要 b'])
  })
})

describe('day out of days CSV', () => {
  it('marks each cast member SW, W, H, WF per day with worked, held and paid; locations alongside', () => {
    const rows = parseCsv(doodCsv(input()))
    expect(rows).toEqual([
      ['Cast', 'Pay', 'Day 1', 'Day 2', 'Day 3', 'Day 4', 'Worked', 'Held', 'Paid'],
      ['lu', 'span', 'SW', 'H', 'H', 'WF', '2', '2', '4'],
      ['meng', 'days worked', 'SW', 'WF', '', '', '2', '0', '2'],
      ['zhou', 'span', '', '', 'SW', 'WF', '2', '0', '2'],
      ['Location', '', 'Day 1', 'Day 2', 'Day 3', 'Day 4', 'Days'],
      ['cafe', '', 'X', 'X', '', 'X', '3'],
      ['street', '', 'X', '', '', '', '1'],
      ['office', '', '', '', 'X', 'X', '2'],
    ])
  })

  it('agrees with the engine: paid days are the schedule\'s', () => {
    const plan = input()
    const schedule = computeProject(plan.project).scenarios[0]!.result.schedule!
    const rows = parseCsv(doodCsv(plan)).slice(1, 4)
    expect(rows.map(r => [r[0], Number(r.at(-1))])).toEqual(schedule.cast.map(c => [c.id, c.paid]))
  })
})

describe('XLSX sheets', () => {
  it('adds a stripboard and a DOOD sheet per plan to the budget workbook', async () => {
    const plan = input()
    const bytes = await budgetXlsx(plan.project, computeProject(plan.project), { shoot: { plans: [plan] } })
    const wb = await readXlsx(bytes)
    const base = plan.scenario.name
    expect(wb.worksheets.map(w => w.name)).toEqual(['Topsheet', `Detail ${base}`, `Stripboard ${base}`, `DOOD ${base}`])
    const board = wb.getWorksheet(`Stripboard ${base}`)!
    expect(board.getCell('A2').value).toBe('Day 1')
    expect(board.getCell('I2').value).toBe(480)
    expect(board.getCell('H4').value).toBe('\'=HYPERLINK("x")')
    expect(board.getCell('A2').font?.bold).toBe(true)
    const dood = wb.getWorksheet(`DOOD ${base}`)!
    expect([2, 3, 4, 5, 6, 7, 8, 9].map(c => dood.getRow(2).getCell(c).value)).toEqual(['span', 'SW', 'H', 'H', 'WF', 2, 2, 4])
    expect(dood.getCell('G7').value).toBe(3)
  })

  it('leaves the workbook as it was without plans', async () => {
    const project = smallPlan()
    const wb = await readXlsx(await budgetXlsx(project, computeProject(project)))
    expect(wb.worksheets.map(w => w.name)).toEqual(['Topsheet', 'Detail base'])
  })
})

describe('command line', () => {
  it('--format xlsx carries the stripboard and DOOD of the scenario asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoot-xlsx-'))
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify(smallPlan()))
    const out = join(dir, 'plan.xlsx')
    let err = ''
    const code = await run([file, '--format', 'xlsx', '--out', out, '--scenario', 'base'], () => {}, (s) => { err += s })
    expect(err).toBe('')
    expect(code).toBe(0)
    const wb = await readXlsx(new Uint8Array(readFileSync(out)))
    expect(wb.worksheets.map(w => w.name)).toEqual(['Topsheet', 'Detail base', 'Stripboard base', 'DOOD base'])
    expect(wb.getWorksheet('DOOD base')!.getCell('C2').value).toBe('SW')
  })
})

describe('exports agree with the engine on any plan', () => {
  it('every scene once on the board, the minutes and the paid days the schedule\'s', () => {
    fc.assert(fc.property(planProjectArb, (project) => {
      const computed = computeProject(project)
      for (const c of computed.scenarios) {
        const scenario = project.scenarios.find(s => s.id === c.result.id)!
        const packed = packShootDetailed(project, scenario)!
        const plan: ShootPlanInput = { scenario: scenario as unknown as Named, project, rows: boardRows(project, packed), dood: dayOutOfDays(packed) }
        const board = parseCsv(stripboardCsv(plan)).slice(1)
        const strips = board.filter(r => r[1] !== '')
        expect(strips.map(r => r[1]).sort()).toEqual(project.scenes!.map(s => s.number).sort())
        expect(strips.reduce((sum, r) => sum + Number(r[8]), 0)).toBe(c.result.schedule!.scenes.reduce((sum, s) => sum + s.minutes, 0))
        expect(board.filter(r => r[1] === '' && /^Day \d+$/.test(r[0]!))).toHaveLength(c.result.schedule!.days)
        const dood = parseCsv(doodCsv(plan))
        const cast = dood.slice(1, 1 + project.cast!.length)
        expect(cast.map(r => Number(r.at(-1)))).toEqual(c.result.schedule!.cast.map(x => x.paid))
        expect(cast.map(r => Number(r.at(-3)))).toEqual(c.result.schedule!.cast.map(x => x.worked))
      }
    }), { numRuns: 60 })
  })
})
