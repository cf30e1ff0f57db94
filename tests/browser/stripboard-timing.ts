/**
 * The stripboard stays fluid at 800 scenes (issue 16), measured in real Chromium on the production
 * build:
 *
 *   npx tsx tests/browser/stripboard-timing.ts
 *
 * A generated micro-drama of 800 scenes, 40 locations and 20 cast members with 5,000 other budget
 * lines (tests/support/shootProject.ts) is opened as a file; in the Schedule view a strip is moved
 * one place down with Alt+↓ (the same edit as a drop), and the time is taken from the key to the
 * frame after the headline total changed (median of 20 moves), against < 100 ms; and the view
 * itself, from the click on Schedule to the first strip drawn (median of 3), against < 1 s.
 *
 * Prints each figure against its target (stderr, with the machine) and one JSON line on stdout;
 * exits 1 when a target is missed or without Chromium.
 */
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { Page } from 'playwright-core'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, msg, nextFrames, openSession } from '../support/browser'
import type { ServedApp, Session } from '../support/browser'
import { shootProject } from '../support/shootProject'
import { browserVersion, median, openProjectFile, percentile, round } from '../support/timing'

const MOVES = 20

declare global {
  interface Window {
    __open?: Promise<number>
  }
}

async function timeOpen(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', 'nav.overview'), exact: true }).click()
  await nextFrames(page)
  await page.evaluate(() => {
    window.__open = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        if (document.querySelector('[data-testid="stripboard"] [data-scene]')) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector('nav a[href="#/schedule"]')!.addEventListener('click', () => { t0 = performance.now(); poll() }, { capture: true, once: true })
    })
  })
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', 'nav.schedule'), exact: true }).click()
  return page.evaluate(() => window.__open!)
}

/**
 * Alt+↓ on the focused strip (the key event dispatched in the page, so that its time is taken
 * there), timed to the frame after the headline total changed; null when the total stayed the same.
 */
async function timeMove(page: Page): Promise<number | null> {
  return page.evaluate(() => new Promise<number | null>((resolve) => {
    const kpi = document.querySelector('[data-testid="kpi-total"]')!
    const strip = document.activeElement as HTMLElement
    const before = kpi.textContent
    const timer = setTimeout(() => { observer.disconnect(); resolve(null) }, 30_000)
    const observer = new MutationObserver(() => {
      if (kpi.textContent === before) return
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => resolve(performance.now() - t0))
    })
    observer.observe(kpi, { subtree: true, childList: true, characterData: true })
    const t0 = performance.now()
    strip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, cancelable: true }))
  }))
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  const project = shootProject({ scenes: 800, locations: 40, cast: 20, lines: 5000 })
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
    await openProjectFile(page, project, 'plan-800.json')
    const opens: number[] = []
    for (let i = 0; i < 3; i++) opens.push(await timeOpen(page))
    // The first strip of day 1, moved down and back: each move changes the days, so the total.
    const first = page.locator('[data-testid="stripboard"] [data-scene]').first()
    await first.click()
    const moves: number[] = []
    for (let i = 0; i < MOVES; i++) {
      // A move that leaves the total as it was (the same days and paid spans) is not timed.
      const ms = await timeMove(page)
      if (ms !== null) moves.push(ms)
      await page.waitForTimeout(150)
    }
    if (moves.length < 5) throw new Error(`only ${moves.length} of ${MOVES} moves changed the total`)
    if (session.problems.length > 0) throw new Error(`the page reported problems:\n${session.problems.join('\n')}`)
    const figures = [
      { what: 'Schedule view with 800 scenes and 5,000 lines, to the first strip (median of 3)', value: median(opens), target: 1000, detail: opens.map(round).join(', ') },
      { what: `A strip moved (Alt+↓) to the headline total, 800 scenes (median of ${moves.length})`, value: median(moves), target: 100, detail: `p90 ${round(percentile(moves, 90))} ms` },
    ]
    console.error(`stripboard-timing on ${machine}`)
    for (const f of figures) console.error(`${f.value < f.target ? 'ok  ' : 'MISS'} ${f.what}: ${round(f.value)} ms (target < ${f.target} ms) — ${f.detail}`)
    console.log(JSON.stringify({ machine, stripboard: figures.map(f => ({ what: f.what, value: round(f.value), unit: 'ms', target: f.target })) }))
    if (figures.some(f => f.value >= f.target)) process.exitCode = 1
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
