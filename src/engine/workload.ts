/**
 * Whether a valid project is small enough to compute in reasonable time and memory. A 20 MB file
 * can hold 20,000 levers and 20,000 phases: each scenario would then fill tables of 400 million
 * cells (levers × phases) and run for minutes. Real projects are thousands of times smaller
 * (5,000 lines, 10 levers, 5 scenarios is a large one), so these limits only stop hostile files.
 */
import type { Problem, Project } from './types'

/** Cells of a table the engine holds per scenario (levers × phases, levers × sections…). */
export const MAX_TABLE_CELLS = 10_000_000
/** Steps of work for all the scenarios (each: its size, levers × lines, markups × levers × sections…). */
export const MAX_WORK = 200_000_000

/** Problems of a project too large to compute (at most one per measure); empty when it is not. */
export function workloadProblems(project: Project): Problem[] {
  const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}`
  const levers = project.levers?.length ?? 0
  const phases = project.phases.length
  const sections = project.sections.length
  const markups = project.markups?.length ?? 0
  const lines = project.lines.length
  const scenarios = project.scenarios.length
  const scenes = project.scenes?.length ?? 0
  // The plan (MODEL.md §6) is packed in each scenario: its scenes, cast entries and locations.
  const plan = scenes + (project.cast?.length ?? 0) + (project.locations?.length ?? 0) + (project.scenes ?? []).reduce((n, s) => n + (Array.isArray(s.cast) ? s.cast.length : 0), 0)
  const size = lines + phases + sections + markups + levers + plan
  const perScenario = (factors: string[], n: number): [string, string[], number, number] =>
    ['scenarios', [count(scenarios, 'scenarios'), ...factors], scenarios * n, MAX_WORK]
  const measures: [string, string[], number, number][] = [
    // Tables held for each scenario.
    ['levers', [count(levers, 'levers'), count(phases, 'phases')], levers * phases, MAX_TABLE_CELLS],
    ['levers', [count(levers, 'levers'), count(sections, 'sections')], levers * sections, MAX_TABLE_CELLS],
    ['markups', [count(markups, 'markups'), count(sections, 'sections')], markups * sections, MAX_TABLE_CELLS],
    // Work for every scenario: its parts, the lines each lever may target, the phases and
    // sections each lever may change, and the markups shared among the levers by section.
    perScenario([`${size.toLocaleString('en-US')} lines, phases, sections, markups, levers, scenes, cast and locations`], size),
    // Each scene's minutes, cut by the levers with scene hours.
    perScenario([count(levers, 'levers'), count(scenes, 'scenes')], levers * scenes),
    perScenario([count(levers, 'levers'), count(lines, 'lines')], levers * lines),
    perScenario([count(levers, 'levers'), `${(phases + sections).toLocaleString('en-US')} phases and sections`], levers * (phases + sections)),
    perScenario([count(markups, 'markups'), count(levers, 'levers'), count(sections, 'sections')], markups * levers * sections),
  ]
  return measures
    .filter(([, , n, max]) => n > max)
    .map(([path, factors, n, max]) => ({
      path,
      message: `too many to compute: ${factors.join(' × ')} = ${n.toLocaleString('en-US')}, more than the ${max.toLocaleString('en-US')} this tool computes`,
    }))
}
