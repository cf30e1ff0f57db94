/**
 * The Budget view of a project with 3,000 markups (issue 18), measured in real Chromium on the
 * production build:
 *
 *   npx tsx tests/browser/markups-timing.ts
 *
 * Opens the default preset with 3,000 markups as a file, as a user does, and measures against
 * these targets: from the click on "Budget" in the navigation to the frame after the first rate
 * field takes focus (median of 3 visits) < 1 s; a committed rate edit, from Enter to the frame
 * after the headline total changed (median of 5) < 1 s. Prints each figure against its target
 * (stderr, with the machine) and one JSON line on stdout; exits 1 when a target is missed or
 * without Chromium. BENCH_MARKUPS changes the number of markups (3,000).
 */
import { presetProject } from '../support/browser'
import { median, openProjectFile, round, runTiming, timeEnter, timeViewOpen } from '../support/timing'
import type { Project } from '../../src/engine/types'

const MARKUPS = Number(process.env.BENCH_MARKUPS ?? 3000)
const RATE = 'input[aria-label^="Rate of "]'

function manyMarkups(): Project {
  const p = presetProject('cn-micro-drama')
  p.meta.title = `${MARKUPS} markups`
  delete p.meta.l10n
  const sections = p.sections.map(s => s.id)
  p.markups = Array.from({ length: MARKUPS }, (_, i) => ({ id: `m${i}`, name: `Markup ${i + 1}`, percent: 0.1, ...(i % 2 ? { sections: [sections[i % sections.length]!] } : {}) }))
  return p
}

void runTiming('markups-timing', async ({ page }) => {
  await openProjectFile(page, manyMarkups())
  const opens: number[] = []
  for (let i = 0; i < 3; i++) opens.push(await timeViewOpen(page, 'budget', { focus: RATE }))
  const edits: number[] = []
  for (let i = 0; i < 5; i++) edits.push(await timeEnter(page, page.locator(RATE).first(), i % 2 ? '1234.5' : '4321', '[data-testid="kpi-total"]'))
  return [
    { what: `Budget view interactive, ${MARKUPS} markups (median of 3)`, value: median(opens), unit: 'ms', target: 1000, detail: `first ${round(opens[0]!)} ms; ${opens.map(round).join(', ')}` },
    { what: `Rate edit to the headline total, ${MARKUPS} markups (median of 5)`, value: median(edits), unit: 'ms', target: 1000 },
  ]
})
