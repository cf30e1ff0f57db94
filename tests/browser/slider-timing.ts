/**
 * How long the charts take to follow a lever slider, in real Chromium on the production build.
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
 * Prints one JSON line on stdout: { "sliderToRedrawMs": { "median": …, "p90": …, "n": 20 } }
 * (details go to stderr). Exits 1 without Chromium, saying how to get it.
 */
import type { Page } from 'playwright-core'
import {
  CHROMIUM_MISSING,
  CHROMIUM_PATH,
  PRESET_NAME_KEYS,
  buildAndServe,
  figures,
  largestPreset,
  msg,
  nameOf,
  nextFrames,
  openSession,
  presetProject,
} from '../support/browser'
import type { ServedApp, Session } from '../support/browser'
import { median, percentile, round, timeSliderMove, watchSliders } from '../support/timing'
import { existsSync } from 'node:fs'

const MOVES = 20
const LEVER = 'ai-live-action'

async function openPreset(page: Page, id: string): Promise<void> {
  const key = PRESET_NAME_KEYS[id]
  if (!key) throw new Error(`preset ${id} has no name in the New project dialog (PRESET_NAME_KEYS)`)
  const dialog = page.getByRole('dialog', { name: msg('en', 'presets.title') })
  await page.getByRole('button', { name: msg('en', 'header.newProject') }).click()
  await dialog.getByRole('button', { name: msg('en', key) }).click()
  const confirm = page.getByRole('alertdialog')
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: msg('en', 'common.confirm') }).click()
  await dialog.waitFor({ state: 'detached' })
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(CHROMIUM_MISSING)
    process.exitCode = 1
    return
  }
  const largest = largestPreset()
  const project = presetProject(largest.id)
  const { baseline, shown } = figures(project)
  const leverName = nameOf(project, 'levers', LEVER, 'en')
  const title = msg('en', 'charts.waterfall', {
    baseline: nameOf(project, 'scenarios', baseline.result.id, 'en'),
    scenario: nameOf(project, 'scenarios', shown.result.id, 'en'),
  })

  let app: ServedApp | undefined
  let session: Session | undefined
  try {
    app = await buildAndServe()
    session = await openSession({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    const { page } = session
    await page.goto(app.url)
    await page.getByTestId('kpi-total').waitFor()
    await openPreset(page, largest.id)
    await page.getByRole('heading', { level: 1, name: project.meta.title }).waitFor()

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
    if (session.problems.length > 0) throw new Error(`the page reported problems:\n${session.problems.join('\n')}`)

    console.error(`slider-timing: preset ${largest.id} (${largest.lines} lines), lever ${LEVER}, ${MOVES} moves (Home/End), ms: ${times.map(round).join(', ')}`)
    console.log(JSON.stringify({ sliderToRedrawMs: { median: round(median(times)), p90: round(percentile(times, 90)), n: times.length } }))
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
