// @vitest-environment node
/**
 * The app in a real browser: the production build served by `vite preview` on a free loopback
 * port, driven in Debian's Chromium by playwright-core. Elements are found the way a person finds
 * them (role, label, visible text); every figure is checked against the engine run on the preset
 * files here in Node, formatted the way the app formats it.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH): without it every test FAILS with how to install it.
 * SKIP_BROWSER_TESTS=1 skips them (and says so loudly).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatPercent } from '../../src/app/format'
import type { Line, Project } from '../../src/engine/types'
import {
  SCREENSHOT_DIR,
  amount,
  browserTestsSkipped,
  servedSuite,
  figures,
  money,
  msg,
  nameOf,
  nextFrames,
  numericPart,
  presetProject,
  readTable,
  signedMoney,
} from '../support/browser'
import type { UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()

const DEFAULT_PRESET = 'cn-micro-drama'
const LIVE_ACTION = 'ai-live-action'
const LIVE_ACTION_NAME = 'AI-generated shots replace part of live-action shooting'
const VIEWS = ['overview', 'budget', 'schedule', 'ai', 'projects', 'settings'] as const

const suite = servedSuite()

/* ------------------------------------------------------------------------------ helpers */

async function go(page: Page, locale: UiLocale, view: (typeof VIEWS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') })
    .getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}

const kpiTotal = (page: Page) => page.getByTestId('kpi-total').textContent()

function topsheet(page: Page): Locator {
  return page.getByRole('table', { name: /^(Topsheet|预算总表) — / })
}

/** The cells after the row header of the topsheet row `label` (baseline, scenario, change, %). */
async function topsheetRow(page: Page, label: string): Promise<string[]> {
  const row = topsheet(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
  return (await row.getByRole('cell').allTextContents()).map(s => s.trim())
}

/** The screen-reader table of the chart titled `title`. */
async function chartTable(page: Page, title: string): Promise<string[][]> {
  return readTable(page.getByRole('figure', { name: title, exact: true }).getByRole('table'))
}

const slider = (page: Page, leverName: string, locale: UiLocale = 'en') =>
  page.getByRole('slider', { name: msg(locale, 'levers.adoption', { name: leverName }), exact: true })

/**
 * How far the page scrolls sideways, and the outermost elements sticking out past the viewport's
 * right edge; null when it does not scroll sideways.
 */
async function sidewaysOverflow(page: Page): Promise<{ px: number, culprits: string[] } | null> {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    if (root.scrollWidth <= width) return null
    const out = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 0.5
    const culprits = [...document.body.querySelectorAll('*')]
      .filter(el => out(el) && !out(el.parentElement))
      .map(el => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
    return { px: root.scrollWidth - width, culprits }
  })
}

/** Waits out Chart.js's 150 ms animation (and fonts), for screenshots. */
async function settle(page: Page, ms = 350): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await nextFrames(page)
  await page.waitForTimeout(ms)
}

/* ------------------------------------------------------------------ expected (the engine) */

function withAdoption(p: Project, scenario: string, lever: string, value: number): Project {
  const copy = structuredClone(p)
  copy.scenarios.find(s => s.id === scenario)!.adoption[lever] = value
  return copy
}

function withLine(p: Project, id: string, patch: Partial<Line>): Project {
  const copy = structuredClone(p)
  Object.assign(copy.lines.find(l => l.id === id)!, patch)
  return copy
}

interface Expected {
  kpiTotal: string
  /** The headline total's label, naming the scenario shown: "Total · AI-assisted". */
  kpiLabel: string
  /** The baseline's total under the headline total ("Traditional: CN¥…"); null when it is the scenario shown. */
  kpiBaseline: string | null
  /** Topsheet "Total" row: baseline, scenario, change (with sign, digits only), change %. */
  totalRow: string[]
  waterfallTitle: string
  waterfall: string[][]
  ganttTitle: string
  gantt: string[][]
  sectionsTitle: string
  sections: string[][]
}

/** What the overview shows for `project`, as useChartProps / TopsheetTable build it. */
function expected(project: Project, locale: UiLocale): Expected {
  const { baseline: b, shown: s } = figures(project)
  const bName = nameOf(project, 'scenarios', b.result.id, locale)
  const sName = nameOf(project, 'scenarios', s.result.id, locale)
  const names = { baseline: bName, scenario: sName }
  const change = s.result.total - b.result.total
  const steps: string[][] = [[bName, money(b.result.total, project, locale)]]
  if (s.vsBaseline.planChanges !== 0) steps.push([msg(locale, 'charts.planChanges'), signedMoney(s.vsBaseline.planChanges, project, locale)])
  // Each lever's gross saving (a step down), then the tools' cost in one step, then the markups'
  // change: what is left of the levers' part of the change (S − B less the plan changes) once the
  // gross savings and the tools are accounted for, so that the steps add up to the scenario total.
  let tools = 0
  let gross = 0
  for (const l of s.vsBaseline.levers) {
    tools += l.tools
    gross += l.grossSaving
    if (l.grossSaving !== 0) steps.push([nameOf(project, 'levers', l.id, locale), signedMoney(-l.grossSaving, project, locale)])
  }
  if (tools !== 0) steps.push([msg(locale, 'charts.toolCosts'), signedMoney(tools, project, locale)])
  const markups = s.vsBaseline.change - s.vsBaseline.planChanges - tools + gross
  if (markups !== 0) steps.push([msg(locale, 'saving.markupsChange'), signedMoney(markups, project, locale)])
  steps.push([sName, money(s.result.total, project, locale)])
  const days = (n: number) => msg(locale, 'kpi.days', { n })
  const range = (name: string, ph: { start: number, finish: number }) =>
    `${name}: ${msg(locale, 'schedule.dayRange', { start: ph.start, finish: ph.finish, n: ph.finish - ph.start })}`
  return {
    kpiTotal: money(s.result.total, project, locale),
    kpiLabel: msg(locale, 'headline.totalOf', { scenario: sName }),
    kpiBaseline: b.result.id === s.result.id ? null : msg(locale, 'headline.baselineTotal', { baseline: bName, total: money(b.result.total, project, locale) }),
    totalRow: [
      amount(b.result.total, project, locale),
      amount(s.result.total, project, locale),
      change === 0 ? '' : `${change > 0 ? '+' : '−'}${amount(Math.abs(change), project, locale)}`,
      change === 0 ? '' : formatPercent((change / b.result.total) * 100, locale, true),
    ],
    waterfallTitle: msg(locale, 'charts.waterfall', names),
    waterfall: [['', msg(locale, 'charts.axisCost', { currency: project.meta.currency })], ...steps],
    ganttTitle: msg(locale, 'schedule.gantt', names),
    gantt: [
      ['', `${bName} (${days(b.result.calendarDays)})`, `${sName} (${days(s.result.calendarDays)})`],
      ...project.phases.map((ph, i) => [
        nameOf(project, 'phases', ph.id, locale),
        range(bName, b.result.phases[i]!),
        range(sName, s.result.phases[i]!),
      ]),
    ],
    sectionsTitle: msg(locale, 'charts.bySection', names),
    sections: [
      ['', bName, sName],
      ...b.result.sections.map((sec, i) => [
        nameOf(project, 'sections', sec.id, locale),
        money(sec.amount, project, locale),
        money(s.result.sections[i]!.amount, project, locale),
      ]),
    ],
  }
}

/** Total row as shown, with the change column reduced to its sign and digits. */
async function totalRow(page: Page, locale: UiLocale): Promise<string[]> {
  const cells = await topsheetRow(page, msg(locale, 'topsheet.total'))
  return [cells[0]!, cells[1]!, numericPart(cells[2] ?? ''), cells[3] ?? '']
}

/** KPI total and the topsheet's total row show `project`'s figures. */
async function expectTotals(page: Page, project: Project, locale: UiLocale): Promise<void> {
  const want = expected(project, locale)
  await expect.poll(() => kpiTotal(page)).toBe(want.kpiTotal)
  await expect.poll(() => totalRow(page, locale)).toEqual(want.totalRow)
}

/* -------------------------------------------------------------------------------- tests */

describe.skipIf(SKIP)('the app in Chromium (production build, vite preview)', { timeout: 60_000 }, () => {
  suite.register()

  it('first visit: shows the default preset with the engine\'s totals', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const want = expected(project, 'en')

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(project.meta.title)
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Overview')
    // The headline total names its scenario and shows the baseline's total under it.
    const headline = page.getByRole('region', { name: 'Total' })
    expect(await headline.getByText(want.kpiLabel, { exact: true }).isVisible()).toBe(true)
    expect(want.kpiBaseline).not.toBeNull()
    expect(await headline.getByText(want.kpiBaseline!, { exact: true }).isVisible()).toBe(true)
    expect(await kpiTotal(page)).toBe(want.kpiTotal)
    expect(await totalRow(page, 'en')).toEqual(want.totalRow)
    // The charts' data, as their screen-reader tables give it.
    expect(await chartTable(page, want.waterfallTitle)).toEqual(want.waterfall)
    expect(await chartTable(page, want.sectionsTitle)).toEqual(want.sections)
    expect(await chartTable(page, want.ganttTitle)).toEqual(want.gantt)
    // The save status says nothing is pending.
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1)
  })

  it('editing the Director\'s rate changes the total by the expected amount, and survives a reload', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const director = project.lines.find(l => l.name === 'Director')!
    const shootDays = project.phases.find(p => p.id === 'shoot')!.days
    const edited = withLine(project, director.id, { rate: 4000 })
    const before = figures(project)
    const after = figures(edited)
    // Hand-derived: 8 shoot days × 1 × (4,000 − 3,000) CNY, plus the 10 % contingency on everything.
    expect(director.rate).toBe(3000)
    expect(shootDays).toBe(8)
    expect(project.markups?.map(m => m.percent)).toEqual([10])
    expect(after.baseline.result.total - before.baseline.result.total).toBe(800_000 + 80_000)

    await go(page, 'en', 'budget')
    const rate = page.getByLabel('Rate of Director', { exact: true })
    expect(await rate.inputValue()).toBe('3,000')
    await rate.fill('4000')
    await rate.press('Enter')

    await expectTotals(page, edited, 'en')
    expect(await page.getByRole('button', { name: 'How Director is computed', exact: true }).textContent()).toBe('32,000.00')
    expect(await rate.inputValue()).toBe('4,000')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Budget', exact: true }).waitFor()
    expect(await page.getByLabel('Rate of Director', { exact: true }).inputValue()).toBe('4,000')
    await expectTotals(page, edited, 'en')
  })

  it('moving the one-third labor lever to 100 % updates the topsheet, the waterfall and the Gantt', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const scenario = figures(project).shown.result.id
    const now = expected(project, 'en')
    const full = expected(withAdoption(project, scenario, LIVE_ACTION, 100), 'en')
    expect(nameOf(project, 'levers', LIVE_ACTION, 'en')).toBe(LIVE_ACTION_NAME)
    // The move must show in every place checked here, or the test proves nothing.
    expect(full.waterfall).not.toEqual(now.waterfall)
    expect(full.gantt).not.toEqual(now.gantt)
    expect(full.totalRow).not.toEqual(now.totalRow)

    expect(await chartTable(page, now.waterfallTitle)).toEqual(now.waterfall)
    expect(await chartTable(page, now.ganttTitle)).toEqual(now.gantt)

    const lever = slider(page, LIVE_ACTION_NAME)
    expect(await lever.inputValue()).toBe(String(project.scenarios.find(s => s.id === scenario)!.adoption[LIVE_ACTION]))
    await lever.focus()
    await page.keyboard.press('End')
    expect(await lever.inputValue()).toBe('100')
    await expect.poll(() => lever.getAttribute('aria-valuetext')).toBe('100%')

    await expect.poll(() => chartTable(page, full.waterfallTitle)).toEqual(full.waterfall)
    await expect.poll(() => chartTable(page, full.ganttTitle)).toEqual(full.gantt)
    await expect.poll(() => chartTable(page, full.sectionsTitle)).toEqual(full.sections)
    await expectTotals(page, withAdoption(project, scenario, LIVE_ACTION, 100), 'en')
  })

  it('switching language changes the labels, not the figures', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true })
    const en = expected(project, 'en')
    const zh = expected(project, 'zh-CN')

    expect(await nav('Budget').count()).toBe(1)
    const enTotal = (await kpiTotal(page))!
    const enRow = await totalRow(page, 'en')
    const enWaterfall = await chartTable(page, en.waterfallTitle)
    expect(enTotal.startsWith('CN¥')).toBe(true)

    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: '中文' })
    await nav('预算').waitFor()
    expect(await nav('Budget').count()).toBe(0)
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('总览')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await page.getByRole('region', { name: '总预算' }).waitFor()

    const zhTotal = (await kpiTotal(page))!
    expect(zhTotal).toBe(zh.kpiTotal)
    expect(zhTotal.startsWith('¥')).toBe(true)
    expect(numericPart(zhTotal)).toBe(numericPart(enTotal))
    const zhRow = await totalRow(page, 'zh-CN')
    expect(zhRow.slice(0, 3)).toEqual(enRow.slice(0, 3))
    const zhWaterfall = await chartTable(page, zh.waterfallTitle)
    expect(zhWaterfall).toEqual(zh.waterfall)
    expect(zhWaterfall.map(r => r.slice(1).map(numericPart))).toEqual(enWaterfall.map(r => r.slice(1).map(numericPart)))

    // The choice is remembered.
    await page.reload()
    await nav('预算').waitFor()

    await page.getByRole('combobox', { name: '语言', exact: true }).selectOption({ label: 'English' })
    await nav('Budget').waitFor()
    expect(await nav('预算').count()).toBe(0)
    expect(await kpiTotal(page)).toBe(enTotal)
    expect(await totalRow(page, 'en')).toEqual(enRow)
  })

  it('an invalid rate is refused with a message, and the totals stay put', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    await go(page, 'en', 'budget')
    const rate = page.getByLabel('Rate of Director', { exact: true })
    const undo = page.getByRole('button', { name: 'Undo' })

    async function expectError(field: Locator, message: string): Promise<void> {
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
      const alert = page.getByRole('alert').filter({ hasText: message })
      await alert.waitFor()
      expect(await alert.getAttribute('id')).toBe(await field.getAttribute('aria-describedby'))
    }
    async function expectUnchanged(): Promise<void> {
      await nextFrames(page)
      await page.waitForTimeout(250)
      await expectTotals(page, project, 'en')
      expect(await undo.isDisabled()).toBe(true)
    }

    await rate.fill('abc')
    await expectError(rate, 'Enter a number')
    await rate.press('Enter')
    await expectUnchanged()

    await rate.fill('-500')
    await expectError(rate, 'Must be 0 or more')
    await rate.press('Tab')
    await expectUnchanged()
    await expectError(rate, 'Must be 0 or more')

    // Escape puts back the value the line has.
    await rate.press('Escape')
    await expect.poll(() => rate.inputValue()).toBe('3,000')
    expect(await rate.getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByRole('alert').count()).toBe(0)

    const count = page.getByLabel('Count of Director', { exact: true })
    await count.fill('1.5')
    await expectError(count, 'Must be a whole number, 0 or more')
    await count.press('Tab')
    await expectUnchanged()
  })

  it('adding a line, then undo and redo (buttons and keyboard): the total follows exactly', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const newLine: Line = { id: 'line', section: 'other', name: 'New line', kind: 'labor', qty: 1, unit: 'day', count: 1, rate: 0 }
    const added = (rate: number, count: number) => {
      const p = structuredClone(project)
      p.lines.push({ ...newLine, rate, count })
      return p
    }
    const t0 = project
    const t1 = added(12345, 1)
    const t2 = added(12345, 2)
    // Hand-derived: the baseline grows by the line's cost plus 10 % contingency.
    const base = (p: Project) => figures(p).baseline.result.total
    expect(base(t1) - base(t0)).toBe(1_234_500 + 123_450)
    expect(base(t2) - base(t0)).toBe(2 * (1_234_500 + 123_450))

    await go(page, 'en', 'budget')
    // The section's heading row in the budget grid: its collapse button and its "Add line"
    const other = page.locator('tr').filter({ has: page.getByRole('button', { name: 'Collapse Other', exact: true }) })
    const undo = page.getByRole('button', { name: 'Undo' })
    const redo = page.getByRole('button', { name: 'Redo' })
    const rate = page.getByLabel('Rate of New line', { exact: true })
    const count = page.getByLabel('Count of New line', { exact: true })
    const cost = page.getByRole('button', { name: 'How New line is computed', exact: true })

    await other.getByRole('button', { name: 'Add line' }).click()
    await rate.waitFor()
    await expectTotals(page, added(0, 1), 'en')
    await rate.fill('12345')
    await rate.press('Enter')
    await expectTotals(page, t1, 'en')
    await count.fill('2')
    await count.press('Tab')
    await expectTotals(page, t2, 'en')
    expect(await cost.textContent()).toBe('24,690.00')

    await undo.click()
    await expectTotals(page, t1, 'en')
    await expect.poll(() => count.inputValue()).toBe('1')
    await undo.click()
    await expectTotals(page, t0, 'en')
    await expect.poll(() => rate.inputValue()).toBe('0')
    await undo.click()
    await rate.waitFor({ state: 'detached' })
    await expectTotals(page, t0, 'en')
    expect(await undo.isDisabled()).toBe(true)

    await redo.click()
    await rate.waitFor()
    await expectTotals(page, added(0, 1), 'en')
    await page.keyboard.press('Control+Shift+Z')
    await expectTotals(page, t1, 'en')
    await page.keyboard.press('Control+Shift+Z')
    await expectTotals(page, t2, 'en')
    expect(await redo.isDisabled()).toBe(true)
    await page.keyboard.press('Control+Z')
    await expectTotals(page, t1, 'en')
    await page.keyboard.press('Control+Z')
    await page.keyboard.press('Control+Z')
    await rate.waitFor({ state: 'detached' })
    await expectTotals(page, t0, 'en')
  })

  it('a new project from a preset is added to the library and never replaces the one open', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const micro = presetProject('cn-micro-drama')
    const premium = presetProject('cn-premium-drama')
    const us = presetProject('us-vertical-drama')
    const dialog = page.getByRole('dialog', { name: 'Start a new project' })

    await page.getByRole('button', { name: 'New project' }).click()
    await dialog.getByRole('button', { name: /^Chinese premium short drama/ }).click()
    await dialog.waitFor({ state: 'detached' })
    await expectTotals(page, premium, 'en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(premium.meta.title)

    // Edit it (a lever), then start the US preset: no question, the edited project stays in the library.
    const scenario = figures(premium).shown.result.id
    const edited = withAdoption(premium, scenario, LIVE_ACTION, 100)
    await slider(page, nameOf(premium, 'levers', LIVE_ACTION, 'en')).focus()
    await page.keyboard.press('End')
    await expectTotals(page, edited, 'en')
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

    await page.getByRole('button', { name: 'New project' }).click()
    await dialog.getByRole('button', { name: /^US vertical drama/ }).click()
    await dialog.waitFor({ state: 'detached' })
    await expectTotals(page, us, 'en')
    expect((await kpiTotal(page))!.startsWith('$')).toBe(true)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(us.meta.title)
    const want = expected(us, 'en')
    await expect.poll(() => chartTable(page, want.waterfallTitle)).toEqual(want.waterfall)

    // The library lists all three; opening the premium drama brings back its edit.
    await go(page, 'en', 'projects')
    const list = page.getByTestId('project-list')
    await expect.poll(async () => (await list.getByRole('rowheader').allTextContents()).map(s => s.replace('Open now', '').trim()).sort())
      .toEqual([micro.meta.title, premium.meta.title, us.meta.title].sort())
    await list.getByRole('link', { name: premium.meta.title, exact: true }).click()
    await page.getByRole('heading', { level: 2, name: 'Overview', exact: true }).waitFor()
    await expectTotals(page, edited, 'en')
  })

  it('no view scrolls sideways at 1440×900, 1280×800 or 1024×768, in either language', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const overflows: { where: string, px: number, culprits: string[] }[] = []
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport)
      for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
        await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label })
        for (const view of VIEWS) {
          await go(page, locale, view)
          await settle(page, 100)
          const found = await sidewaysOverflow(page)
          if (found) overflows.push({ where: `${view} ${locale} ${viewport.width}×${viewport.height}`, ...found })
        }
      }
    }
    expect(overflows).toEqual([])
  })

  it('the production build loads at most 250 KB of gzipped JavaScript at first', () => {
    const kb = suite.initialJsGzipBytes / 1024
    console.log(`initial JavaScript: ${kb.toFixed(1)} KB gzipped`)
    expect(kb).toBeGreaterThan(50) // the app itself is in the count
    expect(kb).toBeLessThanOrEqual(250)
  })

  it('screenshots of the main views in both languages', async () => {
    const { page } = await suite.visit({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const shot = async (name: string) => {
      await settle(page)
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    }
    const files: Record<string, string> = {}
    for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
      if (locale !== 'en') await page.getByRole('combobox', { name: msg('en', 'header.language'), exact: true }).selectOption({ label })
      for (const view of VIEWS) {
        await go(page, locale, view)
        files[`${view}-${locale}`] = await shot(`${view}-${locale}-1440x900`)
      }
    }
    await page.getByRole('combobox', { name: msg('zh-CN', 'header.language'), exact: true }).selectOption({ label: 'English' })
    await go(page, 'en', 'overview')
    await page.setViewportSize({ width: 1280, height: 800 })
    files['overview-1280'] = await shot('overview-en-1280x800')
    await page.setViewportSize({ width: 1024, height: 768 })
    files['overview-tablet'] = await shot('overview-en-1024x768-tablet')

    for (const [key, path] of Object.entries(files)) {
      expect(statSync(path).size, key).toBeGreaterThan(10_000)
      expect(readFileSync(path).subarray(1, 4).toString(), key).toBe('PNG')
    }
    for (const view of VIEWS) expect(readFileSync(files[`${view}-en`]!).equals(readFileSync(files[`${view}-zh-CN`]!)), view).toBe(false)
  })
})
