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
import type { Locator, Page } from 'playwright-core'
import { figures, msg, nameOf, nextFrames } from '../support/browser'
import { largeProject } from '../support/large'
import { heapAfterGc, median, openProjectFile, openView, percentile, round, runTiming, timeEnter, timeSliderMove, timeViewOpen, watchSliders } from '../support/timing'
import type { Figure } from '../support/timing'
import type { Project } from '../../src/engine/types'

const EDITS = Number(process.env.BENCH_EDITS ?? 20)
const HEAP_EDITS = Number(process.env.BENCH_HEAP_EDITS ?? 200)
const VISITS = 3
const MOVES = 20
const RATE = 'input[aria-label^="Rate of "]'

/**
 * `n` committed rate edits, on the first line or, with `lines`, in turn on the first `lines`
 * lines shown (each then a separate undo step); their times, Enter to the headline total changed.
 */
async function rateEdits(page: Page, n: number, lines = 1): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const field: Locator = page.locator(RATE).nth(i % lines)
    times.push(await timeEnter(page, field, Math.floor(i / lines) % 2 === 0 ? '1234.5' : '4321', '[data-testid="kpi-total"]'))
  }
  return times
}

void runTiming('grid-timing', async ({ page }) => {
  const big = largeProject({ lines: 5000 })
  const small: Project = { ...largeProject({ lines: 50 }), meta: { ...big.meta, title: 'Small generated project' } }
  const { baseline, shown } = figures(big)
  const waterfall = msg('en', 'charts.waterfall', {
    baseline: nameOf(big, 'scenarios', baseline.result.id, 'en'),
    scenario: nameOf(big, 'scenarios', shown.result.id, 'en'),
  })
  const out: Figure[] = []
  await openProjectFile(page, big, 'large-5000.json')

  const opens: number[] = []
  for (let i = 0; i < VISITS; i++) opens.push(await timeViewOpen(page, 'budget', { focus: RATE }))
  out.push({ what: 'Budget view interactive, 5,000 lines (median of 3)', value: median(opens), unit: 'ms', target: 1000, detail: `first ${round(opens[0]!)} ms; ${opens.map(round).join(', ')}` })

  const edits = await rateEdits(page, EDITS)
  const bigEdit = median(edits)
  out.push({ what: `Rate edit to the total, 5,000 lines (median of ${EDITS})`, value: bigEdit, unit: 'ms', target: 100, detail: `p90 ${round(percentile(edits, 90))} ms` })

  const heapBefore = await heapAfterGc(page)
  // On ten lines in turn: two edits of one field in a row would be merged into one undo step.
  await rateEdits(page, HEAP_EDITS, 10)
  await page.waitForTimeout(500)
  const heapAfter = await heapAfterGc(page)
  out.push({ what: `Heap growth over ${HEAP_EDITS} edits, 5,000 lines`, value: (heapAfter - heapBefore) / 2 ** 20, unit: 'MB', target: 50, detail: `${round(heapBefore / 2 ** 20)} → ${round(heapAfter / 2 ** 20)} MB` })

  await openView(page, 'ai')
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
  out.push({ what: `Slider move to the charts redrawn, 5,000 lines (median of ${MOVES})`, value: median(moves), unit: 'ms', target: 50, detail: `p90 ${round(percentile(moves, 90))} ms` })

  await openProjectFile(page, small, 'small-50.json')
  await openView(page, 'budget')
  const smallEdits = await rateEdits(page, EDITS)
  const smallEdit = median(smallEdits)
  out.push({ what: 'Rate edit at 5,000 lines ÷ at 50 lines', value: bigEdit / smallEdit, unit: '×', target: 3, detail: `${round(bigEdit)} ms ÷ ${round(smallEdit)} ms` })
  return out
})
