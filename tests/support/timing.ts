/**
 * Timing helpers for the browser benchmarks (tests/browser/slider-timing.ts, grid-timing.ts):
 * medians and percentiles, a slider move timed to the chart redrawn, a project opened as a file,
 * and the page's JavaScript heap after a forced garbage collection.
 */
import type { Page } from 'playwright-core'
import type { Project } from '../../src/engine/types'

declare global {
  interface Window {
    __sliderT0?: number
    __redraw?: Promise<number>
  }
}

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
