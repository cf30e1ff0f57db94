/**
 * Every view stays interactive with plans far larger than a producer's (issue 18), measured in
 * real Chromium on the production build:
 *
 *   npx tsx tests/browser/plan-timing.ts
 *
 * Each generated plan (tests/support/bigPlans.ts) is opened as a file, as a user does; then, from
 * the Overview, the time from the click on the view's link to the frame after its first field
 * takes focus (the view can be used), median of 3 visits, against a target of 1 s:
 * Schedule with 2,000 phases, Scenarios with 500 phases, Budget with 3,000 markups, Compare with
 * 2,000 sections and with 5,000 scenarios.
 *
 * Prints each figure against its target (stderr, with the machine) and one JSON line on stdout;
 * exits 1 when a target is missed or without Chromium. PLAN_CASE=text measures only the cases whose
 * name contains it.
 */
import { manyMarkups, manyPhases, manyScenarios, manySections } from '../support/bigPlans'
import { median, openProjectFile, round, runTiming, timeViewOpen } from '../support/timing'
import type { Figure } from '../support/timing'
import type { Project } from '../../src/engine/types'

const VISITS = 3
const TARGET = 1000

interface Case {
  what: string
  project: () => Project
  view: 'schedule' | 'scenarios' | 'budget' | 'compare'
  /** The view's first field: focused once the view can be used. */
  field: string
}

const CASES: Case[] = [
  { what: 'Schedule, 2,000 phases', project: () => manyPhases(2000), view: 'schedule', field: '[data-testid="schedule-table"] input' },
  { what: 'Scenarios, 500 phases', project: () => manyPhases(500), view: 'scenarios', field: '[data-testid="scenario-plan"] input' },
  { what: 'Budget, 3,000 markups', project: () => manyMarkups(3000), view: 'budget', field: 'input[aria-label^="Rate of "]' },
  { what: 'Compare, 2,000 sections', project: () => manySections(2000), view: 'compare', field: '[data-testid="compare-reference"]' },
  { what: 'Compare, 5,000 scenarios', project: () => manyScenarios(5000), view: 'compare', field: '[data-testid="compare-reference"]' },
]

void runTiming('plan-timing', async ({ page }) => {
  const only = process.env.PLAN_CASE
  const out: Figure[] = []
  for (const c of CASES) {
    if (only && !c.what.includes(only)) continue
    const project = c.project()
    await openProjectFile(page, project, `${project.meta.title}.json`)
    const times: number[] = []
    for (let i = 0; i < VISITS; i++) times.push(await timeViewOpen(page, c.view, { focus: c.field }))
    out.push({ what: c.what, value: median(times), unit: 'ms', target: TARGET, detail: times.map(round).join(', ') })
    // A case can take minutes: say each as it is measured.
    console.error(`… ${c.what}: ${round(median(times))} ms`)
  }
  return out
}, { timeout: 300_000 })
