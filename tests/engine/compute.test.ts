import { describe, expect, it } from 'vitest'
import { computeProject, computeScenario } from '../../src/engine/compute'
import type { ScenarioResult } from '../../src/engine/compute'
import { applyOverrides, targetsLine } from '../../src/engine/model'
import type { Lever, Project, ScenarioOverrides } from '../../src/engine/types'
import { fixtureProject, line, makeProject, scenario, valid } from '../support/builders'

const range = (likely: number) => ({ low: likely, likely, high: likely })
const byId = <T extends { id: string }>(list: T[]) => Object.fromEntries(list.map(x => [x.id, x]))
const lineAmounts = (r: ScenarioResult) => Object.fromEntries(r.lines.map(l => [l.id, [l.qty, l.cost, l.fringe]]))

/**
 * CNY, 10 episodes × 2 min = 20 finished minutes; shoot 10 days then post 5 days.
 */
function production(overrides?: ScenarioOverrides, levers: Lever[] = [], adoption: Record<string, number> = {}): Project {
  return makeProject({
    phases: [
      { id: 'shoot', name: 'Shoot', days: 10 },
      { id: 'post', name: 'Post', days: 5, after: ['shoot'] },
    ],
    sections: [
      { id: 'crew', name: 'Crew' },
      { id: 'cast', name: 'Cast' },
      { id: 'ai', name: 'AI' },
      { id: 'post', name: 'Post' },
    ],
    fringes: [{ id: 'social', name: 'Social', percent: 12 }, { id: 'housing', name: 'Housing', percent: 8 }],
    lines: [
      line('dp', { kind: 'labor', qty: { of: 'phase:shoot' }, count: 2, rate: 1000, fringes: ['social', 'housing'], tags: ['camera'] }),
      line('grip', { kind: 'labor', qty: { of: 'phase:shoot', times: 0.5 }, rate: 333.33, tags: ['grip'] }),
      line('lead', { section: 'cast', kind: 'labor', qty: { of: 'episodes', times: 1.5 }, rate: 200, tags: ['cast'] }),
      line('edit', { section: 'post', kind: 'labor', qty: { of: 'minutes' }, rate: 150 }),
      line('grade', { section: 'post', qty: { of: 'minutes', times: 2 }, rate: 25.5 }),
      line('kit', { qty: 3, count: 2, rate: 99.99, tags: ['camera'] }),
    ],
    markups: [
      { id: 'contingency', name: 'Contingency', percent: 10 },
      { id: 'fee', name: 'Post fee', percent: 5, sections: ['post'] },
    ],
    levers,
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', adoption, overrides ? { overrides } : {})],
  })
}

describe('one scenario, every step of MODEL.md §2', () => {
  const r = computeScenario(production(), 'base')

  it('turns each kind of quantity into a number (step 5)', () => {
    expect(lineAmounts(r)).toEqual({
      dp: [10, 2000000, 400000], // phase:shoot = 10 days; 10 × 2 × 1000 = 20000.00; fringe 12 + 8 = 20 % → 4000.00
      grip: [5, 166665, 0], // 10 days × times 0.5 = 5; 5 × 333.33 = 1666.65
      lead: [15, 300000, 0], // 10 episodes × 1.5 = 15; 15 × 200 = 3000.00
      edit: [20, 300000, 0], // 10 episodes × 2 min = 20 minutes; × 150 = 3000.00
      grade: [40, 102000, 0], // 20 minutes × times 2 = 40; × 25.5 = 1020.00
      kit: [3, 59994, 0], // a plain 3; × count 2 × 99.99 = 599.94
    })
  })

  it('adds lines and fringes into sections (step 8)', () => {
    expect(r.sections.map(s => [s.id, s.amount])).toEqual([
      ['crew', 2626659], // 20000 + 4000 + 1666.65 + 599.94 = 26266.59
      ['cast', 300000],
      ['ai', 0],
      ['post', 402000], // 3000 + 1020
    ])
    expect(r.subtotal).toBe(3328659) // 26266.59 + 3000 + 4020 = 33286.59
  })

  it('applies each markup to its own sections, never to another markup (step 9)', () => {
    expect(r.markups).toEqual([
      // 10 % × 33286.59 = 3328.659 → 3328.66 (the post fee is not in its base)
      { id: 'contingency', percent: 10, base: 3328659, amount: 332866 },
      // 5 % × post 4020.00 = 201.00 (the contingency is not in its base)
      { id: 'fee', percent: 5, base: 402000, amount: 20100 },
    ])
  })

  it('gives total, per episode, per minute, labor and non-labor (step 10)', () => {
    expect(r.total).toBe(3681625) // 33286.59 + 3328.66 + 201.00 = 36816.25
    expect(r.perEpisode).toBe(368163) // 36816.25 / 10 = 3681.625 → 3681.63 (half away from zero)
    expect(r.perMinute).toBe(184081) // 36816.25 / 20 = 1840.8125 → 1840.81
    expect(r.labor).toBe(3166665) // 24000 + 1666.65 + 3000 + 3000 = 31666.65
    expect(r.nonLabor).toBe(161994) // 1020 + 599.94 = 1619.94
    expect(r.labor + r.nonLabor).toBe(r.subtotal)
    expect(r.calendarDays).toBe(15)
  })
})

describe('overrides (step 1)', () => {
  const overrides: ScenarioOverrides = {
    episodes: 20,
    minutesPerEpisode: 1,
    phases: { shoot: { days: 6 } },
    lines: { dp: { rate: 900 }, kit: { qty: 1, count: 1 }, edit: { qty: { of: 'phase:shoot', times: 2 } } },
    fringes: { social: { percent: 2 } },
    markups: { contingency: { percent: 0 } },
  }

  it('computes the scenario on a copy with its overrides applied', () => {
    const project = production(overrides)
    const before = structuredClone(project)
    const r = computeScenario(project, 's')
    expect(lineAmounts(r)).toEqual({
      dp: [6, 1080000, 108000], // 6 days × 2 × 900 = 10800; fringe 2 + 8 = 10 % → 1080
      grip: [3, 99999, 0], // 6 × 0.5 = 3 × 333.33 = 999.99
      lead: [30, 600000, 0], // 20 episodes × 1.5 × 200 = 6000
      edit: [12, 180000, 0], // its quantity now follows the shoot: 6 × 2 = 12 × 150 = 1800
      grade: [40, 102000, 0], // 20 × 1 min = 20 minutes × 2 = 40 × 25.5 = 1020
      kit: [1, 9999, 0], // 1 × 1 × 99.99
    })
    expect(r.episodes).toBe(20)
    expect(r.minutes).toBe(20)
    expect(r.calendarDays).toBe(11) // 6 + 5
    // subtotal 12979.98 + 6000 + 2820 = 21799.98; contingency 0 %; fee 5 % × 2820 = 141
    expect(r.subtotal).toBe(2179998)
    expect(r.markups.map(m => m.amount)).toEqual([0, 14100])
    expect(r.total).toBe(2194098)
    expect(r.perEpisode).toBe(109705) // 21940.98 / 20 = 1097.049 → 1097.05
    // the project itself is untouched, and the baseline does not see the overrides
    expect(project).toStrictEqual(before)
    expect(computeScenario(project, 'base').total).toBe(3681625)
  })

  it('returns the project itself when there is nothing to override', () => {
    const p = production()
    expect(applyOverrides(p, p.scenarios[0]!)).toBe(p)
  })
})

describe('adoption and levers on lines (steps 2 and 6)', () => {
  const levers: Lever[] = [
    { id: 'camLabor', name: 'Labor AND camera', targets: { kinds: ['labor'], tags: ['camera'] }, reduction: range(40) },
    { id: 'either', name: 'camera OR grip', targets: { tags: ['camera', 'grip'] }, reduction: range(10) },
    { id: 'postCost', name: 'Post AND cost', targets: { sections: ['post'], kinds: ['cost'] }, reduction: range(50) },
    { id: 'lead', name: 'One line', targets: { lines: ['lead'] }, reduction: range(100) },
    { id: 'emptyTargets', name: '{}', targets: {}, reduction: range(90) },
    { id: 'emptyKinds', name: 'kinds []', targets: { kinds: [] }, reduction: range(90) },
    { id: 'noTargets', name: 'none', reduction: range(90) },
    { id: 'tagAndLine', name: 'tag AND line', targets: { tags: ['camera'], lines: ['grip'] }, reduction: range(90) },
  ]
  const all = Object.fromEntries(levers.map(l => [l.id, 100]))

  it('targets a line when every field present matches, any value within a field', () => {
    const r = computeScenario(production(undefined, levers, all), 's')
    expect(Object.fromEntries(r.lines.map(l => [l.id, l.levers]))).toEqual({
      dp: ['camLabor', 'either'], // labor and tagged camera; camera is one of camera/grip
      grip: ['either'], // labor but not camera; tagAndLine names grip but grip has no camera tag
      lead: ['lead'],
      edit: [], // labor in post, but postCost also wants kind cost
      grade: ['postCost'],
      kit: ['either'], // camera, but a cost line: camLabor needs labor
    })
  })

  it('targetsLine: empty targets target nothing', () => {
    const l = line('x', { kind: 'labor', tags: ['camera'] })
    expect(targetsLine({}, l)).toBe(false)
    expect(targetsLine({ targets: {} }, l)).toBe(false)
    expect(targetsLine({ targets: { kinds: [] } }, l)).toBe(false)
    expect(targetsLine({ targets: { kinds: ['labor'], tags: [] } }, l)).toBe(false)
    expect(targetsLine({ targets: { kinds: ['labor'] } }, l)).toBe(true)
    expect(targetsLine({ targets: { tags: ['camera'] } }, line('y'))).toBe(false) // a line without tags
  })

  it('multiplies the factors of every lever on a line, each scaled by its adoption', () => {
    // camLabor at 50 %: 1 − 0.5 × 0.4 = 0.8; either at 100 %: 1 − 0.1 = 0.9; lead at 0 % (not named)
    const r = computeScenario(production(undefined, levers, { camLabor: 50, either: 100 }), 's')
    const lines = byId(r.lines)
    expect(lines.dp!.factor).toBeCloseTo(0.72, 12) // 0.8 × 0.9
    expect([lines.dp!.cost, lines.dp!.fringe]).toEqual([1440000, 288000]) // 20000 × 0.72 = 14400; 20 % = 2880
    expect(lines.grip!.cost).toBe(149999) // 1666.65 × 0.9 = 1499.985 → 1499.99
    expect(lines.kit!.cost).toBe(53995) // 599.94 × 0.9 = 539.946 → 539.95
    expect(lines.lead!.factor).toBe(1)
    expect(lines.lead!.cost).toBe(300000)
  })

  it('takes a 100 % reduction at full adoption down to zero', () => {
    const r = computeScenario(production(undefined, levers, { lead: 100 }), 's')
    expect(byId(r.lines).lead!.cost).toBe(0)
  })
})

describe('fringe on the unrounded net (step 6)', () => {
  it('rounds cost and fringe each from the same unrounded net', () => {
    // Given net = 0.045 yuan = 4.5 fen and a 50 % fringe
    const p = makeProject({
      fringes: [{ id: 'f', name: 'F', percent: 50 }],
      lines: [line('x', { kind: 'labor', qty: 1, rate: 0.045, fringes: ['f'] })],
    })
    const x = computeScenario(p, 'base').lines[0]!
    // Then cost = round(4.5) = 5 fen, fringe = round(4.5 × 0.5 = 2.25) = 2 fen
    // (on the rounded cost it would be round(2.5) = 3)
    expect([x.cost, x.fringe, x.amount]).toEqual([5, 2, 7])
  })

  it('rounds 1.005 to 1.01', () => {
    const p = makeProject({ lines: [line('x', { qty: 1, rate: 1.005 })] })
    expect(computeScenario(p, 'base').lines[0]!.cost).toBe(101)
  })
})

describe('tool costs (step 7)', () => {
  /** A 61-day shoot (3 months) and four levers with tool costs only, all in section ai. */
  function tools(adoption: Record<string, number>, shootDays = 61): ScenarioResult {
    const p = makeProject({
      phases: [{ id: 'shoot', name: 'Shoot', days: shootDays }],
      sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
      lines: [line('x', { kind: 'labor', qty: 1, rate: 100 })],
      markups: [{ id: 'm', name: 'M', percent: 10 }],
      levers: [
        { id: 'month', name: 'Month', toolCost: { amount: 1000, per: 'month', section: 'ai' } },
        { id: 'flat', name: 'Flat', toolCost: { amount: 999.99, per: 'flat', section: 'ai' } },
        { id: 'episode', name: 'Episode', toolCost: { amount: 12.345, per: 'episode', section: 'ai' } },
        { id: 'minute', name: 'Minute', toolCost: { amount: 3.3, per: 'minute', section: 'ai' } },
        { id: 'cut', name: 'Cut', phaseDays: { shoot: range(50) } },
      ],
      scenarios: [scenario('base', {}, { baseline: true }), scenario('s', adoption)],
    })
    return computeScenario(p, 's')
  }

  it('prices each kind of tool cost', () => {
    const r = tools({ month: 50, flat: 100, episode: 100, minute: 25 })
    expect(r.tools).toEqual([
      { lever: 'month', section: 'ai', amount: 150000 }, // 0.5 × 1000 × ceil(61 / 30 = 2.03) = 3 months = 1500
      { lever: 'flat', section: 'ai', amount: 99999 }, // 1 × 999.99 × 1
      { lever: 'episode', section: 'ai', amount: 12345 }, // 1 × 12.345 × 10 episodes = 123.45
      { lever: 'minute', section: 'ai', amount: 1650 }, // 0.25 × 3.3 × 20 minutes = 16.50
    ])
    // added to section ai: 1500 + 999.99 + 123.45 + 16.50 = 2639.94; all of it non-labor
    expect(byId(r.sections).ai).toEqual({ id: 'ai', amount: 263994, tools: 263994 })
    expect(r.subtotal).toBe(10000 + 263994)
    expect(r.labor).toBe(10000)
    expect(r.nonLabor).toBe(263994)
    // the markup covers tool costs too: 10 % × 2739.94 = 273.994 → 273.99
    expect(r.markups[0]!.amount).toBe(27399)
  })

  it('counts months from the calendar days after the levers\' cuts', () => {
    expect(tools({ month: 100 }, 60).tools[0]!.amount).toBe(200000) // ceil(60 / 30) = 2 months
    expect(tools({ month: 100 }, 0).tools).toEqual([]) // ceil(0 / 30) = 0 months → nothing
    // 61 days cut by 50 %: ceil(30.5) = 31 days → ceil(31 / 30) = 2 months
    expect(tools({ month: 100, cut: 100 }).tools[0]!.amount).toBe(200000)
  })

  it('costs nothing for a lever that is not adopted', () => {
    const r = tools({ month: 0 })
    expect(r.tools).toEqual([])
    expect(byId(r.sections).ai!.amount).toBe(0)
  })
})

describe('per episode and per minute', () => {
  const p = (episodes: number, minutesPerEpisode: number) =>
    makeProject({ meta: { episodes, minutesPerEpisode }, lines: [line('x', { qty: 1, rate: 100 }), line('y', { qty: { of: 'episodes' }, rate: 5 })] })

  it('are null with no episodes', () => {
    const r = computeScenario(p(0, 2), 'base')
    expect(r.total).toBe(10000) // 100 + 0 episodes × 5
    expect(r.perEpisode).toBeNull()
    expect(r.perMinute).toBeNull()
  })

  it('per minute is null with no minutes', () => {
    const r = computeScenario(p(3, 0), 'base')
    expect(r.total).toBe(11500) // 100 + 3 × 5
    expect(r.perEpisode).toBe(3833) // 115 / 3 = 38.333 → 38.33
    expect(r.perMinute).toBeNull()
  })
})

describe('the fixture end to end (MODEL.md §1 example)', () => {
  const { scenarios, baselineId } = computeProject(fixtureProject())
  const [base, ai] = scenarios

  it('computes the baseline', () => {
    const r = base!.result
    expect(baselineId).toBe('baseline')
    expect(r.baseline).toBe(true)
    // dp 8 × 3000 = 24000 + 12 % 2880; lead 8 × 5000 = 40000; camera 8 × 1500 = 12000
    expect(lineAmounts(r)).toEqual({ dp: [8, 2400000, 288000], lead: [8, 4000000, 0], camera: [8, 1200000, 0] })
    expect(r.subtotal).toBe(7888000) // 78880.00
    expect(r.markups[0]!.amount).toBe(788800) // 10 % = 7888.00
    expect(r.total).toBe(8676800) // 86768.00
    expect(r.perEpisode).toBe(108460) // / 80 = 1084.60
    expect(r.perMinute).toBe(72307) // / 120 = 723.0666… → 723.07
    expect(r.labor).toBe(6688000) // 24000 + 2880 + 40000
    // script 0–20, prep 20–27, shoot 27–35, post 35 − 3 = 32 → 47
    expect(r.phases.map(p => [p.start, p.finish])).toEqual([[0, 20], [20, 27], [27, 35], [32, 47]])
    expect(r.calendarDays).toBe(47)
  })

  it('computes the AI scenario on its overrides', () => {
    const r = ai!.result
    expect(r.baseline).toBe(false)
    // shoot overridden to 7 days, cut 25 %: 5.25 → 6; m = 1 − 0.333 = 0.667 on labor in crew/cast
    // dp 6 × 2800 × 0.667 = 11205.60, fringe 12 % = 1344.672 → 1344.67; lead 6 × 5000 × 0.667 = 20010
    expect(lineAmounts(r)).toEqual({ dp: [6, 1120560, 134467], lead: [6, 2001000, 0], camera: [6, 900000, 0] })
    expect(r.tools).toEqual([{ lever: 'ai-live-action', section: 'ai', amount: 7200000 }]) // 800 × 60 × 1.5 = 72000
    expect(r.subtotal).toBe(11356027) // 21550.27 + 20010 + 72000
    expect(r.markups[0]!.amount).toBe(1135603) // 11356.027 → 11356.03
    expect(r.total).toBe(12491630)
    expect(r.calendarDays).toBe(45) // shoot 27–33, post 30–45
  })

  it('splits the change against the baseline', () => {
    // S0 (overrides alone): dp 7 × 2800 = 19600 + 2352; lead 35000; camera 10500 → 67452 + 6745.20 = 74197.20
    expect(ai!.vsBaseline.change).toBe(12491630 - 8676800) // +38148.30
    expect(ai!.vsBaseline.planChanges).toBe(7419720 - 8676800) // −12570.80
    // Gross saving, S0 → S (shoot 7 → 6 days, m = 0.667), all of it the one lever's:
    //   dp 21952.00 → 11205.60 + 1344.67 = 12550.27 (−9401.73); lead 35000 → 20010 (−14990);
    //   camera 10500 → 9000 (−1500, the phase factor): 25891.73
    // Break-even: 25891.73 / (a 1 × k 90 minutes × takes 1) = 287.6859 → 287.69
    expect(ai!.vsBaseline.levers).toEqual([{ id: 'ai-live-action', amount: 12491630 - 7419720, tools: 7200000, grossSaving: 2589173, breakEven: 28769 }])
    // Person-days: baseline dp 8 + lead 8 = 16.0; ai dp 6 × 0.667 = 4.002 → 4.0, lead 4.0: 8.0 − 16.0
    expect(ai!.vsBaseline.personDays).toBe(-8)
    expect(base!.vsBaseline).toEqual({ change: 0, planChanges: 0, personDays: 0, levers: [{ id: 'ai-live-action', amount: 0, tools: 0, grossSaving: 0, breakEven: null }] })
  })

  it('does not change the project it computes', () => {
    const project = fixtureProject()
    const before = structuredClone(project)
    computeProject(project)
    expect(project).toStrictEqual(before)
  })

  it('refuses an unknown scenario id', () => {
    expect(() => computeScenario(fixtureProject(), 'nope')).toThrow('no scenario with id "nope"')
  })
})

describe('scenario overrides of a fringe', () => {
  it('change the fringe of the lines that carry it, with no other override', () => {
    // The DP (8 days × ¥3,000 = ¥24,000) carries the 12 % social fringe; at 50 % it is ¥12,000.
    const p = fixtureProject()
    p.scenarios.push({ id: 'f', name: 'Fringe 50', adoption: {}, overrides: { fringes: { social: { percent: 50 } } } })
    const r = computeScenario(valid(p), 'f')
    expect(r.lines.find(l => l.id === 'dp')!.fringe).toBe(1_200_000)
    // Baseline 86,768.00 + (12,000 − 2,880) × 1.1 = 96,800.00
    expect(r.total).toBe(9_680_000)
  })
})

describe('amounts too large to add up exactly', () => {
  it('say which line they come from', () => {
    const p = fixtureProject()
    p.lines[1]!.rate = 1e15
    expect(() => computeScenario(valid(p), 'baseline')).toThrow(/^lines\[1\] \("lead"\): amount out of range/)
  })
})
