/**
 * What the browser timing scripts (tests/browser/*-timing.ts, run by `npm run bench`) share:
 * the run itself (`runTiming`: the app built and served, Chromium opened on it, the figures
 * printed against their targets), medians and percentiles, a view opened from the navigation
 * timed to the view usable, a file picked timed to what shows it, an edit committed with Enter
 * timed to what it changes, a slider move timed to the chart redrawn, a project opened as a file,
 * and the page's JavaScript heap after a forced garbage collection.
 *
 *   runTiming('grid-timing', async ({ page }) => {
 *     const opens = [await timeViewOpen(page, 'budget', { focus: 'input' })]
 *     return [{ what: 'Budget view interactive', value: median(opens), unit: 'ms', target: 1000 }]
 *   })
 */
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { Locator, Page } from 'playwright-core'
import type { Project } from '../../src/engine/types'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, msg, nextFrames, openSession } from './browser'
import type { ServedApp, Session } from './browser'

declare global {
  interface Window {
    __sliderT0?: number
    __redraw?: Promise<number>
    __open?: Promise<number>
    __edit?: Promise<number>
  }
}

/* ------------------------------------------------------------------------------ the run */

/** A figure measured, against its target (the figure must stay below it; none: printed only). */
export interface Figure {
  what: string
  value: number
  unit: string
  target?: number
  detail?: string
}

export interface TimingRun {
  page: Page
  session: Session
  /** Cores, memory, Node and the browser, for the printout. */
  machine: string
}

export interface TimingOptions {
  /** The page's default timeout, in milliseconds (120 s unless said). */
  timeout?: number
}

/**
 * Runs a timing script: builds and serves the production app, opens Chromium on it (English, 1440
 * × 900) until the headline total shows, and runs `measure`. Then, once the page is known to have
 * reported no problem, prints the figures `measure` gives (`printFigures`). The exit code is 1
 * without Chromium, on an error, on a problem in the page and when a target is missed.
 */
export async function runTiming(name: string, measure: (run: TimingRun) => Promise<Figure[]>, options: TimingOptions = {}): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  let app: ServedApp | undefined
  let session: Session | undefined
  try {
    app = await buildAndServe()
    session = await openSession({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const { page } = session
    page.setDefaultTimeout(options.timeout ?? 120_000)
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${await browserVersion(page)}`
    // tsx keeps function names with a helper (__name) that functions sent to the page call too.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    const figures = await measure({ page, session, machine })
    if (session.problems.length > 0) throw new Error(`the page reported problems:\n${session.problems.join('\n')}`)
    printFigures(name, machine, figures)
  }
  catch (e: unknown) {
    console.error(e)
    process.exitCode = 1
  }
  finally {
    await session?.close()
    await app?.close()
  }
}

/**
 * Prints the figures, each against its target, on stderr after a line naming the script and the
 * machine, and one JSON line on stdout: `{ machine, <name without "-timing">: [{ what, value,
 * unit, target }] }`. Sets the exit code to 1 when a target is missed.
 */
export function printFigures(name: string, machine: string, figures: readonly Figure[]): void {
  console.error(`${name} on ${machine}`)
  let missed = 0
  for (const f of figures) {
    const ok = f.target === undefined || f.value < f.target
    if (!ok) missed++
    const mark = f.target === undefined ? '    ' : ok ? 'ok  ' : 'MISS'
    const target = f.target === undefined ? '' : ` (target < ${f.target} ${f.unit})`
    console.error(`${mark} ${f.what}: ${round(f.value)} ${f.unit}${target}${f.detail ? ` — ${f.detail}` : ''}`)
  }
  const key = name.replace(/-timing$/, '')
  console.log(JSON.stringify({ machine, [key]: figures.map(f => ({ what: f.what, value: round(f.value), unit: f.unit, target: f.target })) }))
  if (missed > 0) {
    console.error(`${name}: ${missed} target(s) missed`)
    process.exitCode = 1
  }
}

/* ---------------------------------------------------------------------------- statistics */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!
}

export const round = (x: number) => Math.round(x * 10) / 10

/* -------------------------------------------------------------------------- page timers */

/** The view's link in the main navigation. */
export function navLink(page: Page, view: string): Locator {
  return page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', `nav.${view}`), exact: true })
}

/** Goes to a view through the navigation; resolves once its heading shows. */
export async function openView(page: Page, view: string): Promise<void> {
  await navLink(page, view).click()
  await page.getByRole('heading', { level: 2, name: msg('en', `nav.${view}`), exact: true }).waitFor()
}

/**
 * From the Overview: milliseconds from the click on the view's link to the frame after the view
 * can be used: the first element matching `ready.focus` takes the focus, or one matching
 * `ready.shown` is there.
 */
export async function timeViewOpen(page: Page, view: string, ready: { focus: string } | { shown: string }): Promise<number> {
  await openView(page, 'overview')
  await nextFrames(page)
  const wanted = 'focus' in ready ? { selector: ready.focus, focus: true } : { selector: ready.shown, focus: false }
  await page.evaluate(({ view, selector, focus }) => {
    window.__open = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        const el = document.querySelector<HTMLElement>(selector)
        if (focus) el?.focus()
        if (el && (!focus || document.activeElement === el)) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector(`nav a[href="#/${view}"]`)!.addEventListener('click', () => {
        t0 = performance.now()
        poll()
      }, { capture: true, once: true })
    })
  }, { view, ...wanted })
  await navLink(page, view).click()
  return page.evaluate(() => window.__open!)
}

/**
 * Picks `file` through File → Open (the hidden file input) and times it: milliseconds from the
 * input's change to the frame after an element matching `ready` is there (and, with `text`, its
 * text includes it).
 */
export async function timeFilePicked(page: Page, file: { name: string, mimeType: string, buffer: Buffer }, ready: string, text?: string): Promise<number> {
  await page.evaluate(({ ready, text }) => {
    window.__open = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        const el = document.querySelector(ready)
        if (el && (text === undefined || el.textContent?.includes(text))) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector('[data-testid="open-file"]')!.addEventListener('change', () => {
        t0 = performance.now()
        poll()
      }, { capture: true, once: true })
    })
  }, { ready, text })
  await page.getByTestId('open-file').setInputFiles(file)
  return page.evaluate(() => window.__open!)
}

/**
 * Types `value` into `field` and times the Enter that commits it: milliseconds from the key to
 * the frame after the text of `changed` (a selector: the first element matching it) changed.
 */
export async function timeEnter(page: Page, field: Locator, value: string, changed: string): Promise<number> {
  await field.focus()
  await field.fill(value)
  await page.evaluate((changed) => {
    const watched = document.querySelector(changed)!
    const before = watched.textContent
    window.__edit = new Promise<number>((resolve, reject) => {
      let t0 = 0
      window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now() }, { capture: true, once: true })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error(`${changed} did not change within 60 s`))
      }, 60_000)
      const observer = new MutationObserver(() => {
        if (watched.textContent === before) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => resolve(performance.now() - t0))
      })
      observer.observe(watched, { subtree: true, childList: true, characterData: true })
    })
  }, changed)
  await field.press('Enter')
  return page.evaluate(() => window.__edit!)
}

/** Records, in the page, when a range input last received input (the slider's t0). */
export async function watchSliders(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.addEventListener('input', (e) => {
      if ((e.target as Element).matches('input[type="range"]')) window.__sliderT0 = performance.now()
    }, true)
  })
}

/**
 * One slider move with the focused slider: milliseconds from its `input` event to two animation
 * frames after the data of the chart titled `chartTitle` changed (its screen-reader table text).
 */
export async function timeSliderMove(page: Page, chartTitle: string, key: 'Home' | 'End'): Promise<number> {
  const figure = page.getByRole('figure', { name: chartTitle, exact: true })
  await figure.evaluate((fig: Element) => {
    const table = fig.querySelector('table')!
    const before = table.textContent
    window.__redraw = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error('the chart data did not change within 5 s'))
      }, 5000)
      const observer = new MutationObserver(() => {
        if (table.textContent === before) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__sliderT0!)))
      })
      observer.observe(table, { subtree: true, childList: true, characterData: true })
    })
  })
  await page.keyboard.press(key)
  return page.evaluate(() => window.__redraw!)
}

/**
 * Opens `project` the way a user does: as a file picked with File → Open (the hidden file input),
 * which adds it to the library and shows it. Resolves once its title is in the top bar.
 */
export async function openProjectFile(page: Page, project: Project, name = 'project.json'): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) })
  await page.getByRole('heading', { level: 1, name: project.meta.title, exact: true }).waitFor({ timeout: 120_000 })
}

/** JavaScript heap in use (bytes) after a forced garbage collection, through the DevTools protocol. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find(m => m.name === 'JSHeapUsedSize')
    if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize')
    return used.value
  }
  finally {
    await cdp.detach()
  }
}

/** The browser's product and version, e.g. "Chrome/126.0.6478.126". */
export async function browserVersion(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    return (await cdp.send('Browser.getVersion')).product
  }
  finally {
    await cdp.detach()
  }
}
