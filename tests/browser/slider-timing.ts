/**
 * How long the charts take to follow a lever slider, and how long the Monte Carlo worker takes
 * for 10,000 iterations, in real Chromium on the production build.
 *
 *   npx tsx tests/browser/slider-timing.ts
 *
 * Builds and previews the app as the browser tests do, opens the largest preset (most lines in
 * presets/) through the New project dialog, then moves a lever's slider 20 times with the keyboard
 * (Home / End alternately, 0 % ↔ 100 %). Each move is timed in the page from the slider's `input`
 * event to the second animation frame after the waterfall chart's data changed (its screen-reader
 * table text): Vue's update, the store's recomputation, Chart.js's update and its first animation
 * frame painted (the 150 ms animation itself is not counted).
 *
 * The worker: on the same preset, the Uncertainty view's "Run for all scenarios" at 10,000
 * iterations, five times; each scenario's time is measured inside the worker (from its first
 * iteration to its summary, the slices' yields included) and read from the results table.
 *
 * Prints both medians (stderr, with the machine, the p90 and every time) and one JSON line on
 * stdout; no target is checked here (the README's table has them). Exits 1 without Chromium,
 * saying how to get it.
 */
import type { Page } from 'playwright-core'
import { figures, largestPreset, msg, nameOf, nextFrames, openPreset, presetProject } from '../support/browser'
import { median, navLink, percentile, round, runTiming, timeSliderMove, watchSliders } from '../support/timing'

const MOVES = 20
const LEVER = 'ai-live-action'
const MC_ITERATIONS = 10_000
const MC_RUNS = 5

/** The worker's milliseconds per scenario for 10,000 iterations, over MC_RUNS runs of every scenario. */
async function timeWorker(page: Page, scenarios: number): Promise<number[]> {
  await navLink(page, 'uncertainty').click()
  const iterations = page.getByRole('textbox', { name: msg('en', 'uncertainty.iterations'), exact: true })
  await iterations.fill(String(MC_ITERATIONS))
  await iterations.press('Enter')
  const read = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="mc-results"] [data-testid="mc-time"]')].map(td => td.getAttribute('data-ms') ?? ''))
  const out: number[] = []
  for (let k = 0; k < MC_RUNS; k++) {
    const before = await read()
    await page.getByRole('button', { name: msg('en', 'uncertainty.runAll') }).click()
    // Done when the progress bar is gone and every scenario has a new time.
    await page.waitForFunction(({ prev, n }) => {
      if (document.querySelector('[data-testid="mc-progress"]')) return false
      const now = [...document.querySelectorAll('[data-testid="mc-results"] [data-testid="mc-time"]')].map(td => td.getAttribute('data-ms') ?? '')
      return now.length === n && now.every((ms, i) => ms !== prev[i])
    }, { prev: before, n: scenarios }, { timeout: 60_000 })
    out.push(...(await read()).map(Number))
  }
  await navLink(page, 'overview').click()
  return out
}

void runTiming('slider-timing', async ({ page }) => {
  const largest = largestPreset()
  const project = presetProject(largest.id)
  const { baseline, shown } = figures(project)
  const leverName = nameOf(project, 'levers', LEVER, 'en')
  const title = msg('en', 'charts.waterfall', {
    baseline: nameOf(project, 'scenarios', baseline.result.id, 'en'),
    scenario: nameOf(project, 'scenarios', shown.result.id, 'en'),
  })
  await openPreset(page, largest.id)
  await page.getByRole('heading', { level: 1, name: project.meta.title }).waitFor()

  const workerMs = await timeWorker(page, project.scenarios.length)

  await watchSliders(page)
  const slider = page.getByRole('slider', { name: msg('en', 'levers.adoption', { name: leverName }), exact: true })
  await slider.focus()
  const start = Number(await slider.inputValue())

  const times: number[] = []
  for (let i = 0; i < MOVES; i++) {
    // Alternate 0 % and 100 %, starting with whichever differs from where the slider is.
    const key = (i % 2 === 0) === (start < 100) ? 'End' : 'Home'
    times.push(await timeSliderMove(page, title, key))
    // Let Chart.js finish its 150 ms animation before the next move.
    await page.waitForTimeout(250)
    await nextFrames(page)
  }
  return [
    {
      what: `Slider move to the charts redrawn, preset ${largest.id} (${largest.lines} lines), lever ${LEVER} (median of ${times.length}, Home/End)`,
      value: median(times),
      unit: 'ms',
      detail: `p90 ${round(percentile(times, 90))} ms; ${times.map(round).join(', ')}`,
    },
    {
      what: `Monte Carlo worker, ${MC_ITERATIONS} iterations per scenario of ${largest.id} (median of ${MC_RUNS} runs × ${project.scenarios.length} scenarios)`,
      value: median(workerMs),
      unit: 'ms',
      detail: `p90 ${round(percentile(workerMs, 90))} ms; ${workerMs.map(round).join(', ')}`,
    },
  ]
})
