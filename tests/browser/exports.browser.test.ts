// @vitest-environment node
/**
 * What leaves the app, in a real browser (the production build in Debian's Chromium, as
 * tests/browser/app.browser.test.ts): a chart's PNG, all charts as a ZIP, the budget as CSV and
 * XLSX, and the printed report as a PDF. Every file is read back here in Node (the PNG decoded
 * with zlib, the ZIP with fflate, the CSV with papaparse, the workbook with exceljs, the PDF's
 * text with pdftotext) and checked against the engine run on the preset file, formatted the way
 * the app formats it. The report's pages are also saved as pictures under
 * test-results/report/ for people to look at.
 *
 * Needs /usr/bin/chromium, and pdftotext / pdftoppm (Debian's poppler-utils; .ci/run installs it).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { zipEntryNames } from '../../src/app/exports'
import { localised } from '../../src/app/labels'
import { minorDigits } from '../../src/engine/money'
import type { Project } from '../../src/engine/types'
import { areaZh as zhAreas } from '../../src/i18n/areas'
import zh from '../../src/i18n/zh-CN'
import { evaluate, parseCsv, readXlsx } from '../export/support'
import {
  ROOT,
  amount,
  browserTestsSkipped,
  servedSuite,
  figures,
  msg,
  nameOf,
  presetProject,
} from '../support/browser'
import type { UiLocale } from '../support/browser'
import { decodePng, isPng } from '../support/png'
import { requirePoppler } from '../support/pageFill'

const SKIP = browserTestsSkipped()
const DEFAULT_PRESET = 'cn-micro-drama'
const REPORT_DIR = join(ROOT, 'test-results', 'report')
const BROWSER_LOCALE: Record<UiLocale, string> = { 'en': 'en-US', 'zh-CN': 'zh-CN' }

const suite = servedSuite()
const sessions = suite.sessions
let work = ''

/* ------------------------------------------------------------------------------ helpers */

async function go(page: Page, locale: UiLocale, view: string): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') })
    .getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}

/** Chooses `item` in the Export menu, as a person does. */
async function exportMenu(page: Page, locale: UiLocale, item: 'csv' | 'xlsx' | 'allCharts' | 'print'): Promise<void> {
  await page.getByRole('button', { name: msg(locale, 'exports.menu') }).click()
  await page.getByRole('menuitem', { name: msg(locale, `exports.${item}`), exact: true }).click()
}

/** The file a click downloads: its suggested name and its bytes. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string, bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(work, `${sessions.length}-${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

/** The project's title as the app shows it in `locale`. */
const titleIn = (project: Project, locale: UiLocale) => localised(project.meta, 'title', locale) || project.meta.title

/**
 * The names the charts get for the scenario shown (useChartProps): when the baseline is shown,
 * they set it against the first other scenario.
 */
function chartTitles(project: Project, locale: UiLocale, shownId?: string) {
  const { baseline, shown, result } = figures(project, shownId)
  const other = shown.result.baseline ? result.scenarios.find(c => !c.result.baseline) ?? shown : shown
  const names = { baseline: nameOf(project, 'scenarios', baseline.result.id, locale), scenario: nameOf(project, 'scenarios', other.result.id, locale) }
  return {
    alone: other.result.baseline,
    waterfall: msg(locale, 'charts.waterfall', names),
    sections: msg(locale, 'charts.bySection', names),
    gantt: msg(locale, 'schedule.gantt', names),
    labor: msg(locale, 'charts.labor'),
  }
}

function expectWhiteCorners(png: ReturnType<typeof decodePng>, what: string): void {
  for (const [x, y] of [[0, 0], [png.width - 1, 0], [0, png.height - 1], [png.width - 1, png.height - 1]] as const)
    expect(png.pixel(x, y), `${what}: pixel ${x},${y}`).toEqual([255, 255, 255, 255])
}

/** Pixels of `png` within rows [y0, y1) darker than mid-grey: text drawn there. */
function darkPixels(png: ReturnType<typeof decodePng>, y0: number, y1: number): number {
  let n = 0
  for (let y = y0; y < Math.min(y1, png.height); y++) {
    for (let x = 0; x < png.width; x += 2) {
      const [r, g, b] = png.pixel(x, y)
      if (r + g + b < 3 * 110) n++
    }
  }
  return n
}

/** How many pixels of `png` are (close to) `hex`. */
function pixelsOf(png: ReturnType<typeof decodePng>, hex: string): number {
  const want = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  let n = 0
  for (let y = 0; y < png.height; y += 2) {
    for (let x = 0; x < png.width; x += 2) {
      const p = png.pixel(x, y)
      if (want.every((c, i) => Math.abs(c - p[i]!) <= 3)) n++
    }
  }
  return n
}

/** Replaces window.print (a dialog) with a counter, as the report would otherwise be printed. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { prints: number }
    w.prints = 0
    window.print = () => { w.prints++ }
  })
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints)

interface Pdf {
  path: string
  /** The text of each page (pdftotext, in reading order). */
  pages: string[]
  /** "612 x 792 pts (letter)" */
  pageSize: string
}

/** The page printed to PDF as the print stylesheet lays it out. */
async function printPdf(page: Page, format: 'A4' | 'Letter', name: string): Promise<Pdf> {
  await page.emulateMedia({ media: 'print' })
  const bytes = await page.pdf({ format })
  await page.emulateMedia({ media: 'screen' })
  const path = join(work, `${name}.pdf`)
  writeFileSync(path, bytes)
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
  const pages = text.split('\f')
  if (pages.at(-1)!.trim() === '') pages.pop()
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1])
  expect(pages, 'one text per page').toHaveLength(count)
  return { path, pages, pageSize: /^Page size:\s+(.+)$/m.exec(info)![1]!.trim() }
}

/** Saves the PDF's pages as PNGs in test-results/report/, for people to look at. */
function savePages(pdf: Pdf, name: string): string[] {
  mkdirSync(REPORT_DIR, { recursive: true })
  for (const f of readdirSync(REPORT_DIR)) if (f.startsWith(`${name}-`)) rmSync(join(REPORT_DIR, f))
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf.path, join(REPORT_DIR, name)])
  return readdirSync(REPORT_DIR).filter(f => f.startsWith(`${name}-`) && f.endsWith('.png'))
}

/**
 * What every printed report of `project` must hold: the running header on every page and other
 * text besides it (no blank page); the totals and every section amount of the baseline and the
 * scenario shown, as the app's tables format them; every scenario of the comparison; every line.
 */
function expectReport(pdf: Pdf, project: Project, locale: UiLocale, shownId?: string): void {
  const { baseline: b, shown: s, result } = figures(project, shownId)
  const same = b.result.id === s.result.id
  const title = titleIn(project, locale)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date())
  const versus = same
    ? nameOf(project, 'scenarios', b.result.id, locale)
    : msg(locale, 'report.versus', { baseline: nameOf(project, 'scenarios', b.result.id, locale), scenario: nameOf(project, 'scenarios', s.result.id, locale) })
  const running = msg(locale, 'report.running', { project: title, scenarios: versus, date })
  const n = pdf.pages.length
  expect(n).toBeGreaterThanOrEqual(3)
  pdf.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}: running header`).toContain(running)
    const number = new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${n}(\\s|$)`)
    expect(text, `page ${i + 1}: page number`).toMatch(number)
    const rest = text.replace(running, '').replace(msg(locale, 'app.name'), '').replace(number, '').trim()
    expect(rest, `page ${i + 1} holds nothing but the header: a blank page`).not.toBe('')
  })

  const all = pdf.pages.join('\n')
  const fmt = (minor: number) => amount(minor, project, locale)
  for (const r of [b.result, s.result]) {
    expect(all, `${r.id} total`).toContain(fmt(r.total))
    expect(all, `${r.id} subtotal`).toContain(fmt(r.subtotal))
    for (const sec of r.sections) expect(all, `${r.id} ${sec.id}`).toContain(fmt(sec.amount))
  }
  for (const sec of project.sections) {
    expect(all).toContain(nameOf(project, 'sections', sec.id, locale))
    if (sec.code) expect(all).toContain(sec.code)
  }
  // The comparison: every scenario by name, with its total.
  for (const c of result.scenarios) {
    expect(all).toContain(nameOf(project, 'scenarios', c.result.id, locale))
    expect(all).toContain(fmt(c.result.total))
  }
  // The detail: every line by its account code, with its amount in the baseline.
  for (const [j, line] of project.lines.entries()) {
    if (line.code) expect(all, `line ${line.id}`).toContain(line.code)
    expect(all, `line ${line.id} amount`).toContain(fmt(b.result.lines[j]!.amount))
  }
  for (const key of ['report.topsheet', 'report.comparison', 'report.charts', 'report.detail']) expect(all).toContain(msg(locale, key))
  // The overview's charts, but no waterfall from the baseline to itself; the charts of every scenario.
  for (const key of ['compare.bySectionTitle', 'compare.costDaysTitle']) expect(all).toContain(msg(locale, key))
  const charts = chartTitles(project, locale, shownId)
  for (const chart of [charts.sections, charts.gantt, charts.labor]) expect(all).toContain(chart)
  if (charts.alone) expect(all).not.toContain(charts.waterfall)
  else expect(all).toContain(charts.waterfall)
  // No button or field of the app made it to paper.
  for (const key of ['exports.menu', 'header.undo', 'header.newProject']) expect(all).not.toContain(msg(locale, key))
}


/** The numbers at the end of a `pdftotext -layout` row, percents left out ("10%  7,888.00" → [788800]). */
function rowAmounts(line: string, digits: number): number[] {
  const bare = line.replace(/[+−-]?\d+(?:\.\d+)?\s*%/g, ' ')
  return [...bare.matchAll(/(?:^|\s)(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?=\s|$)/g)].map(m => Math.round(Number(m[1]!.replaceAll(',', '')) * 10 ** digits))
}

/**
 * The printed comparison adds up, read back from the PDF's laid-out text: in every scenario's
 * column, the sections make the subtotal and the subtotal with the markups makes the total, which
 * is the engine's; and each column prints its labour share, per episode, per minute, days,
 * person-days and (CNY) review tier.
 */
function expectComparisonAddsUp(pdf: Pdf, project: Project, locale: UiLocale): void {
  const layout = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).split('\n')
  const digits = minorDigits(project.meta.currency)
  const { result } = figures(project)
  const start = layout.findIndex(l => l.trim().startsWith(msg(locale, 'report.comparison')))
  expect(start, 'the comparison heading').toBeGreaterThanOrEqual(0)
  const from = layout.findIndex((l, i) => i > start && l.trim().startsWith(msg(locale, 'report.bySection')))
  const to = layout.findIndex((l, i) => i > from && l.trim().startsWith(msg(locale, 'report.total')))
  expect(from > start && to > from, 'the comparison\'s sections and total').toBe(true)
  const markupNames = (project.markups ?? []).map(m => nameOf(project, 'markups', m.id, locale))
  const n = result.scenarios.length
  const sections: number[][] = []
  const markups: number[][] = []
  let subtotal: number[] = []
  for (const line of layout.slice(from + 1, to)) {
    // The last n figures: a section's account code comes first.
    const found = rowAmounts(line, digits)
    if (found.length === 0) continue
    expect(found.length, `a row of every scenario: ${line}`).toBeGreaterThanOrEqual(n)
    const values = found.slice(-n)
    const label = line.trim()
    if (label.startsWith(msg(locale, 'report.subtotal'))) subtotal = values
    else if (markupNames.some(m => label.startsWith(m))) markups.push(values)
    else sections.push(values)
  }
  const total = rowAmounts(layout[to]!, digits).slice(-n)
  expect(sections).toHaveLength(project.sections.length)
  expect(markups).toHaveLength(markupNames.length)
  result.scenarios.forEach((c, k) => {
    const r = c.result
    expect(sections.reduce((sum, row) => sum + row[k]!, 0), `${r.id}: sections make the subtotal`).toBe(subtotal[k])
    expect(subtotal[k]! + markups.reduce((sum, row) => sum + row[k]!, 0), `${r.id}: subtotal and markups make the total`).toBe(total[k])
    expect(total[k], `${r.id}: the engine's total`).toBe(r.total)
  })
  const all = layout.join('\n')
  const fmt = (minor: number) => amount(minor, project, locale)
  for (const key of ['report.laborShare', 'report.perEpisode', 'report.perMinute', 'report.calendarDays', 'economics.personDaysTotal']) expect(all).toContain(msg(locale, key))
  for (const { result: r } of result.scenarios) {
    if (r.perEpisode !== null) expect(all, `${r.id} per episode`).toContain(fmt(r.perEpisode))
    if (r.perMinute !== null) expect(all, `${r.id} per minute`).toContain(fmt(r.perMinute))
    expect(all, `${r.id} person-days`).toContain(new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.personDays.total))
  }
  if (project.meta.currency === 'CNY') expect(all).toContain(msg(locale, 'economics.tierRow'))
}

/* -------------------------------------------------------------------------------- tests */

describe.skipIf(SKIP)('exports in Chromium (production build, vite preview)', { timeout: 90_000 }, () => {
  suite.register({
    before() {
      requirePoppler()
      work = mkdtempSync(join(tmpdir(), 'shortdrama-exports-'))
    },
    after() {
      if (work) rmSync(work, { recursive: true, force: true })
    },
  })

  it('a chart\'s PNG button downloads it at 2×, on white, with its title band, named after the project', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const titles = chartTitles(project, 'en')
    const figure = page.getByRole('figure', { name: titles.waterfall, exact: true })
    const box = (await figure.locator('.chart__box').boundingBox())!
    const file = await downloadOf(page, () => figure.getByRole('button', { name: msg('en', 'exports.pngOf', { title: titles.waterfall }) }).click())

    expect(file.name).toBe(`${project.meta.title} - ${titles.waterfall}.png`)
    expect(isPng(file.bytes)).toBe(true)
    const png = decodePng(file.bytes)
    expect(png.width).toBeGreaterThanOrEqual(2 * box.width)
    expect(png.height).toBeGreaterThanOrEqual(2 * box.height)
    expectWhiteCorners(png, 'waterfall')
    // The band's title is drawn in its first 80 pixel rows (the title's line at 2×), and the chart
    // below it: the baseline's slate and the scenario's blue bars.
    expect(darkPixels(png, 36, 80)).toBeGreaterThan(500)
    expect(pixelsOf(png, '#475569')).toBeGreaterThan(1000)
    expect(pixelsOf(png, '#2563eb')).toBeGreaterThan(1000)

    // In Chinese, from the Schedule view: the Gantt, named in Chinese.
    await page.getByRole('combobox', { name: msg('en', 'header.language'), exact: true }).selectOption({ label: '中文' })
    await go(page, 'zh-CN', 'schedule')
    const gantt = chartTitles(project, 'zh-CN').gantt
    const zhFigure = page.getByRole('figure', { name: gantt, exact: true })
    const zhBox = (await zhFigure.locator('.chart__box').boundingBox())!
    const zhFile = await downloadOf(page, () => zhFigure.getByRole('button', { name: msg('zh-CN', 'exports.pngOf', { title: gantt }) }).click())
    expect(zhFile.name).toBe(`${titleIn(project, 'zh-CN')} - ${gantt}.png`)
    const zhPng = decodePng(zhFile.bytes)
    expect(zhPng.width).toBeGreaterThanOrEqual(2 * zhBox.width)
    expect(zhPng.height).toBeGreaterThanOrEqual(2 * zhBox.height)
    expectWhiteCorners(zhPng, 'gantt')
  })

  it('Download all charts gives one ZIP with a PNG of each overview chart and of every scenario, from any view', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const titles = chartTitles(project, 'en')
    await go(page, 'en', 'budget')
    expect(await page.getByRole('figure').count()).toBe(0)

    const file = await downloadOf(page, () => exportMenu(page, 'en', 'allCharts'))
    expect(file.name).toBe(`${project.meta.title} - charts.zip`)
    const entries = unzipSync(new Uint8Array(file.bytes))
    expect(Object.keys(entries)).toEqual(zipEntryNames([titles.waterfall, titles.sections, titles.gantt, titles.labor, msg('en', 'compare.bySectionTitle'), msg('en', 'compare.costDaysTitle')]))
    for (const [name, bytes] of Object.entries(entries)) {
      expect(isPng(bytes), name).toBe(true)
      const png = decodePng(bytes)
      // 960 CSS pixels of chart and 20 of white on either side, at 2×.
      expect(png.width, name).toBe(2000)
      expect(png.height, name).toBeGreaterThan(600)
      expectWhiteCorners(png, name)
      expect(darkPixels(png, 36, 80), `${name}: title`).toBeGreaterThan(500)
    }
  })

  it('the budget as CSV and XLSX in Chinese: the engine\'s totals, Chinese names intact', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN' })
    const project = presetProject(DEFAULT_PRESET)
    const { result } = figures(project)
    const digits = minorDigits(project.meta.currency)
    const major = (minor: number) => (minor / 10 ** digits).toFixed(digits)
    const title = titleIn(project, 'zh-CN')
    const scenarioNames = project.scenarios.map(s => nameOf(project, 'scenarios', s.id, 'zh-CN'))

    const csv = await downloadOf(page, () => exportMenu(page, 'zh-CN', 'csv'))
    expect(csv.name).toBe(`${title}.csv`)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1))
    const w = zh.exports.sheet
    // The preset's lines carry notes: the last column, in Chinese.
    expect(rows[0]).toEqual([w.sectionCode, w.section, w.lineCode, w.line, w.kind, w.quantity, w.unit, w.count, w.rate, w.fringePercent, ...scenarioNames, zhAreas.reporting.sheet.note])
    const n = scenarioNames.length
    const row = (label: string) => rows.find(r => r[3] === label)!.slice(10, 10 + n)
    expect(row(w.total)).toEqual(result.scenarios.map(s => major(s.result.total)))
    expect(row(w.subtotal)).toEqual(result.scenarios.map(s => major(s.result.subtotal)))
    project.lines.forEach((line, j) => {
      // A code that starts with a digit is written after a tab, so that Excel and WPS keep it text.
      const code = line.code && /^\d/.test(line.code) ? `\t${line.code}` : line.code
      const r = rows.find(x => x[2] === code && x[3] === nameOf(project, 'lines', line.id, 'zh-CN'))
      expect(r, `line ${line.id}`).toBeDefined()
      expect(r!.slice(10, 10 + n)).toEqual(result.scenarios.map(s => major(s.result.lines[j]!.amount)))
      expect(r!.at(-1), `line ${line.id} note`).toBe(localised(line, 'note', 'zh-CN'))
    })
    // Each section's lines and tool costs add up to the engine's section amount.
    project.sections.forEach((sec, i) => {
      const name = nameOf(project, 'sections', sec.id, 'zh-CN')
      result.scenarios.forEach((s, c) => {
        const sum = rows.filter(r => r[1] === name).reduce((t, r) => t + Math.round(Number(r[10 + c]) * 10 ** digits), 0)
        expect(sum, `${sec.id} in ${s.result.id}`).toBe(s.result.sections[i]!.amount)
      })
    })

    const xlsx = await downloadOf(page, () => exportMenu(page, 'zh-CN', 'xlsx'))
    expect(xlsx.name).toBe(`${title}.xlsx`)
    const wb = await readXlsx(new Uint8Array(xlsx.bytes))
    expect(wb.worksheets.map(ws => ws.name)).toEqual([w.topsheet, ...scenarioNames.map(n => `${w.detail} ${n}`)])
    const top = wb.worksheets[0]!
    const rowOf = (label: string) => {
      let found = 0
      // The first row so named: a section's person-days, further down, carry its name too.
      top.eachRow((r, n) => { if (found === 0 && r.getCell(2).value === label) found = n })
      expect(found, label).toBeGreaterThan(0)
      return top.getRow(found)
    }
    // Amounts recomputed from the workbook's formulas, as a spreadsheet would.
    const results = (label: string) => result.scenarios.map((_, c) => Math.round(evaluate(wb, top, rowOf(label).getCell(3 + c).address) * 10 ** digits))
    expect(results(w.total)).toEqual(result.scenarios.map(s => s.result.total))
    project.sections.forEach((sec, i) => {
      expect(results(nameOf(project, 'sections', sec.id, 'zh-CN')), sec.id).toEqual(result.scenarios.map(s => s.result.sections[i]!.amount))
    })
  })

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`Print / PDF (${locale}, A4): the report with the topsheet, the comparison, the charts and every line, no blank page`, async () => {
      const { page } = await suite.visit({ locale: BROWSER_LOCALE[locale] })
      const project = presetProject(DEFAULT_PRESET)
      await stubPrint(page)
      await exportMenu(page, locale, 'print')
      await expect.poll(() => printCalls(page)).toBe(1)
      // Printed once complete: the report is in the page, its pictures decoded.
      const report = page.getByTestId('print-report')
      expect(await report.count()).toBe(1)
      expect(await report.isVisible()).toBe(false)
      const images = await report.locator('img').evaluateAll(imgs => imgs.map(i => (i as HTMLImageElement).naturalWidth))
      // The overview's four, then cost by section and cost against days of every scenario.
      expect(images).toHaveLength(6)
      for (const width of images) expect(width).toBe(2 * 700)

      const pdf = await printPdf(page, 'A4', `report-${locale}-a4`)
      expect(pdf.pageSize).toMatch(/ pts \(A4\)$/)
      expectReport(pdf, project, locale)
      expectComparisonAddsUp(pdf, project, locale)
      const pictures = savePages(pdf, `report-${locale}-a4`)
      expect(pictures).toHaveLength(pdf.pages.length)
    })
  }

  it('Report options: the scenarios chosen, on landscape pages when asked; the dialog closes with Escape', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const { result } = figures(project)
    const [first, second, third] = result.scenarios.map(c => nameOf(project, 'scenarios', c.result.id, 'en'))
    await stubPrint(page)
    await page.getByRole('button', { name: msg('en', 'exports.menu') }).click()
    await page.getByRole('menuitem', { name: msg('en', 'reporting.optionsItem') }).click()
    const dialog = page.getByRole('dialog', { name: msg('en', 'reporting.options') })
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)

    await page.getByRole('button', { name: msg('en', 'exports.menu') }).click()
    await page.getByRole('menuitem', { name: msg('en', 'reporting.optionsItem') }).click()
    await dialog.getByRole('checkbox', { name: third! }).uncheck()
    await dialog.getByRole('radio', { name: msg('en', 'reporting.orientations.landscape'), exact: true }).check()
    await dialog.getByRole('button', { name: msg('en', 'exports.print'), exact: true }).click()
    await expect.poll(() => printCalls(page)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    const bytes = await page.pdf({ preferCSSPageSize: true })
    await page.emulateMedia({ media: 'screen' })
    const path = join(work, 'options.pdf')
    writeFileSync(path, bytes)
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))!
    expect(Number(size[1]), 'landscape: wider than high').toBeGreaterThan(Number(size[2]))
    const layout = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    const head = layout.split('\n').find(l => l.includes(first!) && l.includes(second!) && !l.includes(msg('en', 'report.versus', { baseline: first!, scenario: second! })))
    expect(head, 'the comparison\'s head row with the two scenarios chosen').toBeDefined()
    expect(layout).not.toContain(third)
  })

  it('Ctrl+P prints the same report as the menu; Letter works too', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    await stubPrint(page)
    await exportMenu(page, 'en', 'print')
    await expect.poll(() => printCalls(page)).toBe(1)
    const fromMenu = await printPdf(page, 'A4', 'menu')
    // Printing ended (afterprint): the report is gone until the next print.
    await expect.poll(() => page.getByTestId('print-report').count()).toBe(0)

    await page.getByRole('heading', { level: 2 }).click()
    await page.keyboard.press('Control+P')
    await expect.poll(() => printCalls(page)).toBe(2)
    expect(await page.getByTestId('print-report').count()).toBe(1)
    const fromKeys = await printPdf(page, 'A4', 'keys')
    expect(fromKeys.pages).toEqual(fromMenu.pages)

    await page.keyboard.press('Control+P')
    await expect.poll(() => printCalls(page)).toBe(3)
    const letter = await printPdf(page, 'Letter', 'report-en-letter')
    expect(letter.pageSize).toBe('612 x 792 pts (letter)')
    expectReport(letter, project, 'en')
    savePages(letter, 'report-en-letter')
  })

  it('the browser\'s own Print shows the report too, once the app has loaded it; here of the baseline alone', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const project = presetProject(DEFAULT_PRESET)
    const baseline = figures(project).baseline.result.id
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(baseline)
    // The app fetches the report's code when it is idle.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some(e => /PrintReport[^/]*\.js$/.test(e.name))), { timeout: 10_000 }).toBe(true)
    await page.waitForTimeout(200)
    const pdf = await printPdf(page, 'A4', 'browser-print')
    expectReport(pdf, project, 'en', baseline)
  })
})
