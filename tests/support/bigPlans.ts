/**
 * Plans far larger than a producer's, for the browser benchmark of every view (issue 18): many
 * phases (a chain), many markups, many sections, many scenarios. Deterministic, valid projects.
 */
import { largeProject } from './large'
import type { Phase, Project, Scenario } from '../../src/engine/types'

/** A project whose phases form one chain of `n` (each after the one before, a few with overlaps). */
export function manyPhases(n: number): Project {
  const base = largeProject({ lines: 200, scenarios: 3 })
  const phases: Phase[] = Array.from({ length: n }, (_, i) => ({
    id: `ph${i}`,
    name: `Phase ${i}`,
    days: 1 + (i % 5),
    ...(i > 0 ? { after: [`ph${i - 1}`] } : {}),
    ...(i % 7 === 3 ? { lag: -1 } : {}),
  }))
  const keep = new Set(phases.map(p => p.id))
  return {
    ...base,
    meta: { ...base.meta, title: `${n} phases` },
    phases,
    lines: base.lines.map(l => (typeof l.qty === 'object' && l.qty.of.startsWith('phase:') && !keep.has(l.qty.of.slice(6)) ? { ...l, qty: { of: `phase:ph${l.id.length % n}` as const } } : l)),
    levers: base.levers?.map(({ phaseDays: _drop, ...l }) => l),
    scenarios: base.scenarios.map(({ overrides: _drop, ...s }) => s),
  }
}

export function manyMarkups(n: number): Project {
  const base = largeProject({ lines: 200, scenarios: 3 })
  return {
    ...base,
    meta: { ...base.meta, title: `${n} markups` },
    markups: Array.from({ length: n }, (_, i) => ({ id: `mk${i}`, name: `Markup ${i}`, percent: (i % 10) / 10, ...(i % 3 === 0 ? { sections: [`sec${i % 20}`] } : {}) })),
  }
}

export function manySections(n: number): Project {
  const base = largeProject({ lines: Math.max(200, n), scenarios: 3 })
  const sections = Array.from({ length: n }, (_, i) => ({ id: `sec${i}`, name: `Section ${i}` }))
  return {
    ...base,
    meta: { ...base.meta, title: `${n} sections` },
    sections,
    lines: base.lines.map((l, i) => ({ ...l, section: `sec${i % n}` })),
    markups: [{ id: 'contingency', name: 'Contingency', percent: 10 }],
    levers: base.levers?.map(l => (l.toolCost ? { ...l, toolCost: { ...l.toolCost, section: 'sec0' } } : l)).map(l => (l.targets?.sections ? { ...l, targets: { sections: ['sec1', 'sec2'] } } : l)),
  }
}

export function manyScenarios(n: number): Project {
  const base = largeProject({ lines: 200, scenarios: 1 })
  const levers = base.levers ?? []
  const scenarios: Scenario[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `Scenario ${i}`,
    ...(i === 0 ? { baseline: true } : {}),
    adoption: i === 0 ? {} : { [levers[i % levers.length]!.id]: (i * 7) % 101 },
  }))
  return { ...base, meta: { ...base.meta, title: `${n} scenarios` }, scenarios }
}
