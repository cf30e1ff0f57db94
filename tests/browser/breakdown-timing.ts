/**
 * The breakdown grid at 800 scenes, measured in real Chromium on the production build.
 *
 *   npx tsx tests/browser/breakdown-timing.ts
 *
 * Opens a generated project of 100 episodes × 8 scenes (the example's cast and locations, a shoot
 * plan, a cast line per member and a line per location, with rates, so every edit repacks the
 * days and recomputes the budget) and times a committed minutes edit: from the Enter key to the
 * frame after the episode's summary row changed (median of 20): target < 100 ms.
 *
 * Prints the figure against its target on stderr and one JSON line on stdout; exits 1 when the
 * target is missed or without Chromium.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/browser'
import { median, navLink, openProjectFile, percentile, round, runTiming, timeEnter } from '../support/timing'
import type { Project, Scene } from '../../src/engine/types'
import { addBreakdownLines } from '../../src/stores/breakdownEdits'

const EDITS = 20
const TARGET_MS = 100

/** 100 episodes of 8 scenes over the example's cast and locations, with a plan and priced lines. */
export function bigBreakdown(): Project {
  const p = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'breakdown-example.json'), 'utf8')) as Project
  const scenes: Scene[] = []
  const cast = p.cast!.map(c => c.id)
  const places = p.locations!.map(l => l.id)
  for (let e = 1; e <= 100; e++) {
    for (let n = 1; n <= 8; n++) {
      const k = e * 8 + n
      scenes.push({
        id: `e${e}s${n}`, episode: e, number: `${e}-${n}`, time: k % 3 === 0 ? 'night' : 'day', setting: k % 4 === 0 ? 'ext' : 'int',
        location: places[k % places.length]!, cast: [cast[k % cast.length]!, cast[(k * 3 + 1) % cast.length]!].filter((c, i, a) => a.indexOf(c) === i),
        minutes: Number((0.1 + (k % 5) * 0.05).toFixed(2)),
      })
    }
  }
  let q: Project = { ...p, meta: { ...p.meta, title: 'Breakdown of 800 scenes', episodes: 100 }, scenes }
  q.shoot = { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 6 }
  q = addBreakdownLines(q, 'cast').project
  q = addBreakdownLines(q, 'locations').project
  q.lines = q.lines.map(l => (l.rate === 0 ? { ...l, rate: 1000 } : l))
  return q
}

async function measure(): Promise<void> {
  await runTiming('breakdown-timing', async ({ page }) => {
    const project = bigBreakdown()
    await openProjectFile(page, project, 'breakdown-800.json')
    await navLink(page, 'breakdown').click()
    const field = page.getByLabel('Minutes of scene 1-1', { exact: true })
    await field.waitFor()
    const times: number[] = []
    for (let i = 0; i < EDITS; i++) times.push(await timeEnter(page, field, i % 2 === 0 ? '0.35' : '0.45', '[data-testid="summary-episodes"] tbody tr'))
    return [{
      what: `Minutes edit to the episode's summary, ${project.scenes!.length} scenes (median of ${EDITS})`,
      value: median(times),
      unit: 'ms',
      target: TARGET_MS,
      detail: `p90 ${round(percentile(times, 90))} ms`,
    }]
  })
}

if (process.argv[1]?.endsWith('breakdown-timing.ts')) void measure()
