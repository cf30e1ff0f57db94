// @vitest-environment node
/**
 * The shoot plan's exports as a person gets them, in Chromium on the production build: open the
 * preset with a plan, download the stripboard and the day out of days as CSV from the Export menu,
 * the workbook with their sheets, and print the report, whose pages hold both (pdftotext). The
 * figures are checked against the engine run on the preset file.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { localised } from '../../src/app/labels'
import { computeProject } from '../../src/engine/compute'
import { parseCsv, readXlsx } from '../export/support'
import { browserTestsSkipped, msg, presetProject, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()
let work = ''
const project = presetProject('cn-micro-drama-plan')
const ai = computeProject(project).scenarios.find(c => c.result.id === 'ai')!.result

async function openPlan(page: Page, locale: UiLocale): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) })
  await page.getByRole('heading', { level: 1, name: localised(project.meta, 'title', locale) || project.meta.title, exact: true }).waitFor()
  await page.getByTestId('scenario-select').selectOption('ai')
}

async function download(page: Page, locale: UiLocale, key: string): Promise<{ name: string, bytes: Buffer }> {
  await page.getByRole('button', { name: msg(locale, 'exports.menu') }).click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: msg(locale, key), exact: true }).click()])
  const path = join(work, `${Date.now()}-${file.suggestedFilename()}`)
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

describe.skipIf(SKIP)('shoot plan exports in Chromium', { timeout: 120_000 }, () => {
  suite.register({
    before() { work = mkdtempSync(join(tmpdir(), 'shoot-exports-')) },
    after() { if (work) rmSync(work, { recursive: true, force: true }) },
  })

  it('downloads the stripboard and the DOOD of the scenario shown as CSV, in Chinese', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN' })
    await openPlan(page, 'zh-CN')
    const board = await download(page, 'zh-CN', 'shootx.stripboardCsv')
    expect(board.name).toMatch(/AI辅助制作 - 场景条\.csv$/)
    const rows = parseCsv(board.bytes.toString('utf8').replace(/^\uFEFF/, ''))
    expect(rows[0]![0]).toBe('拍摄日')
    const days = rows.filter(r => /^第 \d+ 天$/.test(r[0]!))
    expect(days).toHaveLength(ai.schedule!.days)
    // Every scene shot is on the board with its packed minutes.
    const shot = rows.filter(r => r[1] !== '' && r[0] !== '拍摄日' && Number(r[8]) > 0)
    expect(shot.map(r => Number(r[8])).reduce((a, b) => a + b, 0)).toBe(ai.schedule!.scenes.reduce((a, s) => a + s.minutes, 0))
    const dood = await download(page, 'zh-CN', 'shootx.doodCsv')
    const d = parseCsv(dood.bytes.toString('utf8').replace(/^\uFEFF/, ''))
    expect(d[1]!.slice(0, 2)).toEqual(['苏晚', '按档期'])
    expect(Number(d[1]!.at(-1))).toBe(ai.schedule!.cast[0]!.paid)
  })

  it('puts the stripboard and DOOD sheets in the workbook, and both in the printed report', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    await openPlan(page, 'en')
    const xlsx = await download(page, 'en', 'exports.xlsx')
    const wb = await readXlsx(new Uint8Array(xlsx.bytes))
    expect(wb.worksheets.map(w => w.name)).toEqual(['Topsheet', 'Detail Traditional', 'Detail AI-assisted', 'Stripboard Traditional', 'DOOD Traditional', 'Stripboard AI-assisted', 'DOOD AI-assisted'])
    expect(wb.getWorksheet('DOOD AI-assisted')!.getCell('A2').value).toBe('Su Wan')

    await page.evaluate(() => { window.print = () => {} })
    await page.getByRole('button', { name: msg('en', 'exports.menu') }).click()
    await page.getByRole('menuitem', { name: msg('en', 'exports.print'), exact: true }).click()
    await page.getByTestId('report-shoot').waitFor({ state: 'attached' })
    await page.emulateMedia({ media: 'print' })
    const path = join(work, 'report.pdf')
    writeFileSync(path, await page.pdf({ format: 'A4' }))
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain('Stripboard by day')
    expect(text).toContain(`AI-assisted: ${ai.schedule!.days} shooting days of 12 h`)
    expect(text).toContain('Day out of days')
    expect(text).toMatch(/Su Wan\s+SW\s+W/)
  })
})
