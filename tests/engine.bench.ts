/**
 * Engine benchmarks: `npx vitest bench --run`.
 * (a) every scenario of a generated 5,000-line project with 10 levers and 5 scenarios;
 * (b) 10,000 Monte Carlo iterations of the largest project in presets/ (by number of lines),
 *     or of the generated project when presets/ holds none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { computeProject } from '../src/engine/compute'
import { monteCarlo } from '../src/engine/uncertainty'
import { parseProjectText } from '../src/engine/validate'
import type { Project } from '../src/engine/types'
import { valid } from './support/builders'
import { largeProject } from './support/large'

const PRESETS = join(import.meta.dirname, '..', 'presets')

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.json'))
    .map(name => join(dir, name))
}

/** The valid preset with the most lines, if any. */
function largestPreset(): Project | undefined {
  let best: Project | undefined
  for (const path of jsonFiles(PRESETS)) {
    const parsed = parseProjectText(readFileSync(path, 'utf8'))
    if (parsed.ok && (!best || parsed.project.lines.length > best.lines.length)) best = parsed.project
  }
  return best
}

const large = valid(largeProject())
const mcProject = largestPreset() ?? large
// The first scenario that adopts a lever, so that the draws matter; the baseline otherwise.
const mcScenario = mcProject.scenarios.find(s => Object.values(s.adoption).some(a => a > 0)) ?? mcProject.scenarios[0]!

describe('engine', () => {
  bench('computeProject: 5,000 lines, 10 levers, 5 scenarios', () => {
    computeProject(large)
  }, { time: 3000, warmupIterations: 20 })

  bench(`monteCarlo: 10,000 iterations of "${mcProject.meta.title}" (${mcProject.lines.length} lines)`, () => {
    monteCarlo(mcProject, mcScenario, { iterations: 10_000, seed: 1 })
  }, { iterations: 5, warmupIterations: 1, time: 0 })
})
