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
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { CHROMIUM_MISSING, CHROMIUM_PATH, ROOT, buildAndServe, msg, openSession } from '../support/browser'
import { browserVersion, median, openProjectFile, percentile, round } from '../support/timing'
import type { Project, Scene } from '../../src/engine/types'
import { addBreakdownLines } from '../../src/stores/breakdownEdits'

const EDITS = 20
const TARGET_MS = 100

declare global {
  interface Window { __edit?: Promise<number> }
}

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

async function timeMinutesEdit(page: Page, value: string): Promise<number> {
  const field = page.getByLabel('Minutes of scene 1-1', { exact: true })
  await field.focus()
  await field.fill(value)
  await page.evaluate(() => {
    const row = document.querySelector('[data-testid="summary-episodes"] tbody tr')!
    const before = row.textContent
    window.__edit = new Promise<number>((resolve, reject) => {
      let t0 = 0
      window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now() }, { capture: true, once: true })
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the summary did not change within 60 s')) }, 60_000)
      const observer = new MutationObserver(() => {
        if (row.textContent === before) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => resolve(performance.now() - t0))
      })
      observer.observe(row, { subtree: true, childList: true, characterData: true })
    })
  })
  await field.press('Enter')
  return page.evaluate(() => window.__edit!)
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exit(1)
  }
  const app = await buildAndServe()
  const session = await openSession()
  try {
    const { page } = session
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    const project = bigBreakdown()
    await openProjectFile(page, project, 'breakdown-800.json')
    await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', 'nav.breakdown'), exact: true }).click()
    await page.getByLabel('Minutes of scene 1-1', { exact: true }).waitFor()
    const times: number[] = []
    for (let i = 0; i < EDITS; i++) times.push(await timeMinutesEdit(page, i % 2 === 0 ? '0.35' : '0.45'))
    const value = round(median(times))
    const version = await browserVersion(page)
    console.error(`breakdown grid, minutes edit at ${project.scenes!.length} scenes: median ${value} ms (p90 ${round(percentile(times, 90))} ms), target < ${TARGET_MS} ms — ${version}`)
    console.log(JSON.stringify({ what: 'breakdown-edit-800', median: value, p90: round(percentile(times, 90)), target: TARGET_MS, browser: version }))
    if (session.problems.length > 0) throw new Error(session.problems.join('\n'))
    if (value >= TARGET_MS) process.exitCode = 1
  }
  finally {
    await session.close()
    await app.close()
  }
}

if (process.argv[1]?.endsWith('breakdown-timing.ts')) void main()
