/**
 * MODEL.md §3, gross saving and break-even: what a lever saves on the lines (before its tools and
 * the markups), and the tool price per generation at which that saving pays for the tools.
 * Amounts in fen; CNY, 10 episodes × 2 min = 20 finished minutes.
 */
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { LeverShare } from '../../src/engine/attribution'
import type { Lever, Line, Markup, Range, ScenarioOverrides } from '../../src/engine/types'
import { line, makeProject, scenario } from '../support/builders'

const at = (x: number): Range => ({ low: x, likely: x, high: x })

function shares(lines: Line[], levers: Lever[], adoption: Record<string, number>, extra: { markups?: Markup[], overrides?: ScenarioOverrides } = {}): Record<string, LeverShare> {
  const project = makeProject({
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
    lines,
    levers,
    markups: extra.markups,
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', adoption, extra.overrides ? { overrides: extra.overrides } : {})],
  })
  const vs = computeProject(project).scenarios[1]!.vsBaseline
  return Object.fromEntries(vs.levers.map(l => [l.id, l]))
}

describe('gross saving and break-even', () => {
  // x: 10 days × 300.00 = 3000.00, cut 40 % by "gen" at 50 % adoption: m = 0.8 → 2400.00
  // gen's tool: 2.00 a generation per finished minute, 1 / 3 / 5 takes
  const x = line('x', { kind: 'labor', qty: 10, unit: 'day', rate: 300 })
  const gen: Lever = {
    id: 'gen', name: 'Gen', targets: { lines: ['x'] }, reduction: at(40),
    toolCost: { amount: 2, per: 'minute', section: 'ai', takes: { low: 1, likely: 3, high: 5 } },
  }

  it('are the line saving, and that saving over a × k × takes', () => {
    const r = shares([x], [gen], { gen: 50 })
    expect(r.gen).toEqual({
      id: 'gen',
      amount: -54000, // tool 60.00 − saving 600.00
      tools: 6000, // 0.5 × 2.00 × 20 minutes × 3 takes = 60.00
      grossSaving: 60000, // 3000.00 − 2400.00
      breakEven: 2000, // 600.00 / (0.5 × 20 × 3 = 30) = 20.00 a generation
    })
  })

  it('leave the markups out of the gross saving', () => {
    // Contingency 10 %: 300.00 → 246.00 (2460.00 × 10 %), −54.00 more for the lever, not in its gross saving
    const r = shares([x], [gen], { gen: 50 }, { markups: [{ id: 'c', name: 'Contingency', percent: 10 }] })
    expect(r.gen).toMatchObject({ amount: -59400, tools: 6000, grossSaving: 60000, breakEven: 2000 })
  })

  it('round the break-even to the fen', () => {
    // y 100.00 removed whole; a flat tool at 3 takes: 100.00 / (1 × 1 × 3) = 33.333… → 33.33
    const r = shares([line('y', { rate: 100 })], [
      { id: 'all', name: 'All', targets: { lines: ['y'] }, reduction: at(100), toolCost: { amount: 1, per: 'flat', section: 'ai', takes: at(3) } },
    ], { all: 100 })
    expect(r.all).toMatchObject({ grossSaving: 10000, tools: 300, breakEven: 3333 })
  })

  it('sum the unrounded shares over the lines, then round once', () => {
    // Two lines of 1.01 cut by a (50 %) and b (75 %): m = 0.125, 101 fen → 12.625 → 13, saving 88 fen each
    // weights ln 2 : 2 ln 2 → a 29.333 and b 58.667 fen a line; two lines: a 58.667 → 59, b 117.333 → 117
    // (rounding line by line would give 58 and 118)
    const r = shares([line('p', { rate: 1.01 }), line('q', { rate: 1.01 })], [
      { id: 'a', name: 'A', targets: { lines: ['p', 'q'] }, reduction: at(50) },
      { id: 'b', name: 'B', targets: { lines: ['p', 'q'] }, reduction: at(75) },
    ], { a: 100, b: 100 })
    expect([r.a!.grossSaving, r.b!.grossSaving]).toEqual([59, 117])
  })

  it('are null for a lever without a tool cost, or not adopted, or when k × takes = 0', () => {
    const z = line('z', { rate: 50 })
    const levers: Lever[] = [
      // no toolCost: saves 20 % of 50.00 = 10.00, break-even null
      { id: 'saver', name: 'Saver', targets: { lines: ['z'] }, reduction: at(20) },
      // a tool, but a = 0: nothing saved, nothing paid, break-even null
      { id: 'idle', name: 'Idle', targets: { lines: ['z'] }, reduction: at(50), toolCost: { amount: 5, per: 'flat', section: 'ai', takes: at(2) } },
      // paid per episode in a scenario of 0 episodes: k = 0
      { id: 'per-episode', name: 'Per episode', toolCost: { amount: 5, per: 'episode', section: 'ai', takes: at(2) } },
      // paid per finished minute: 0 episodes make 0 minutes, k = 0
      { id: 'per-minute', name: 'Per minute', toolCost: { amount: 5, per: 'minute', section: 'ai' } },
    ]
    const r = shares([z], levers, { 'saver': 100, 'per-episode': 100, 'per-minute': 100 }, { overrides: { episodes: 0 } })
    expect(r.saver).toEqual({ id: 'saver', amount: -1000, tools: 0, grossSaving: 1000, breakEven: null })
    expect(r.idle).toEqual({ id: 'idle', amount: 0, tools: 0, grossSaving: 0, breakEven: null })
    expect(r['per-episode']).toEqual({ id: 'per-episode', amount: 0, tools: 0, grossSaving: 0, breakEven: null })
    expect(r['per-minute']).toMatchObject({ tools: 0, breakEven: null })
    // and a tool that is paid but saves nothing has no break-even price (MODEL.md §3)
    const paid = shares([z], [levers[2]!], { 'per-episode': 100 })
    expect(paid['per-episode']).toEqual({ id: 'per-episode', amount: 10000, tools: 10000, grossSaving: 0, breakEven: null }) // 5.00 × 10 × 2
  })
})
