/**
 * fast-check generators of valid project files (MODEL.md §1): a random phase DAG with lags,
 * sections, fringes, lines with every kind of quantity, markups with and without sections, levers
 * with targets, reductions, phase savings and tool costs, and scenarios with adoption and overrides.
 * Every reference points at something that exists, so parseProject must accept every value.
 */
import fc from 'fast-check'
import type {
  Fringe, Lever, Line, LineKind, Markup, Meta, Phase, Project, Quantity, Range, Scenario, ScenarioOverrides, Section, Targets,
} from '../../src/engine/types'

const TAGS = ['camera', 'cast', 'vfx', 'sound', 'location'] as const
const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'KRW'] as const

/** Drops keys whose value is undefined, so that optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/** `arb` or undefined; undefined one time in `freq`. */
const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { nil: undefined, freq })

/** A percentage with one decimal, 0–100. */
export const percentArb = fc.integer({ min: 0, max: 1000 }).map(x => x / 10)

/** Money in major units with up to 3 decimals (so that some amounts fall on half a minor unit). */
export const moneyArb = fc.oneof(
  fc.integer({ min: 0, max: 500_000 }).map(x => x / 100),
  fc.integer({ min: 0, max: 500_000 }).map(x => x / 1000),
  fc.constantFrom(0, 1.005, 2.675, 0.125, 99.995),
)

export const rangeArb: fc.Arbitrary<Range> = fc.tuple(percentArb, percentArb, percentArb)
  .map(xs => [...xs].sort((a, b) => a - b))
  .map(([low, likely, high]) => ({ low: low!, likely: likely!, high: high! }))

/** Generations per usable result: numbers > 0 with up to 2 decimals, low ≤ likely ≤ high. */
export const takesArb: fc.Arbitrary<Range> = fc.tuple(...[0, 0, 0].map(() => fc.integer({ min: 1, max: 1000 }).map(x => x / 100)))
  .map(xs => [...xs].sort((a, b) => a - b))
  .map(([low, likely, high]) => ({ low: low!, likely: likely!, high: high! }))

/** `{ id: value }` for a subset of `ids`. */
function keyed<T>(ids: readonly string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.subarray([...ids]).chain(keys =>
    fc.tuple(...keys.map(() => value)).map(values => Object.fromEntries(keys.map((k, i) => [k, values[i]!]))))
}

function quantityArb(phaseIds: readonly string[]): fc.Arbitrary<Quantity> {
  const times = optional(fc.integer({ min: 0, max: 300 }).map(x => x / 100))
  return fc.oneof(
    fc.integer({ min: 0, max: 5000 }).map(x => x / 100),
    fc.record({ of: fc.constantFrom(...phaseIds.map(id => `phase:${id}` as const)), times }).map(compact),
    fc.record({ of: fc.constant('episodes' as const), times }).map(compact),
    fc.record({ of: fc.constant('minutes' as const), times }).map(compact),
  )
}

export interface Shape {
  phases: number
  sections: number
  fringes: number
  lines: number
  markups: number
  levers: number
  scenarios: number
}

export interface ProjectArbOptions {
  /** At least this many levers (default 0). */
  minLevers?: number
  /** At least this many scenarios (default 1). */
  minScenarios?: number
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

function phasesArb(n: number): fc.Arbitrary<Phase[]> {
  const phaseIds = ids('p', n)
  // Each phase may wait on phases before it in id order (a DAG); the list is then shuffled.
  const each = phaseIds.map((id, i) => fc.record({
    days: fc.integer({ min: 0, max: 40 }),
    after: i === 0 ? fc.constant(undefined) : optional(fc.subarray(phaseIds.slice(0, i), { minLength: 1 }), 3),
    lag: optional(fc.integer({ min: -6, max: 6 })),
  }).map(p => compact<Phase>({ id, name: `Phase ${id}`, ...p })))
  return fc.tuple(fc.tuple(...each), fc.shuffledSubarray(phaseIds.map((_, i) => i), { minLength: n, maxLength: n }))
    .map(([phases, order]) => order.map(i => phases[i]!))
}

function linesArb(n: number, phaseIds: string[], sectionIds: string[], fringeIds: string[]): fc.Arbitrary<Line[]> {
  return fc.tuple(...ids('l', n).map(id => fc.record({
    section: fc.constantFrom(...sectionIds),
    kind: fc.constantFrom<LineKind>('labor', 'cost'),
    qty: quantityArb(phaseIds),
    unit: fc.constantFrom('day', 'days', '天', 'week', 'episode', 'minute', 'flat'),
    count: fc.integer({ min: 0, max: 5 }),
    rate: moneyArb,
    fringes: optional(fc.subarray(fringeIds)),
    tags: optional(fc.subarray([...TAGS])),
  }).map(l => compact<Line>({ id, name: `Line ${id}`, ...l, fringes: l.kind === 'labor' ? l.fringes : undefined }))))
}

/** Mostly one non-empty field (so that levers do target lines), sometimes any mix, empty ones included. */
function targetsArb(sectionIds: string[], lineIds: string[]): fc.Arbitrary<Targets> {
  const fields = {
    kinds: fc.subarray<LineKind>(['labor', 'cost'], { minLength: 1 }),
    sections: fc.subarray(sectionIds, { minLength: 1 }),
    tags: fc.subarray([...TAGS], { minLength: 1 }),
    lines: fc.subarray(lineIds, { minLength: 1 }),
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(...Object.entries(fields).map(([k, arb]) => arb.map((v): Targets => ({ [k]: v })))) },
    {
      weight: 2,
      arbitrary: fc.record({
        kinds: fc.subarray<LineKind>(['labor', 'cost']),
        sections: fc.subarray(sectionIds),
        tags: fc.subarray([...TAGS]),
        lines: fc.subarray(lineIds),
      }, { requiredKeys: [] }),
    },
  )
}

function leversArb(n: number, phaseIds: string[], sectionIds: string[], lineIds: string[]): fc.Arbitrary<Lever[]> {
  return fc.tuple(...ids('v', n).map(id => fc.record({
    targets: optional(targetsArb(sectionIds, lineIds), 5),
    reduction: optional(rangeArb, 5),
    phaseDays: optional(keyed(phaseIds, rangeArb), 3),
    toolCost: optional(fc.record({
      amount: moneyArb,
      per: fc.constantFrom('flat', 'episode', 'minute', 'month') as fc.Arbitrary<'flat' | 'episode' | 'minute' | 'month'>,
      section: fc.constantFrom(...sectionIds),
      takes: optional(takesArb),
    }).map(compact), 3),
  }).map(l => compact<Lever>({ id, name: `Lever ${id}`, ...l }))))
}

function overridesArb(phaseIds: string[], lineIds: string[], fringeIds: string[], markupIds: string[]): fc.Arbitrary<ScenarioOverrides> {
  return fc.record({
    episodes: fc.integer({ min: 0, max: 120 }),
    minutesPerEpisode: fc.integer({ min: 0, max: 40 }).map(x => x / 4),
    phases: keyed(phaseIds, fc.record({ days: fc.integer({ min: 0, max: 40 }), lag: fc.integer({ min: -6, max: 6 }) }, { requiredKeys: [] })),
    lines: keyed(lineIds, fc.record({ qty: quantityArb(phaseIds), count: fc.integer({ min: 0, max: 5 }), rate: moneyArb }, { requiredKeys: [] })),
    fringes: keyed(fringeIds, fc.record({ percent: percentArb }, { requiredKeys: [] })),
    markups: keyed(markupIds, fc.record({ percent: percentArb }, { requiredKeys: [] })),
  }, { requiredKeys: [] })
}

function scenariosArb(n: number, leverIds: string[], others: Parameters<typeof overridesArb>): fc.Arbitrary<Scenario[]> {
  // Adoption is often all or nothing, sometimes in between.
  const adoption = fc.oneof(fc.constant(100), fc.constant(0), percentArb)
  return fc.tuple(
    fc.tuple(...ids('sc', n).map(id => fc.record({
      adoption: keyed(leverIds, adoption),
      overrides: optional(overridesArb(...others), 2),
    }).map(s => compact<Scenario>({ id, name: `Scenario ${id}`, ...s })))),
    optional(fc.integer({ min: 0, max: n - 1 })),
  ).map(([scenarios, flagged]) => scenarios.map((s, i) => (i === flagged ? { ...s, baseline: true } : s)))
}

export function shapeArb(options: ProjectArbOptions = {}): fc.Arbitrary<Shape> {
  return fc.record({
    phases: fc.integer({ min: 1, max: 6 }),
    sections: fc.integer({ min: 1, max: 4 }),
    fringes: fc.integer({ min: 0, max: 3 }),
    lines: fc.integer({ min: 1, max: 12 }),
    markups: fc.integer({ min: 0, max: 3 }),
    levers: fc.integer({ min: options.minLevers ?? 0, max: Math.max(4, options.minLevers ?? 0) }),
    scenarios: fc.integer({ min: options.minScenarios ?? 1, max: Math.max(4, options.minScenarios ?? 1) }),
  })
}

/** A valid project of random shape. */
export function projectArb(options: ProjectArbOptions = {}): fc.Arbitrary<Project> {
  return shapeArb(options).chain((shape) => {
    const phaseIds = ids('p', shape.phases)
    const sectionIds = ids('s', shape.sections)
    const fringeIds = ids('f', shape.fringes)
    const lineIds = ids('l', shape.lines)
    const markupIds = ids('m', shape.markups)
    const leverIds = ids('v', shape.levers)
    const meta: fc.Arbitrary<Meta> = fc.record({
      title: fc.constant('Generated'),
      currency: fc.constantFrom(...CURRENCIES),
      locale: fc.constantFrom('zh-CN', 'en-US', 'ja-JP'),
      episodes: fc.integer({ min: 0, max: 120 }),
      minutesPerEpisode: fc.integer({ min: 0, max: 40 }).map(x => x / 4),
    })
    const sections: Section[] = sectionIds.map(id => ({ id, name: `Section ${id}` }))
    const fringes: fc.Arbitrary<Fringe[]> = fc.tuple(...fringeIds.map(id => percentArb.map(percent => ({ id, name: `Fringe ${id}`, percent }))))
    const markups: fc.Arbitrary<Markup[]> = fc.tuple(...markupIds.map(id => fc.record({
      percent: percentArb,
      sections: optional(fc.subarray(sectionIds)),
    }).map(m => compact<Markup>({ id, name: `Markup ${id}`, ...m }))))
    return fc.record({
      meta,
      phases: phasesArb(shape.phases),
      fringes,
      lines: linesArb(shape.lines, phaseIds, sectionIds, fringeIds),
      markups,
      levers: leversArb(shape.levers, phaseIds, sectionIds, lineIds),
      scenarios: scenariosArb(shape.scenarios, leverIds, [phaseIds, lineIds, fringeIds, markupIds]),
    }).map(parts => ({ schemaVersion: 1, sections, ...parts }))
  })
}

/** The same project with every range collapsed onto its likely value. */
export function withoutUncertainty(project: Project): Project {
  const point = (r: Range): Range => ({ low: r.likely, likely: r.likely, high: r.likely })
  return {
    ...project,
    levers: project.levers?.map(l => compact<Lever>({
      ...l,
      reduction: l.reduction && point(l.reduction),
      phaseDays: l.phaseDays && Object.fromEntries(Object.entries(l.phaseDays).map(([k, r]) => [k, point(r)])),
      toolCost: l.toolCost && compact({ ...l.toolCost, takes: l.toolCost.takes && point(l.toolCost.takes) }),
    })),
  }
}
