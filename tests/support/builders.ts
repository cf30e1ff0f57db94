/**
 * Small hand-made projects for unit tests (tests/support/projects.ts, checked by parseProject so
 * that no test computes on a file the app would refuse), and the MODEL.md example read from its file.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Project } from '../../src/engine/types'
import { valid } from './projects'

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/model-example.json', import.meta.url))

/** A fresh copy of tests/fixtures/model-example.json, as plain JSON. */
export function fixtureJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, unknown>
}

/** The fixture, validated. */
export function fixtureProject(): Project {
  return valid(fixtureJson())
}

export { line, makeProject, scenario, valid } from './projects'
export type { ProjectInput } from './projects'
