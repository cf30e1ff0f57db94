/**
 * Small hand-made projects for component tests, as tests/support/builders.ts makes them but
 * without reading files (jsdom's import.meta.url is not a file address).
 */
import { formatProblem, parseProject } from '../../src/engine/validate'
import type { Line, Meta, Project, Scenario } from '../../src/engine/types'

export type ProjectInput = Partial<Omit<Project, 'meta'>> & { meta?: Partial<Meta> }

/** Throws with every problem when the project is refused; returns the validated project. */
export function valid(input: unknown): Project {
  const r = parseProject(input)
  if (!r.ok) throw new Error(`test project refused:\n${r.problems.map(formatProblem).join('\n')}`)
  return r.project
}

export function line(id: string, fields: Partial<Line> = {}): Line {
  return { id, section: 'crew', name: id, kind: 'cost', qty: 1, unit: 'flat', count: 1, rate: 0, ...fields }
}

export function scenario(id: string, adoption: Record<string, number> = {}, fields: Partial<Scenario> = {}): Scenario {
  return { id, name: id, adoption, ...fields }
}

/**
 * A project in CNY with 10 episodes of 2 minutes, one 10-day phase "shoot", one section "crew",
 * no lines and a single baseline scenario "base"; `fields` replace any part of it. Throws with
 * every problem when the app would refuse it.
 */
export function makeProject(fields: ProjectInput = {}): Project {
  const { meta, ...rest } = fields
  return valid({
    schemaVersion: 1,
    phases: [{ id: 'shoot', name: 'Shoot', days: 10 }],
    sections: [{ id: 'crew', name: 'Crew' }],
    lines: [],
    scenarios: [scenario('base', {}, { baseline: true })],
    ...rest,
    meta: { title: 'Test', currency: 'CNY', locale: 'zh-CN', episodes: 10, minutesPerEpisode: 2, ...meta },
  })
}
