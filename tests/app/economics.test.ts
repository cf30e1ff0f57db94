/**
 * The AI economics read from the engine (src/app/economics.ts, src/app/breakEvenCurve.ts,
 * src/app/reviewSources.ts): a lever's break-even in words, the net-saving line of the break-even
 * chart, the review tier and its crossing, the person-days by section. Hand-computed on a small
 * project: CNY, 10 episodes × 2 min = 20 finished minutes.
 */
import { describe, expect, it } from 'vitest'
import { breakEvenCurve, roundUp } from '@/app/breakEvenCurve'
import { breakEvenState, daysChange, formatDays, personDaysRows, priceUnit, tierCrossing, tierOf } from '@/app/economics'
import { AI_THRESHOLD_SOURCES, SPECIAL_SUBJECTS_SOURCE, THRESHOLD_SOURCES, thresholdSources } from '@/app/reviewSources'
import { computeProject } from '@/engine/compute'
import { REVIEW_THRESHOLDS } from '@/engine/review'
import type { Lever, Project, Range, ToolCost } from '@/engine/types'
import { line, makeProject, scenario } from '../support/builders'
import { presetIds, presetProject } from '../support/browser'

const at = (x: number): Range => ({ low: x, likely: x, high: x })

/**
 * x: 10 days × ¥300.00 = ¥3,000.00 of labor, cut 40 % by "gen" at 50 % adoption: m = 0.8, so the
 * lever saves ¥600.00. Its tool: ¥2.00 a generation per finished minute, 3 takes: at 50 %,
 * 0.5 × 2.00 × 20 × 3 = ¥60.00. Break-even: 600.00 / (0.5 × 20 × 3 = 30) = ¥20.00 a generation.
 */
function genProject(tool: Partial<ToolCost> = {}, adoption = 50, extra: Partial<Project> = {}): Project {
  const gen: Lever = {
    id: 'gen', name: 'Gen', targets: { lines: ['x'] }, reduction: at(40),
    toolCost: { amount: 2, per: 'minute', section: 'ai', takes: at(3), ...tool },
  }
  return makeProject({
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
    lines: [line('x', { kind: 'labor', qty: 10, unit: 'day', rate: 300 })],
    levers: [gen],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { gen: adoption })],
    ...extra,
  })
}

function stateOf(p: Project, scenarioId = 's') {
  const c = computeProject(p).scenarios.find(x => x.result.id === scenarioId)!
  const lever = p.levers![0]!
  const adoption = p.scenarios.find(s => s.id === scenarioId)!.adoption[lever.id] ?? 0
  return breakEvenState(lever, adoption, c.vsBaseline.levers.find(l => l.id === lever.id), c.result)
}

describe('breakEvenState', () => {
  it('gives the break-even price, the price now and the figures behind them', () => {
    expect(stateOf(genProject())).toEqual({
      kind: 'price', unit: 'generation', breakEven: 2000, price: 200, grossSaving: 60000, tools: 6000, losing: false,
    })
  })

  it('is losing above the break-even price, not at or below it', () => {
    // ¥25.00 a generation: 0.5 × 25 × 20 × 3 = ¥750.00 of tools against ¥600.00 saved
    expect(stateOf(genProject({ amount: 25 }))).toMatchObject({ tools: 75000, grossSaving: 60000, breakEven: 2000, losing: true })
    // ¥20.00 exactly: ¥600.00 against ¥600.00, it breaks even
    expect(stateOf(genProject({ amount: 20 }))).toMatchObject({ tools: 60000, losing: false })
    expect(stateOf(genProject({ amount: 19.99 }))).toMatchObject({ tools: 59970, losing: false })
  })

  it('quotes the price per unit of the tool when it counts no takes', () => {
    // A tool at ¥2.00 per finished minute, 1 take implied: ¥20.00 of tools; break-even 600 / (0.5 × 20) = ¥60.00
    expect(stateOf(genProject({ takes: undefined }))).toMatchObject({ unit: 'minute', breakEven: 6000, price: 200, tools: 2000 })
    expect(stateOf(genProject({ takes: undefined, per: 'month' }))).toMatchObject({ unit: 'month' })
  })

  it('says why there is no break-even: no tool, not adopted, nothing to pay for', () => {
    const noTool = genProject()
    delete noTool.levers![0]!.toolCost
    expect(stateOf(noTool)).toEqual({ kind: 'noTool' })
    expect(stateOf(genProject({}, 0))).toEqual({ kind: 'notAdopted' })
    expect(stateOf(genProject(), 'base')).toEqual({ kind: 'notAdopted' })
    // 0 episodes in the scenario: 0 finished minutes, the tool costs nothing (k = 0)
    const none = genProject({}, 50)
    none.scenarios[1]!.overrides = { episodes: 0 }
    expect(stateOf(none)).toEqual({ kind: 'noUnits', per: 'minute' })
  })

  it('says when the break-even lies beyond the engine’s amounts', () => {
    // A trillionth of a take per usable result: 600.00 / (0.5 × 20 × 1e-12) = 6 × 10^15 fen, past 2^51
    const tiny = genProject({ takes: at(1e-12) })
    expect(stateOf(tiny)).toEqual({ kind: 'beyond' })
  })

  it('names the unit of a lever’s price', () => {
    expect(priceUnit({ toolCost: { amount: 1, per: 'episode', section: 'ai', takes: at(2) } })).toBe('generation')
    expect(priceUnit({ toolCost: { amount: 1, per: 'episode', section: 'ai' } })).toBe('episode')
    expect(priceUnit({})).toBeNull()
  })
})

describe('breakEvenCurve', () => {
  it('draws the net saving against the price: 600.00 − 30 × price, through ¥20.00 and the ¥2.00 of now', () => {
    const c = breakEvenCurve(genProject(), 's', 'gen')!
    expect(c).toMatchObject({ axis: 'price', lever: 'gen', grossSaving: 60000, tools: 6000, current: 200, breakEven: 2000 })
    // From 0 to 2 × ¥20.00 = ¥40.00 in 8 steps of ¥5.00, plus the ¥2.00 of now; ¥20.00 is a step
    expect(c.points).toEqual([
      { x: 0, net: 60000 },
      { x: 200, net: 54000 },
      { x: 500, net: 45000 },
      { x: 1000, net: 30000 },
      { x: 1500, net: 15000 },
      { x: 2000, net: 0 },
      { x: 2500, net: -15000 },
      { x: 3000, net: -30000 },
      { x: 3500, net: -45000 },
      { x: 4000, net: -60000 },
    ])
  })

  it('draws it against the takes: 600.00 − 0.5 × 2.00 × 20 × takes, breaking even at 30 takes', () => {
    const c = breakEvenCurve(genProject(), 's', 'gen', 'takes', 4)!
    expect(c).toMatchObject({ axis: 'takes', current: 3, breakEven: 30 })
    expect(c.points).toEqual([
      { x: 0, net: 60000 },
      { x: 3, net: 54000 },
      { x: 15, net: 30000 },
      { x: 30, net: 0 },
      { x: 45, net: -30000 },
      { x: 60, net: -60000 },
    ])
  })

  it('runs past a current price above the break-even', () => {
    // ¥50.00 now: the axis runs to 1.25 × 50 = 62.5 → ¥80.00 (a round end), in steps of ¥10.00
    const c = breakEvenCurve(genProject({ amount: 50 }), 's', 'gen', 'price', 8)!
    expect(c.breakEven).toBe(2000)
    expect(c.points.map(p => p.x)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000])
    expect(c.points.find(p => p.x === 5000)!.net).toBe(60000 - 150000)
  })

  it('agrees with the engine’s break-even and tool cost in a preset-sized case', () => {
    // The same lever at 100 %: 0.6 saved → ¥1,200.00; tools 1 × 2 × 20 × 3 = ¥120.00; break-even 1200 / 60 = ¥20.00
    const p = genProject({}, 100)
    const share = computeProject(p).scenarios[1]!.vsBaseline.levers[0]!
    const c = breakEvenCurve(p, 's', 'gen')!
    expect([c.grossSaving, c.tools, c.breakEven]).toEqual([share.grossSaving, share.tools, share.breakEven])
  })

  it('is null for a lever without a tool, not adopted, or without takes against takes', () => {
    expect(breakEvenCurve(genProject({}, 0), 's', 'gen')).toBeNull()
    expect(breakEvenCurve(genProject({ takes: undefined }), 's', 'gen', 'takes')).toBeNull()
    expect(breakEvenCurve(genProject(), 'nope', 'gen')).toBeNull()
    expect(breakEvenCurve(genProject(), 's', 'nope')).toBeNull()
  })

  it('has no break-even when the tool costs nothing whatever its price', () => {
    const p = genProject()
    p.scenarios[1]!.overrides = { episodes: 0 }
    const c = breakEvenCurve(p, 's', 'gen')!
    expect(c.breakEven).toBeNull()
    expect(c.points.every(pt => pt.net === c.grossSaving)).toBe(true)
  })

  it('rounds the axis end up to a round number', () => {
    expect([roundUp(4000), roundUp(4001), roundUp(62.5), roundUp(734.56), roundUp(0.3), roundUp(0)]).toEqual([4000, 5000, 80, 800, 0.3, 0])
  })
})

describe('breakEvenCurve against the engine', () => {
  it('every point of every tool lever of every preset is the net saving the engine computes at that price or those takes', () => {
    for (const id of presetIds()) {
      const project = presetProject(id)
      const computed = computeProject(project)
      for (const sc of project.scenarios) {
        for (const lever of project.levers ?? []) {
          for (const axis of ['price', 'takes'] as const) {
            const c = breakEvenCurve(project, sc.id, lever.id, axis, 3, computed)
            if (!c) continue
            const digits = computed.scenarios[0]!.result.digits
            for (const pt of c.points) {
              // The same project with this price (or these takes), computed by the engine
              const changed = structuredClone(project)
              const tool = changed.levers!.find(l => l.id === lever.id)!.toolCost!
              if (axis === 'price') tool.amount = pt.x / 10 ** digits
              else tool.takes = { low: pt.x, likely: pt.x, high: pt.x }
              const r = computeProject(changed).scenarios.find(x => x.result.id === sc.id)!
              const share = r.vsBaseline.levers.find(l => l.id === lever.id)!
              expect(pt.net, `${id} ${sc.id} ${lever.id} ${axis} at ${pt.x}`).toBe(share.grossSaving - share.tools)
            }
          }
        }
      }
    }
  })
})

describe('review tier', () => {
  const cny = (total: number) => ({ currency: 'CNY', total })
  it('goes by the CNY total, in fen, and is null in another currency', () => {
    expect(tierOf(cny(99_999_999))).toBe('platform') // ¥999,999.99
    expect(tierOf(cny(100_000_000))).toBe('provincial') // ¥1,000,000.00
    expect(tierOf(cny(300_000_000))).toBe('national') // ¥3,000,000.00
    expect(tierOf({ currency: 'USD', total: 900_000_000 })).toBeNull()
  })

  it('names the thresholds crossed between the baseline and the scenario shown', () => {
    expect(tierCrossing(cny(309_309_000), cny(255_354_821))).toEqual({ from: 'national', to: 'provincial', thresholds: [300_000_000], direction: 'down' })
    expect(tierCrossing(cny(50_000_000), cny(300_000_000))).toEqual({ from: 'platform', to: 'national', thresholds: [100_000_000, 300_000_000], direction: 'up' })
    expect(tierCrossing(cny(255_354_821), cny(167_333_959))).toBeNull()
    expect(tierCrossing({ currency: 'USD', total: 400_000_000 }, { currency: 'USD', total: 1 })).toBeNull()
  })

  it('has its sources in presets/review-tier.json, matching the engine’s thresholds by date', () => {
    for (const t of REVIEW_THRESHOLDS) {
      const { current } = thresholdSources(t.since)
      expect(current).toBeDefined()
      expect([current!.provincial, current!.national]).toEqual([t.provincial, t.national])
      expect(current!.source.url).toMatch(/^https?:\/\//)
    }
    expect(thresholdSources('2026-01-01').before?.from).toBe('2024-06-01')
    expect(THRESHOLD_SOURCES.length).toBe(REVIEW_THRESHOLDS.length)
    expect(AI_THRESHOLD_SOURCES[0]).toMatchObject({ from: '2026-07-01', provincial: 30_000_000, national: 80_000_000 })
    expect(SPECIAL_SUBJECTS_SOURCE.url).toBeTruthy()
  })
})

describe('person-days', () => {
  it('lists the sections with any, baseline against scenario, and the total with its change', () => {
    const base = { total: 1666.4, sections: [{ id: 'script', days: 180 }, { id: 'cast', days: 700.4 }, { id: 'post', days: 0 }, { id: 'crew', days: 786 }] }
    const shown = { total: 1282.9, sections: [{ id: 'script', days: 157.5 }, { id: 'cast', days: 515.1 }, { id: 'post', days: 0 }, { id: 'crew', days: 610.3 }] }
    const rows = personDaysRows(base, shown)
    expect(rows.sections).toEqual([
      { id: 'script', base: 180, scen: 157.5, change: -22.5 },
      { id: 'cast', base: 700.4, scen: 515.1, change: -185.3 },
      { id: 'crew', base: 786, scen: 610.3, change: -175.7 },
    ])
    expect(rows.total).toEqual({ id: null, base: 1666.4, scen: 1282.9, change: -383.5 })
    expect(personDaysRows(base, shown, true).sections).toHaveLength(4)
  })

  it('subtracts without binary noise and formats one decimal', () => {
    expect(0.3 - 0.1).not.toBe(0.2)
    expect(daysChange(0.1, 0.3)).toBe(0.2)
    expect(formatDays(1666.4, 'en')).toBe('1,666.4')
    expect(formatDays(180, 'zh-CN')).toBe('180.0')
    expect(formatDays(-383.5, 'en', true)).toBe('−383.5')
    expect(formatDays(2, 'en', true)).toBe('+2.0')
    expect(formatDays(0, 'en', true)).toBe('0.0')
  })
})
