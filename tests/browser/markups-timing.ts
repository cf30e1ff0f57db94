/**
 * The Budget view of a project with 3,000 markups (issue 18), measured in real Chromium on the
 * production build:
 *
 *   npx tsx tests/browser/markups-timing.ts
 *
 * Opens the default preset with 3,000 markups as a file, as a user does, and measures against
 * these targets: from the click on "Budget" in the navigation to the frame after the first rate
 * field takes focus (median of 3 visits) < 1 s; a committed rate edit, from Enter to the frame
 * after the headline total changed (median of 5) < 1 s. Prints each figure against its target
 * and one JSON line on stdout; exits 1 when a target is missed.
 */
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { CHROMIUM_MISSING, CHROMIUM_PATH, buildAndServe, msg, nextFrames, openSession, presetProject } from '../support/browser'
import { median, openProjectFile, round } from '../support/timing'
import type { Project } from '../../src/engine/types'

const MARKUPS = Number(process.env.BENCH_MARKUPS ?? 3000)

declare global {
  interface Window { __t?: Promise<number> }
}

function manyMarkups(): Project {
  const p = presetProject('cn-micro-drama')
  p.meta.title = `${MARKUPS} markups`
  delete p.meta.l10n
  const sections = p.sections.map(s => s.id)
  p.markups = Array.from({ length: MARKUPS }, (_, i) => ({ id: `m${i}`, name: `Markup ${i + 1}`, percent: 0.1, ...(i % 2 ? { sections: [sections[i % sections.length]!] } : {}) }))
  return p
}

const nav = (page: Page, view: string) => page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', `nav.${view}`), exact: true })

async function timeBudgetOpen(page: Page): Promise<number> {
  await nav(page, 'overview').click()
  await page.getByRole('heading', { level: 2, name: msg('en', 'nav.overview'), exact: true }).waitFor({ timeout: 120_000 })
  await nextFrames(page)
  await page.evaluate(() => {
    window.__t = new Promise<number>((resolve) => {
      let t0 = 0
      const poll = () => requestAnimationFrame(() => {
        const rate = document.querySelector<HTMLInputElement>('input[aria-label^="Rate of "]')
        rate?.focus()
        if (rate && document.activeElement === rate) requestAnimationFrame(() => resolve(performance.now() - t0))
        else poll()
      })
      document.querySelector('nav a[href="#/budget"]')!.addEventListener('click', () => { t0 = performance.now(); poll() }, { capture: true, once: true })
    })
  })
  await nav(page, 'budget').click()
  return page.evaluate(() => window.__t!)
}

async function timeRateEdit(page: Page, value: string): Promise<number> {
  const field = page.locator('input[aria-label^="Rate of "]').first()
  await field.focus()
  await field.fill(value)
  await page.evaluate(() => {
    const kpi = document.querySelector('[data-testid="kpi-total"]')!
    const before = kpi.textContent
    window.__t = new Promise<number>((resolve) => {
      let t0 = 0
      window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now() }, { capture: true, once: true })
      const observer = new MutationObserver(() => {
        if (kpi.textContent === before) return
        observer.disconnect()
        requestAnimationFrame(() => resolve(performance.now() - t0))
      })
      observer.observe(kpi, { subtree: true, childList: true, characterData: true })
    })
  })
  await field.press('Enter')
  return page.evaluate(() => window.__t!)
}

if (!existsSync(CHROMIUM_PATH)) {
  console.error(CHROMIUM_MISSING)
  process.exit(1)
}
const app = await buildAndServe()
const session = await openSession()
try {
  const { page } = session
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.goto(app.url)
  await page.getByTestId('kpi-total').waitFor()
  await openProjectFile(page, manyMarkups())
  const opens = []
  for (let i = 0; i < 3; i++) opens.push(await timeBudgetOpen(page))
  const edits = []
  for (let i = 0; i < 5; i++) edits.push(await timeRateEdit(page, i % 2 ? '1234.5' : '4321'))
  const figures = [
    { what: `Budget view interactive, ${MARKUPS} markups (median of 3; first ${round(opens[0]!)} ms)`, value: round(median(opens)), unit: 'ms', target: 1000 },
    { what: `rate edit to headline total, ${MARKUPS} markups (median of 5)`, value: round(median(edits)), unit: 'ms', target: 1000 },
  ]
  for (const f of figures) console.error(`${f.value < f.target ? 'ok  ' : 'MISS'} ${f.what}: ${f.value} ${f.unit} (target < ${f.target})`)
  console.log(JSON.stringify({ markups: MARKUPS, figures }))
  process.exitCode = figures.every(f => f.value < f.target) ? 0 : 1
}
finally {
  await session.close()
  await app.close()
}
