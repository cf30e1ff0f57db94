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
 * exits 1 when a target is missed or without Chromium.
 */
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { Page } from 'playwright-core'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, msg, nextFrames, openSession } from '../support/browser'
import type { ServedApp, Session } from '../support/browser'
import { manyMarkups, manyPhases, manyScenarios, manySections } from '../support/bigPlans'
import { browserVersion, median, openProjectFile, round } from '../support/timing'
import type { Project } from '../../src/engine/types'

const VISITS = 3
const TARGET = 1000

declare global {
  interface Window {
    __open?: Promise<number>
  }
}

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

async function go(page: Page, view: string): Promise<void> {
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg('en', `nav.${view}`), exact: true }).waitFor({ timeout: 300_000 })
}

/** From the Overview: ms from the click on the view's link to the frame after `field` takes focus. */
async function timeOpen(page: Page, view: string, field: string): Promise<number> {
  await go(page, 'overview')
  await nextFrames(page)
  await page.evaluate(({ view, field }) => {
    window.__open = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        const el = document.querySelector<HTMLElement>(field)
        el?.focus()
        if (el && document.activeElement === el) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector(`nav a[href="#/${view}"]`)!.addEventListener('click', () => {
        t0 = performance.now()
        poll()
      }, { capture: true, once: true })
    })
  }, { view, field })
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', `nav.${view}`), exact: true }).click()
  return page.evaluate(() => window.__open!)
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  const only = process.env.PLAN_CASE
  const out: { what: string, value: number, detail: string }[] = []
  let app: ServedApp | undefined
  let session: Session | undefined
  try {
    app = await buildAndServe()
    session = await openSession({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const { page } = session
    page.setDefaultTimeout(300_000)
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${await browserVersion(page)}`
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    for (const c of CASES) {
      if (only && !c.what.includes(only)) continue
      const project = c.project()
      await openProjectFile(page, project, `${project.meta.title}.json`)
      const times: number[] = []
      for (let i = 0; i < VISITS; i++) times.push(await timeOpen(page, c.view, c.field))
      out.push({ what: c.what, value: median(times), detail: times.map(round).join(', ') })
      console.error(`${median(times) < TARGET ? 'ok  ' : 'MISS'} ${c.what}: ${round(median(times))} ms (target < ${TARGET} ms) — ${out.at(-1)!.detail}`)
    }
    if (session.problems.length > 0) throw new Error(`the page reported problems:\n${session.problems.join('\n')}`)
    console.error(`plan-timing on ${machine}`)
    console.log(JSON.stringify({ machine, plans: out.map(f => ({ what: f.what, value: round(f.value), unit: 'ms', target: TARGET })) }))
    if (out.some(f => f.value >= TARGET)) process.exitCode = 1
  }
  finally {
    await session?.close()
    await app?.close()
  }
}

void main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
