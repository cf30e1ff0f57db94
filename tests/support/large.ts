/**
 * A large, valid project built deterministically from a seed (same seed, same project), for
 * benchmarks: by default 5,000 lines, 10 levers and 5 scenarios.
 */
import { seededRandom } from '../../src/engine/random'
import type { Lever, Line, LineKind, Phase, Project, Quantity, Range, Scenario, Section } from '../../src/engine/types'

export interface LargeOptions {
  lines?: number
  levers?: number
  scenarios?: number
  seed?: number
}

const TAGS = ['camera', 'cast', 'lighting', 'sound', 'vfx', 'location', 'wardrobe', 'makeup']

export function largeProject(options: LargeOptions = {}): Project {
  const { lines: nLines = 5000, levers: nLevers = 10, scenarios: nScenarios = 5, seed = 20240601 } = options
  const random = seededRandom(seed)
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const range = (max: number): Range => {
    const [low, likely, high] = [random(), random(), random()].map(x => Math.round(x * max * 10) / 10).sort((a, b) => a - b)
    return { low: low!, likely: likely!, high: high! }
  }

  // A chain of 8 phases with a parallel branch and overlaps.
  const phases: Phase[] = [
    { id: 'script', name: 'Script', days: 25 },
    { id: 'casting', name: 'Casting', days: 10, after: ['script'], lag: -5 },
    { id: 'prep', name: 'Pre-production', days: 12, after: ['script'] },
    { id: 'build', name: 'Set build', days: 9, after: ['prep'], lag: -4 },
    { id: 'shoot', name: 'Shooting', days: 30, after: ['casting', 'build'] },
    { id: 'vfx', name: 'VFX', days: 20, after: ['shoot'], lag: -10 },
    { id: 'edit', name: 'Editing', days: 18, after: ['shoot'], lag: -2 },
    { id: 'delivery', name: 'Delivery', days: 5, after: ['vfx', 'edit'] },
  ]
  const sections: Section[] = Array.from({ length: 20 }, (_, i) => ({ id: `sec${i}`, name: `Section ${i}`, group: pick(['atl', 'btl', 'post', 'other'] as const) }))
  const fringes = [
    { id: 'social', name: 'Social insurance', percent: 12 },
    { id: 'housing', name: 'Housing fund', percent: 7 },
    { id: 'overtime', name: 'Overtime', percent: 15.5 },
  ]

  const lines: Line[] = Array.from({ length: nLines }, (_, i) => {
    const kind: LineKind = random() < 0.6 ? 'labor' : 'cost'
    const basis = random()
    const qty: Quantity = basis < 0.5
      ? { of: `phase:${pick(phases).id}`, times: pick([0.5, 1, 1, 2]) }
      : basis < 0.65
        ? { of: 'episodes' }
        : basis < 0.75 ? { of: 'minutes', times: 0.25 } : int(1, 40)
    const line: Line = {
      id: `line${i}`,
      section: pick(sections).id,
      name: `Line ${i}`,
      kind,
      qty,
      unit: 'day',
      count: int(1, 4),
      rate: int(5000, 300000) / 100,
      tags: [pick(TAGS), pick(TAGS)],
    }
    if (kind === 'labor' && random() < 0.7) line.fringes = random() < 0.5 ? ['social'] : ['social', 'housing']
    return line
  })

  const levers: Lever[] = Array.from({ length: nLevers }, (_, i) => {
    const lever: Lever = {
      id: `lever${i}`,
      name: `Lever ${i}`,
      targets: i % 3 === 0
        ? { kinds: ['labor'], tags: [TAGS[i % TAGS.length]!] }
        : i % 3 === 1 ? { sections: [sections[i]!.id, sections[i + 5]!.id] } : { tags: [TAGS[i % TAGS.length]!, TAGS[(i + 3) % TAGS.length]!] },
      reduction: range(60),
    }
    if (i % 2 === 0) lever.phaseDays = { [pick(['shoot', 'edit', 'vfx'])]: range(40) }
    if (i % 4 === 1) lever.toolCost = { amount: int(100, 2000), per: pick(['flat', 'episode', 'minute', 'month'] as const), section: pick(sections).id }
    return lever
  })

  const scenarios: Scenario[] = Array.from({ length: nScenarios }, (_, s) => ({
    id: `scenario${s}`,
    name: `Scenario ${s}`,
    ...(s === 0 ? { baseline: true } : {}),
    adoption: s === 0 ? {} : Object.fromEntries(levers.filter(() => random() < 0.7).map(l => [l.id, pick([25, 50, 75, 100])])),
    ...(s >= 2 ? { overrides: { episodes: 60 + s * 10, phases: { shoot: { days: 25 } }, lines: { line0: { rate: 999 } } } } : {}),
  }))

  return {
    schemaVersion: 1,
    meta: { title: 'Large generated project', currency: 'CNY', locale: 'zh-CN', episodes: 80, minutesPerEpisode: 1.5 },
    phases,
    sections,
    fringes,
    lines,
    markups: [
      { id: 'contingency', name: 'Contingency', percent: 10 },
      { id: 'fee', name: 'Production fee', percent: 6, sections: sections.slice(0, 8).map(s => s.id) },
    ],
    levers,
    scenarios,
  }
}
