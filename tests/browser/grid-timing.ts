/**
 * Big budgets at spreadsheet speed, measured in real Chromium on the production build.
 *
 *   npx tsx tests/browser/grid-timing.ts
 *
 * Opens a generated 5,000-line project (tests/support/large.ts) as a user does, as a file through
 * File → Open, and measures against these targets:
 *
 * - the Budget view interactive: from the click on "Budget" in the navigation to the animation
 *   frame after the first rate field exists and takes focus (median of 3 visits; the first is
 *   printed too): < 1 s;
 * - a committed rate edit: from the Enter key to the frame after the headline total changed
 *   (median of 20): < 100 ms;
 * - a slider move in the AI levers view: from the slider's input event to two frames after the
 *   waterfall chart's data changed (median of 20): < 50 ms;
 * - 200 rate edits in a row grow the JavaScript heap (after a forced garbage collection, through
 *   the DevTools protocol) by < 50 MB;
 * - the same rate edit on a 50-line project: the 5,000-line median within 3× of it.
 *
 * Prints each figure against its target (stderr, with the machine) and one JSON line on stdout;
 * exits 1 when a target is missed or without Chromium. BENCH_EDITS and BENCH_HEAP_EDITS change the
 * number of edits (20 and 200).
 */
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { Locator, Page } from 'playwright-core'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, figures, msg, nameOf, nextFrames, openSession } from '../support/browser'
import type { ServedApp, Session } from '../support/browser'
import { largeProject } from '../support/large'
import { browserVersion, heapAfterGc, median, openProjectFile, percentile, round, timeSliderMove, watchSliders } from '../support/timing'
import type { Project } from '../../src/engine/types'

const EDITS = Number(process.env.BENCH_EDITS ?? 20)
const HEAP_EDITS = Number(process.env.BENCH_HEAP_EDITS ?? 200)
const VISITS = 3
const MOVES = 20

declare global {
  interface Window {
    __edit?: Promise<number>
    __open?: Promise<number>
  }
}

async function go(page: Page, view: 'overview' | 'budget' | 'ai'): Promise<void> {
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg('en', `nav.${view}`), exact: true }).waitFor({ timeout: 120_000 })
}

/** From the Overview: ms from the click on Budget to the frame after the first rate field takes focus. */
async function timeBudgetOpen(page: Page): Promise<number> {
  await go(page, 'overview')
  await nextFrames(page)
  await page.evaluate(() => {
    window.__open = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        const rate = document.querySelector<HTMLInputElement>('input[aria-label^="Rate of "]')
        rate?.focus()
        if (rate && document.activeElement === rate) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector('nav a[href="#/budget"]')!.addEventListener('click', () => {
        t0 = performance.now()
        poll()
      }, { capture: true, once: true })
    })
  })
  await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', 'nav.budget'), exact: true }).click()
  return page.evaluate(() => window.__open!)
}

/** Types `value` into `field`, then times Enter to the frame after the headline total changed. */
async function timeRateEdit(page: Page, field: Locator, value: string): Promise<number> {
  await field.focus()
  await field.fill(value)
  await page.evaluate(() => {
    const kpi = document.querySelector('[data-testid="kpi-total"]')!
    const before = kpi.textContent
    window.__edit = new Promise<number>((resolve, reject) => {
      let t0 = 0
      window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now() }, { capture: true, once: true })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error('the total did not change within 60 s'))
      }, 60_000)
      const observer = new MutationObserver(() => {
        if (kpi.textContent === before) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => resolve(performance.now() - t0))
      })
      observer.observe(kpi, { subtree: true, childList: true, characterData: true })
    })
  })
  await field.press('Enter')
  return page.evaluate(() => window.__edit!)
}

/**
 * `n` committed rate edits, on the first line or, with `lines`, in turn on the first `lines`
 * lines shown (each then a separate undo step); their times.
 */
async function rateEdits(page: Page, n: number, lines = 1): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const field = page.locator('input[aria-label^="Rate of "]').nth(i % lines)
    times.push(await timeRateEdit(page, field, Math.floor(i / lines) % 2 === 0 ? '1234.5' : '4321'))
  }
  return times
}

interface Figure {
  what: string
  value: number
  unit: string
  target: number
  detail?: string
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  const big = largeProject({ lines: 5000 })
  const small: Project = { ...largeProject({ lines: 50 }), meta: { ...big.meta, title: 'Small generated project' } }
  const { baseline, shown } = figures(big)
  const waterfall = msg('en', 'charts.waterfall', {
    baseline: nameOf(big, 'scenarios', baseline.result.id, 'en'),
    scenario: nameOf(big, 'scenarios', shown.result.id, 'en'),
  })
  const figuresOut: Figure[] = []

  let app: ServedApp | undefined
  let session: Session | undefined
  try {
    app = await buildAndServe()
    session = await openSession({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const { page } = session
    page.setDefaultTimeout(120_000)
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${await browserVersion(page)}`
    // tsx keeps function names with a helper (__name) that functions sent to the page call too.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    await openProjectFile(page, big, 'large-5000.json')

    const opens: number[] = []
    for (let i = 0; i < VISITS; i++) opens.push(await timeBudgetOpen(page))
    figuresOut.push({ what: 'Budget view interactive, 5,000 lines (median of 3)', value: median(opens), unit: 'ms', target: 1000, detail: `first ${round(opens[0]!)} ms; ${opens.map(round).join(', ')}` })

    const edits = await rateEdits(page, EDITS)
    const bigEdit = median(edits)
    figuresOut.push({ what: `Rate edit to the total, 5,000 lines (median of ${EDITS})`, value: bigEdit, unit: 'ms', target: 100, detail: `p90 ${round(percentile(edits, 90))} ms` })

    const heapBefore = await heapAfterGc(page)
    // On ten lines in turn: two edits of one field in a row would be merged into one undo step.
    await rateEdits(page, HEAP_EDITS, 10)
    await page.waitForTimeout(500)
    const heapAfter = await heapAfterGc(page)
    figuresOut.push({ what: `Heap growth over ${HEAP_EDITS} edits, 5,000 lines`, value: (heapAfter - heapBefore) / 2 ** 20, unit: 'MB', target: 50, detail: `${round(heapBefore / 2 ** 20)} → ${round(heapAfter / 2 ** 20)} MB` })

    await go(page, 'ai')
    await watchSliders(page)
    const slider = page.getByRole('slider', { name: msg('en', 'levers.adoption', { name: nameOf(big, 'levers', 'lever0', 'en') }), exact: true })
    await slider.focus()
    const start = Number(await slider.inputValue())
    const moves: number[] = []
    for (let i = 0; i < MOVES; i++) {
      moves.push(await timeSliderMove(page, waterfall, (i % 2 === 0) === (start < 100) ? 'End' : 'Home'))
      await page.waitForTimeout(250)
      await nextFrames(page)
    }
    figuresOut.push({ what: `Slider move to the charts redrawn, 5,000 lines (median of ${MOVES})`, value: median(moves), unit: 'ms', target: 50, detail: `p90 ${round(percentile(moves, 90))} ms` })

    await openProjectFile(page, small, 'small-50.json')
    await go(page, 'budget')
    const smallEdits = await rateEdits(page, EDITS)
    const smallEdit = median(smallEdits)
    figuresOut.push({ what: 'Rate edit at 5,000 lines ÷ at 50 lines', value: bigEdit / smallEdit, unit: '×', target: 3, detail: `${round(bigEdit)} ms ÷ ${round(smallEdit)} ms` })

    if (session.problems.length > 0) throw new Error(`the page reported problems:\n${session.problems.join('\n')}`)

    console.error(`grid-timing on ${machine}`)
    let missed = 0
    for (const f of figuresOut) {
      const ok = f.value < f.target
      if (!ok) missed++
      console.error(`${ok ? 'ok  ' : 'MISS'} ${f.what}: ${round(f.value)} ${f.unit} (target < ${f.target} ${f.unit})${f.detail ? ` — ${f.detail}` : ''}`)
    }
    console.log(JSON.stringify({ machine, grid: figuresOut.map(f => ({ what: f.what, value: round(f.value), unit: f.unit, target: f.target })) }))
    if (missed > 0) {
      console.error(`grid-timing: ${missed} target(s) missed`)
      process.exitCode = 1
    }
  }
  finally {
    await session?.close()
    await app?.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
