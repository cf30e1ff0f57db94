// @vitest-environment node
/**
 * The printed report's pages, read back from the PDF Chromium prints: no page but the last is
 * two-thirds empty, and no page ends on a heading (or its note, or a table's head row) whose
 * content went to the next page. For 1, 2, 5, 6, 8 and 10 scenarios, chosen in Report options, on
 * portrait and landscape pages of A4 (some on Letter), in English and Chinese, on the Chinese
 * micro-drama preset widened to ten scenarios and the one with a shoot plan widened to six. A
 * page's fill is measured on its picture (tests/support/pageFill.ts: charts count, not only text);
 * its lines come from pdftotext -bbox-layout (tests/support/reportPages.ts).
 *
 * Needs /usr/bin/chromium, pdftoppm, pdftotext and pdfinfo (Debian's poppler-utils; .ci/run installs it).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { localised } from '../../src/app/labels'
import type { Project } from '../../src/engine/types'
import { ROOT, browserTestsSkipped, msg, nameOf, presetProject, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'
import { pdfPageFills, requirePoppler } from '../support/pageFill'
import { compact, endsWithLeadIn, lastLines, leadInOf, pdfPageLines, withScenarios } from '../support/reportPages'
import type { LeadIns } from '../support/reportPages'

const SKIP = browserTestsSkipped()
const ORIENTATIONS = ['portrait', 'landscape'] as const
/** No page but the last may be two-thirds empty: its content reaches a third of the page at least. */
const MIN_FILL = 1 / 3
/** The @page margins of report.css, in millimetres. */
const MARGINS = { topMm: 12, bottomMm: 13 }
const PAGES_DIR = join(ROOT, 'test-results', 'report-pages')
const BROWSER_LOCALE: Record<UiLocale, string> = { 'en': 'en-US', 'zh-CN': 'zh-CN' }

/**
 * The projects printed, and how many of their scenarios, on A4 (and on Letter): the Chinese
 * micro-drama widened to ten scenarios; the micro-drama with a shoot plan (its breakdown,
 * stripboard and day out of days printed too) widened to six.
 */
const PLANS = [
  { key: 'budget', project: withScenarios(presetProject('cn-micro-drama'), 10), counts: [1, 2, 5, 6, 8, 10], letter: [2, 6, 10] },
  { key: 'plan', project: withScenarios(presetProject('cn-micro-drama-plan'), 6), counts: [2, 6], letter: [] },
] as const
type Paper = 'A4' | 'Letter'
/** Width and height of each paper, portrait, in points. */
const PAPER: Record<Paper, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] }

const percent = (x: number) => `${Math.round(x * 100)}%`
const isPageNumber = (text: string) => /^\d+\s*\/\s*\d+$/.test(text)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A message with placeholders as a pattern: its longest run of fixed text in one script (pdftotext
 * may move a Latin word of a Chinese line, as "SW" in the DOOD's note, elsewhere in the line).
 */
function template(locale: UiLocale, key: string): RegExp {
  const runs = compact(msg(locale, key)).split(/\{\w+\}|(?<=[\x20-\x7E])(?=[^\x20-\x7E])|(?<=[^\x20-\x7E])(?=[\x20-\x7E])/)
  return new RegExp(escape(runs.reduce((a, b) => (b.length > a.length ? b : a), '')))
}

/** The lead-ins of the shoot plan's parts (a project without a plan prints none). */
const planOnly = (locale: UiLocale) => [
  ...['breakdown.report.title', 'shootx.report.board', 'shootx.report.dood'].map(key => msg(locale, key)),
  ...['breakdown.report.note', 'shootx.report.boardNote', 'shootx.report.doodNote'].map(key => String(template(locale, key))),
]

/**
 * What a page must not end with, in `locale`: the report's headings and notes (by their start), and
 * the first row of its tables' heads; a comparison's row group and a detail section's own row (whole).
 */
function leadInsOf(project: Project, locale: UiLocale): LeadIns {
  const baseline = nameOf(project, 'scenarios', project.scenarios[0]!.id, locale)
  const headings = [
    'report.topsheet', 'report.comparison', 'report.charts', 'reporting.allScenarioCharts', 'report.detail', 'report.detailNote',
    'breakdown.report.title', 'shootx.report.board', 'shootx.report.dood',
  ]
  const starts = [
    ...headings.map(key => msg(locale, key)),
    `${msg(locale, 'report.comparisonNote', { baseline })} ${msg(locale, 'reporting.addsUp')}`,
    `${msg(locale, 'report.code')} ${msg(locale, 'report.account')}`,
    `${msg(locale, 'report.code')} ${msg(locale, 'report.line')}`,
    // The comparison's head row (its cells in any order: the scenarios' marks sit under their names), no amount.
    new RegExp(`^(?=.*${escape(compact(msg(locale, 'report.item')))})(?=.*${escape(compact(msg(locale, 'report.baselineMark')))})(?!.*\\d\\.\\d\\d)`),
    ...['breakdown.report.note', 'shootx.report.boardNote', 'shootx.report.doodNote'].map(key => template(locale, key)),
  ]
  const whole = [
    msg(locale, 'report.bySection'), msg(locale, 'shootx.report.locations'),
    ...project.sections.map(s => `${s.code ?? ''} ${nameOf(project, 'sections', s.id, locale)}`),
  ]
  return { starts, whole }
}

const suite = servedSuite()
let work = ''

/** Opens `project` as a file picked with File → Open, as a person does. */
async function openProject(page: Page, project: Project, locale: UiLocale): Promise<void> {
  const title = localised(project.meta, 'title', locale) || project.meta.title
  await page.getByTestId('open-file').setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) })
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor()
}

/** Replaces window.print (a dialog) with a counter. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { prints: number }
    w.prints = 0
    window.print = () => { w.prints++ }
  })
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints)

/** In Report options, the first `n` scenarios and `orientation`, then Print; the PDF's path. */
async function printChosen(page: Page, project: Project, locale: UiLocale, n: number, orientation: typeof ORIENTATIONS[number], paper: Paper, name: string): Promise<string> {
  const before = await printCalls(page)
  await page.getByRole('button', { name: msg(locale, 'exports.menu') }).click()
  await page.getByRole('menuitem', { name: msg(locale, 'reporting.optionsItem') }).click()
  const dialog = page.getByRole('dialog', { name: msg(locale, 'reporting.options') })
  await dialog.waitFor()
  for (const [k, s] of project.scenarios.entries()) {
    const box = dialog.getByRole('checkbox', { name: nameOf(project, 'scenarios', s.id, locale), exact: true })
    if (k < n) await box.check()
    else await box.uncheck()
  }
  await dialog.getByRole('radio', { name: msg(locale, `reporting.orientations.${orientation}`), exact: true }).check()
  await dialog.getByRole('button', { name: msg(locale, 'exports.print'), exact: true }).click()
  await expect.poll(() => printCalls(page)).toBe(before + 1)
  await page.emulateMedia({ media: 'print' })
  const bytes = await page.pdf({ format: paper, preferCSSPageSize: true })
  await page.emulateMedia({ media: 'screen' })
  const path = join(work, `${name}.pdf`)
  writeFileSync(path, bytes)
  // The paper asked for, turned as the options say.
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))!
  const [short, long] = PAPER[paper]
  const want = orientation === 'landscape' ? [long, short] : [short, long]
  expect([Number(size[1]), Number(size[2])].map((x, i) => Math.abs(x - want[i]!) < 1), `${name}: ${size[0]}`).toEqual([true, true])
  return path
}

/** Saves the PDF's pages as pictures under test-results/report-pages/, for people to look at. */
function savePages(path: string, name: string): void {
  mkdirSync(PAGES_DIR, { recursive: true })
  for (const f of readdirSync(PAGES_DIR)) if (f.startsWith(`${name}-`)) rmSync(join(PAGES_DIR, f))
  execFileSync('pdftoppm', ['-r', '50', '-png', path, join(PAGES_DIR, name)])
}

describe.skipIf(SKIP)('the printed report\'s pages (production build, Chromium, poppler)', { timeout: 600_000 }, () => {
  suite.register({
    before() {
      requirePoppler()
      work = mkdtempSync(join(tmpdir(), 'shortdrama-report-pages-'))
    },
    after() {
      if (work) rmSync(work, { recursive: true, force: true })
    },
  })

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`${locale}: no page but the last two-thirds empty, none ending on a heading, for 1 to 10 scenarios, portrait and landscape, A4 and Letter`, async () => {
      const { page } = await suite.visit({ locale: BROWSER_LOCALE[locale] })
      await stubPrint(page)
      const problems: string[] = []
      const summary: string[] = []
      for (const { key, project, counts, letter } of PLANS) {
        await openProject(page, project, locale)
        const leadIns = leadInsOf(project, locale)
        const seen = new Set<string>()
        const runs = [...counts.map(n => [n, 'A4'] as const), ...letter.map(n => [n, 'Letter'] as const)]
        for (const [n, paper] of runs) {
          for (const orientation of ORIENTATIONS) {
            const name = `${locale}-${key}-${n}-${orientation}${paper === 'A4' ? '' : '-letter'}`
            const path = await printChosen(page, project, locale, n, orientation, paper, name)
            savePages(path, name)
            const fills = pdfPageFills(path, MARGINS)
            const lines = pdfPageLines(path)
            expect(lines, `${name}: pages of text and of pictures`).toHaveLength(fills.length)
            expect(fills.length, `${name}: a report of a few pages`).toBeGreaterThanOrEqual(3)
            const where = (i: number) => `${key}, ${n} scenario${n > 1 ? 's' : ''}, ${orientation}, ${paper}: page ${i + 1} of ${fills.length}`
            fills.slice(0, -1).forEach((fill, i) => {
              if (fill < MIN_FILL) problems.push(`${where(i)} is ${percent(fill)} full (its content ends ${percent(fill)} of the way down; at least ${percent(MIN_FILL)} wanted)`)
            })
            lines.forEach((l, i) => {
              const leadIn = endsWithLeadIn(l, leadIns, isPageNumber)
              if (leadIn !== null) problems.push(`${where(i)} ends on "${leadIn}", what it introduces on the next page (last row: "${lastLines(l, isPageNumber)[0]}")`)
            })
            summary.push(`${name}: ${fills.map(percent).join(' ')}`)
            for (const l of lines) for (const row of lastLines(l, isPageNumber, Infinity)) seen.add(leadInOf(row, leadIns) ?? '')
          }
        }
        // The lead-ins looked for are the report's own: each is found in it (the shoot plan's with a plan).
        const wanted = [...leadIns.starts.map(String), ...leadIns.whole.slice(0, 1)].filter(l => key === 'plan' || !planOnly(locale).includes(l))
        expect(wanted.filter(l => !seen.has(l)), `${key}: lead-ins never found in the report`).toEqual([])
      }
      writeFileSync(join(PAGES_DIR, `fills-${locale}.txt`), `${summary.join('\n')}\n`)
      expect(problems, `pages two-thirds empty or ending on a heading (pictures in ${PAGES_DIR})`).toEqual([])
    })
  }
})
