/**
 * Small hand-made projects for unit tests: a valid default, overridable piece by piece, and
 * checked by parseProject so that no test computes on a file the app would refuse.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatProblem, parseProject } from '../../src/engine/validate'
import type { Line, Meta, Project, Scenario } from '../../src/engine/types'

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/model-example.json', import.meta.url))

/** A fresh copy of tests/fixtures/model-example.json, as plain JSON. */
export function fixtureJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>
}

/** The fixture, validated. */
export function fixtureProject(): Project {
  return valid(fixtureJson())
}

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

export type ProjectInput = Partial<Omit<Project, 'meta'>> & { meta?: Partial<Meta> }

/**
 * A project in CNY with 10 episodes of 2 minutes, one 10-day phase "shoot", one section "crew",
 * no lines and a single baseline scenario "base"; `fields` replace any part of it.
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
