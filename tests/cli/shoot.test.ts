/**
 * The command line with a shoot plan (issue 16): the `schedule` in JSON (MODEL.md §5), the
 * stripboard in the table, and a bad plan refused with every problem as `path: message`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output and raw project files */

const PLAN = new URL('../fixtures/plan-example.json', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'budget-plan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = run(argv, (s) => { out += s }, (s) => { err += s })
  if (typeof code !== 'number') throw new Error('expected a synchronous run')
  return { code, out, err }
}

function withPlan(change: (d: any) => void): string {
  const d = JSON.parse(readFileSync(PLAN, 'utf8'))
  change(d)
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(d))
  return file
}

describe('--format json with a plan', () => {
  it('carries each scenario\'s schedule', () => {
    const r = cli(PLAN, '--format', 'json')
    expect(r.code).toBe(0)
    const [base, ai] = JSON.parse(r.out).scenarios
    // Base, H 720, M 60: e1s1 (cafe, 300) day 1; e1s2 (park, 360): 300 + 60 + 360 = 720, day 1;
    // e1s3 (park, 1200): days 2–3, u 480; e2s1 (cafe, 120): 480 + 60 + 120 = 660, day 3.
    expect(base.schedule).toEqual({
      days: 3,
      order: ['e1s1', 'e1s2', 'e1s3', 'e2s1'],
      scenes: [
        { id: 'e1s1', minutes: 300, day: 1, lastDay: 1 },
        { id: 'e1s2', minutes: 360, day: 1, lastDay: 1 },
        { id: 'e1s3', minutes: 1200, day: 2, lastDay: 3 },
        { id: 'e2s1', minutes: 120, day: 3, lastDay: 3 },
      ],
      cast: [{ id: 'lu', first: 1, last: 3, worked: 3, paid: 3 }, { id: 'meng', first: 1, last: 1, worked: 1, paid: 1 }],
      locations: [{ id: 'cafe', days: 2 }, { id: 'park', days: 3 }],
    })
    // lu 3 × 800 + cafe 2 × 300 = 3000.00; the shoot phase lasts 3 days.
    expect(base.total).toBe(3000)
    expect(base.phases).toEqual([{ id: 'shoot', days: 3, start: 0, finish: 3 }])
    // AI: order e1s3, e1s1, then e1s2 (0 hours) and e2s1; e1s1 cut 40 % to 180 minutes.
    expect(ai.schedule.order).toEqual(['e1s3', 'e1s1', 'e1s2', 'e2s1'])
    expect(ai.schedule.scenes.map((s: any) => [s.id, s.minutes, s.day, s.lastDay])).toEqual([['e1s3', 1200, 1, 2], ['e1s1', 180, 2, 2], ['e2s1', 120, 3, 3]])
    expect(ai.vsBaseline.planChanges + ai.vsBaseline.levers.reduce((a: number, l: any) => a + l.amount, 0)).toBeCloseTo(ai.vsBaseline.change, 9)
  })

  it('has no schedule without a plan', () => {
    const file = withPlan((d) => { delete d.shoot; delete d.scenarios[1].overrides.shoot })
    const r = cli(file, '--format', 'json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).scenarios[0]).not.toHaveProperty('schedule')
  })
})

describe('--format table with a plan', () => {
  it('prints the stripboard by day after the topsheet: scenes, minutes, moves', () => {
    const r = cli(PLAN, '--scenario', 'base')
    expect(r.code).toBe(0)
    const board = r.out.slice(r.out.indexOf('Stripboard [base]'))
    expect(r.out.indexOf('TOTAL')).toBeLessThan(r.out.indexOf('Stripboard [base]'))
    expect(board).toContain('Stripboard [base]: 3 shoot days, 12:00 a day, 1:00 a move')
    const lines = board.split('\n').map(l => l.trim().replace(/\s+/g, ' '))
    expect(lines).toContain('Day 1: 12:00 of 12:00, 1 move')
    expect(lines).toContain('e1s1 1-1 day int 咖啡厅 300 min 陆乘, 孟')
    expect(lines).toContain('→ move to 公园 (1:00)')
    expect(lines).toContain('e1s3 1-3 day ext 公园 1200 min (days 2–3) 陆乘')
    expect(lines).toContain('Day 3: 11:00 of 12:00, 1 move')
    expect(lines).toContain('e1s3 (continued: 8:00)')
    expect(lines).toContain('陆乘 days 1–3, worked 3, paid 3 (span)')
    expect(lines).toContain('Locations: 咖啡厅 2 days, 公园 3 days')
    expect(r.out).not.toContain('Stripboard [ai]')
  })

  it('lists the scenes not shot', () => {
    expect(cli(PLAN, '--scenario', 'ai').out).toContain('Not shot (0 hours): e1s2')
  })
})

describe('a bad plan', () => {
  it('exits 2 with every problem as path: message', () => {
    const file = withPlan((d) => {
      d.scenes[0].location = 'moon'
      d.shoot.hoursPerDay = 0
      d.shoot.order = ['e1s1', 'nope']
    })
    const r = cli(file)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${file}: 3 problems; nothing was computed`,
      'scenes[0].location: no location with id "moon"',
      'shoot.hoursPerDay: must hold at least one minute of shooting (got 0 hours)',
      'shoot.order[1]: no scene with id "nope"',
    ])
  })
})
