// @vitest-environment node
/**
 * The scenario views in a real browser (the production build in Debian's Chromium, as
 * app.browser.test.ts): a copy with one override changes only its own column of the compare
 * table; every figure of that table equals the CLI's JSON for every scenario of every preset; a
 * 10,000-iteration Monte Carlo run in the worker leaves the page without a long task, and cancel
 * stops it; screenshots of the new views in both languages.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips (and says so).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { run as cli } from '../../src/cli/main'
import { formatAmount, formatPercent } from '../../src/app/format'
import { minorDigits } from '../../src/engine/money'
import type { ProjectReport } from '../../src/engine/report'
import type { Project } from '../../src/engine/types'
import { monteCarlo } from '../../src/engine/uncertainty'
import {
  ROOT,
  SCREENSHOT_DIR,
  browserTestsSkipped,
  servedSuite,
  largestPreset,
  msg,
  nameOf,
  nextFrames,
  openPreset,
  presetIds,
  presetProject,
} from '../support/browser'
import type { Session, SessionOptions, UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()
const NEW_VIEWS = ['scenarios', 'compare', 'uncertainty'] as const

const suite = servedSuite()

/* ------------------------------------------------------------------------------ helpers */

/** A first visit at 1280 × 800 unless told otherwise. */
const firstVisit = (options: SessionOptions & { hash?: string } = {}): Promise<Session> =>
  suite.visit({ viewport: { width: 1280, height: 800 }, ...options })

async function go(page: Page, view: string, locale: UiLocale = 'en'): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') })
    .getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}

/** The compare table as row key → scenario id → the figure in the cell (an explain button's text, or the cell's). */
type CompareTable = Record<string, Record<string, string>>
async function readCompare(page: Page): Promise<CompareTable> {
  const table = page.getByRole('table', { name: /^(All scenarios|全部方案) · / })
  await table.waitFor()
  return table.evaluate((el: Element) => Object.fromEntries([...el.querySelectorAll('tr[data-row]')].map(tr => [
    tr.getAttribute('data-row')!,
    Object.fromEntries([...tr.querySelectorAll('td[data-scenario]')].map(td => [td.getAttribute('data-scenario')!, ((td.querySelector('button') ?? td).textContent ?? '').replace(/\s+/g, ' ').trim()])),
  ])))
}

/** A column of the table. */
function column(t: CompareTable, id: string): Record<string, string> {
  return Object.fromEntries(Object.entries(t).map(([row, cells]) => [row, cells[id]!]))
}

/** "−93,929.30" → −93929.3 */
function num(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-').replace(/^\+/, ''))
}

/** The CLI's JSON report (`npm run budget -- <file> --format json`), run in-process. */
function cliReport(project: Project, args: string[] = []): ProjectReport {
  const file = join(ROOT, 'test-results', `scenarios-browser-${project.meta.title.replace(/\W+/g, '-')}.json`)
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  // The project as a file, as a producer would pass it to the CLI.
  writeFileSync(file, JSON.stringify(project))
  let out = ''
  let err = ''
  const code = cli([file, '--format', 'json', ...args], (s) => { out += s }, (s) => { err += s })
  if (code !== 0) throw new Error(err)
  return JSON.parse(out) as ProjectReport
}

/**
 * Every figure of the compare table, for every scenario, equals the CLI's JSON: parsed from the
 * cells and compared as numbers (amounts to the cent), percentages as the app rounds them.
 */
function expectTableEqualsCli(table: CompareTable, project: Project): void {
  const report = cliReport(project)
  const base = report.scenarios.find(s => s.baseline)!
  expect(Object.keys(table.total!).sort()).toEqual(report.scenarios.map(s => s.id).sort())
  for (const s of report.scenarios) {
    const c = column(table, s.id)
    const at = `${project.meta.title} / ${s.id}`
    expect(num(c.total!), at).toBe(s.total)
    if (s.baseline) expect(c.change, at).toBe('—')
    else {
      expect(num(c.change!), at).toBe(s.vsBaseline.change)
      expect(c['change-pct'], at).toBe(formatPercent((s.vsBaseline.change / base.total) * 100, 'en', true))
    }
    expect(c['per-episode'] === '—' ? null : num(c['per-episode']!), at).toBe(s.perEpisode)
    expect(c['per-minute'] === '—' ? null : num(c['per-minute']!), at).toBe(s.perMinute)
    expect(num(c.days!), at).toBe(s.calendarDays)
    expect(c['labor-share'], at).toBe(formatPercent((s.labor / s.subtotal) * 100, 'en'))
    for (const sec of s.sections) expect(num(c[`section:${sec.id}`]!), `${at} / ${sec.id}`).toBe(sec.amount)
    expect(num(c.subtotal!), at).toBe(s.subtotal)
    for (const m of s.markups) expect(num(c[`markup:${m.id}`]!), `${at} / ${m.id}`).toBe(m.amount)
  }
}

async function settle(page: Page, ms = 350): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await nextFrames(page)
  await page.waitForTimeout(ms)
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

declare global {
  interface Window {
    __longTasks?: number[]
    __timesChanged?: number
  }
}

/* -------------------------------------------------------------------------------- tests */

describe.skipIf(SKIP)('scenarios, compare and uncertainty in Chromium', { timeout: 120_000 }, () => {
  suite.register()

  it('a scenario created as a copy, with one override changed, changes only its own column of #/compare', async () => {
    const { page } = await firstVisit({ hash: '#/compare' })
    const project = presetProject('cn-micro-drama')
    const before = await readCompare(page)
    expectTableEqualsCli(before, project)

    await go(page, 'scenarios')
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New scenario' }) })
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('AI, 10 shoot days')
    await form.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'A copy of AI-assisted' })
    await form.getByRole('button', { name: 'Create' }).click()
    const shoot = page.getByRole('textbox', { name: 'Shooting days in AI, 10 shoot days', exact: true })
    await expect.poll(() => shoot.inputValue()).toBe('8')
    await shoot.fill('10')
    await shoot.press('Enter')
    await page.getByRole('button', { name: 'Reset Shooting days to the project’s 8' }).waitFor()

    await go(page, 'compare')
    const after = await readCompare(page)
    // The engine on the same project: the copy of "ai" with 10 planned shoot days
    const edited = structuredClone(project)
    edited.scenarios.push({ id: 'ai-10-shoot-days', name: 'AI, 10 shoot days', adoption: { ...project.scenarios.find(s => s.id === 'ai')!.adoption }, overrides: { phases: { shoot: { days: 10 } } } })
    expectTableEqualsCli(after, edited)
    // Every other column is as it was; the new one differs from the scenario it copies
    for (const s of project.scenarios) expect(column(after, s.id), s.id).toEqual(column(before, s.id))
    const copy = column(after, 'ai-10-shoot-days')
    expect(copy.total).not.toBe(column(before, 'ai').total)
    expect(copy.days).not.toBe(column(before, 'ai').days)
    expect(Object.keys(after.total!)).toEqual(['baseline', 'ai', 'ai-aggressive', 'ai-10-shoot-days'])
  })

  it('every figure of the compare table equals the CLI\'s JSON, for every scenario of every preset', async () => {
    const { page } = await firstVisit({ hash: '#/compare' })
    for (const id of presetIds()) {
      const project = presetProject(id)
      await openPreset(page, id)
      await page.getByRole('heading', { level: 1, name: project.meta.title }).waitFor()
      await expect.poll(async () => Object.keys((await readCompare(page)).total ?? {}).sort()).toEqual(project.scenarios.map(s => s.id).sort())
      expectTableEqualsCli(await readCompare(page), project)
      // Against another reference, each change is the difference of the totals
      const reference = project.scenarios[1]!.id
      await page.getByTestId('compare-reference').selectOption(reference)
      const t = await readCompare(page)
      const totals = Object.fromEntries(cliReport(project).scenarios.map(s => [s.id, s.total]))
      const digits = minorDigits(project.meta.currency)
      for (const s of project.scenarios) {
        if (s.id === reference) expect(t.change![s.id]).toBe('—')
        else expect(Math.round(num(t.change![s.id]!) * 10 ** digits), `${id} / ${s.id} vs ${reference}`).toBe(Math.round((totals[s.id]! - totals[reference]!) * 10 ** digits))
      }
      await page.getByTestId('compare-reference').selectOption(project.scenarios.find(s => s.baseline)!.id)
    }
  })

  it('an explained figure adds up on screen, from the compare table', async () => {
    const { page } = await firstVisit({ hash: '#/compare' })
    const project = presetProject('cn-micro-drama')
    const report = cliReport(project)
    const aggressive = report.scenarios.find(s => s.id === 'ai-aggressive')!
    await page.getByRole('button', { name: 'How Total of Aggressive AI is made' }).click()
    const dialog = page.getByRole('dialog', { name: 'How this figure is made' })
    await expect.poll(() => dialog.getByTestId('explain-amount').textContent()).toBe(`CN¥${formatAmount(Math.round(aggressive.total * 100), 2, 'en')}`)
    const rows = await dialog.getByTestId('explain-sum').locator('tr[data-section], tr[data-markup]').evaluateAll((trs: Element[]) => trs.map(tr => tr.querySelector('td')!.textContent!.trim()))
    expect(rows.map(num).reduce((a, b) => Math.round((a + b) * 100) / 100, 0)).toBe(aggressive.total)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('when the baseline is shown, the charts compare it with the first other scenario, and say so', async () => {
    const { page } = await firstVisit()
    const project = presetProject('cn-micro-drama')
    await page.getByTestId('scenario-select').selectOption('baseline')
    const names = { baseline: nameOf(project, 'scenarios', 'baseline', 'en'), scenario: nameOf(project, 'scenarios', 'ai', 'en') }
    await page.getByRole('figure', { name: msg('en', 'charts.waterfall', names), exact: true }).waitFor()
    const titles = await page.getByRole('figure').evaluateAll((figs: Element[]) => figs.map(f => f.getAttribute('aria-label')))
    expect(titles.some(t => t?.includes('Traditional vs Traditional') || t?.includes('Traditional to Traditional'))).toBe(false)
  })

  it('10,000 iterations per scenario of the largest preset run in the worker: P10/P50/P90, no long task on the page, and cancel stops a run', async () => {
    const { page } = await firstVisit()
    const { id } = largestPreset()
    const project = presetProject(id)
    await openPreset(page, id)
    await page.getByRole('heading', { level: 1, name: project.meta.title }).waitFor()
    await go(page, 'uncertainty')
    const iterations = page.getByRole('textbox', { name: 'Iterations', exact: true })
    expect(await iterations.inputValue()).toBe('10,000')
    expect(await page.getByRole('textbox', { name: 'Seed', exact: true }).inputValue()).toBe('1')
    await settle(page)

    await page.evaluate(() => {
      window.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks!.push(e.duration)
      }).observe({ type: 'longtask' })
    })
    await page.getByRole('button', { name: 'Run for all scenarios' }).click()
    const results = page.getByTestId('mc-results')
    await expect.poll(() => results.getByTestId('mc-time').count(), { timeout: 60_000 }).toBe(project.scenarios.length)
    await page.getByTestId('mc-progress').waitFor({ state: 'detached' })
    await settle(page, 500)
    expect(await page.evaluate(() => window.__longTasks), 'long tasks (ms) on the page during the run').toEqual([])

    // The figures are the engine's, for the same seed
    const rows = await results.locator('tbody tr').evaluateAll((trs: Element[]) => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent!.trim())))
    project.scenarios.forEach((s, i) => {
      const mc = monteCarlo(project, s, { iterations: 10_000, seed: 1 })
      const a = (x: number) => formatAmount(x, 2, 'en')
      expect(rows[i]!.slice(1, 4), s.id).toEqual([a(mc.total.p10), a(mc.total.p50), a(mc.total.p90)])
      expect(rows[i]!.slice(5, 8), s.id).toEqual([mc.calendarDays.p10, mc.calendarDays.p50, mc.calendarDays.p90].map(String))
    })
    await page.getByRole('figure', { name: /^Total of .* over 10,000 iterations \(seed 1\)$/ }).waitFor()
    // And in the compare table
    await go(page, 'compare')
    const table = await readCompare(page)
    // The last scenario (the boldest in the presets)
    const last = project.scenarios.at(-1)!
    const aggressive = monteCarlo(project, last, { iterations: 10_000, seed: 1 })
    expect(table['total-p50']![last.id]).toBe(formatAmount(aggressive.total.p50, 2, 'en'))
    expect(table['days-p90']![last.id]).toBe(String(aggressive.calendarDays.p90))

    // Cancel: a run long enough to post a result within seconds is stopped before its first one
    await go(page, 'uncertainty')
    await iterations.fill('300000')
    await iterations.press('Enter')
    await page.evaluate(() => {
      window.__timesChanged = 0
      const table = document.querySelector('[data-testid="mc-results"]')!
      new MutationObserver(() => { window.__timesChanged!++ }).observe(table, { subtree: true, attributes: true, attributeFilter: ['data-ms'], childList: true, characterData: true })
    })
    await page.getByRole('button', { name: 'Run for all scenarios' }).click()
    const progress = page.getByTestId('mc-progress')
    await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Cancel' }).click()
    await progress.waitFor({ state: 'detached' })
    await page.waitForTimeout(4000)
    expect(await page.evaluate(() => window.__timesChanged)).toBe(0)
    expect(await progress.count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Run for all scenarios' }).isEnabled()).toBe(true)
  })

  it('the new views do not scroll sideways at 1280×800 or 1024×768, in either language', async () => {
    const { page } = await firstVisit()
    const found: string[] = []
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport)
      for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
        await page.getByTestId('language-select').selectOption({ label })
        for (const view of NEW_VIEWS) {
          await go(page, view, locale)
          await settle(page, 150)
          const px = await sidewaysOverflow(page)
          if (px > 0) found.push(`${view} ${locale} ${viewport.width}: ${px}px`)
        }
      }
    }
    expect(found).toEqual([])
  })

  it('screenshots of the new views in both languages at 1280 px', async () => {
    const { page } = await firstVisit({ hash: '#/scenarios' })
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const files: string[] = []
    const shot = async (name: string, fullPage = true) => {
      await settle(page, 450)
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage })
      files.push(path)
    }
    for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
      await page.getByTestId('language-select').selectOption({ label })
      await go(page, 'scenarios', locale)
      await shot(`scenarios-${locale}-1280`)
      await go(page, 'compare', locale)
      await shot(`compare-${locale}-1280`)
      await page.locator('tr[data-row="total"] td[data-scenario="ai"] button').click()
      await page.getByTestId('explain').waitFor()
      await page.getByTestId('explain').locator('tr[data-section] button').nth(2).click()
      // The panel as a person sees it: over the page, in the window.
      await shot(`explain-${locale}-1280`, false)
      await page.getByTestId('explain').getByRole('button', { name: msg(locale, 'common.close') }).click()
      await go(page, 'uncertainty', locale)
      await page.getByRole('button', { name: msg(locale, 'uncertainty.runAll') }).click()
      await expect.poll(() => page.getByTestId('mc-time').count(), { timeout: 60_000 }).toBe(3)
      await shot(`uncertainty-${locale}-1280`)
      await page.getByTestId('scenario-select').selectOption('baseline')
      await go(page, 'overview', locale)
      await shot(`overview-baseline-${locale}-1280`)
      await page.getByTestId('scenario-select').selectOption('ai')
    }
    for (const path of files) {
      expect(statSync(path).size, path).toBeGreaterThan(10_000)
      expect(readFileSync(path).subarray(1, 4).toString(), path).toBe('PNG')
    }
  })
})
