// @vitest-environment node
/**
 * The breakdown in a real browser, as a producer would use it: open a project with a breakdown,
 * find, filter and sort its scenes, merge two names of one actor, add cast lines and see them in
 * the budget, export the breakdown sheet, print it; screenshots of the view in both languages.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserTestsSkipped, msg, ROOT, SCREENSHOT_DIR, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()
const FIXTURE = readFileSync(join(ROOT, 'tests', 'fixtures', 'breakdown-example.json'))

async function openExample(page: Page): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name: 'breakdown-example.json', mimeType: 'application/json', buffer: FIXTURE })
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('重生之沈家千金')
}
async function go(page: Page, locale: UiLocale, view: string): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
}
const grid = (page: Page) => page.getByRole('grid', { name: 'Scenes' })
/** The scene numbers shown, top to bottom. */
const shownScenes = (page: Page) => page.locator('table.breakdown-grid').locator('input[data-cell="number"]').evaluateAll(els => els.map(e => (e as HTMLInputElement).value))

describe.skipIf(SKIP)('the breakdown (production build in Chromium)', { timeout: 120_000 }, () => {
  suite.register()

  it('find, filter and sort the scenes; merge MAYA into Maya; add cast lines and the budget shows them', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    await go(page, 'en', 'breakdown')
    await page.getByText('No breakdown yet').waitFor()
    await openExample(page)
    await go(page, 'en', 'breakdown')
    await expect.poll(() => shownScenes(page)).toHaveLength(30)

    // Filter: 陆乘's scenes at the café; then sort all by minutes, longest first
    await page.getByRole('combobox', { name: 'Location', exact: true }).selectOption({ label: '咖啡厅' })
    await page.getByRole('combobox', { name: 'Cast', exact: true }).selectOption({ label: '陆乘' })
    await expect.poll(() => shownScenes(page)).toEqual(['1-2', '5-3', '6-5'])
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Minutes' })
    await page.getByLabel('Descending').check()
    await expect.poll(async () => (await shownScenes(page)).slice(0, 3)).toEqual(['4-2', '1-2', '2-2'])
    // Find, then Enter goes to the first scene found
    const find = page.getByRole('searchbox', { name: 'Find a scene' })
    await find.fill('maya')
    await expect.poll(() => shownScenes(page)).toHaveLength(5)
    await find.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Number of scene \d-\d$/)
    await find.fill('')

    // Edit with the keyboard: minutes of 1-1, then Ctrl+Z
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Script order' })
    await page.getByLabel('Descending').uncheck()
    const minutes = page.getByLabel('Minutes of scene 1-1', { exact: true })
    await minutes.fill('0.9')
    await minutes.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Minutes of scene 1-2')
    const episode1 = page.getByTestId('summary-episodes').getByRole('row', { name: /Episode 1\b/ })
    await expect.poll(() => episode1.textContent()).toContain('2.10')
    await page.keyboard.press('Control+z')
    await expect.poll(() => episode1.textContent()).toContain('1.60')

    // Merge: MAYA is Maya
    const castSummary = page.getByTestId('summary-cast')
    await expect.poll(() => castSummary.getByRole('row').count()).toBe(8)
    await page.getByRole('button', { name: 'Merge into Maya' }).click()
    await page.getByText('MAYA merged into Maya').waitFor()
    await expect.poll(() => castSummary.getByRole('row').count()).toBe(7)
    await expect.poll(() => castSummary.getByRole('row', { name: /^Maya/ }).textContent()).toMatch(/Maya\s*5\s*5\s*1\.80/)
    expect(await grid(page).getByLabel('Cast of scene 6-5').inputValue()).toBe('沈念, 陆乘, Maya') // a list as English writes one (Chinese joins it with 、)

    // Cast lines: one per cast member, their days 0 for now
    await page.getByText('Those days stay 0 until the shoot plan packs the scenes').waitFor()
    await page.getByRole('button', { name: 'Add cast lines' }).click()
    await page.getByText('6 lines added to Cast, rates 0 to fill.').waitFor()
    await go(page, 'en', 'budget')
    const basis = page.getByRole('combobox', { name: 'Quantity of 沈念 follows' })
    await expect.poll(() => basis.evaluate(el => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('× 沈念 days')
    expect(await basis.getAttribute('title')).toBe('× 沈念 days — 0 until a shoot plan packs the scenes into days')
    expect(await page.getByLabel('Rate of Maya', { exact: true }).inputValue()).toBe('0')
    await expect.poll(() => page.getByRole('grid').getByText('6 lines').count()).toBe(1)

    // Undo (the header's button) takes the lines away again
    await page.getByRole('button', { name: /Undo/ }).click()
    await expect.poll(() => page.getByRole('combobox', { name: 'Quantity of 沈念 follows' }).count()).toBe(0)
  })

  it('exports the breakdown sheet as CSV from the Export menu, in Chinese', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN' })
    await openExample(page)
    await page.getByRole('button', { name: msg('zh-CN', 'exports.menu') }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: msg('zh-CN', 'breakdown.export.csv'), exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toBe('重生之沈家千金 - 分场表.csv')
    const text = readFileSync(await download.path()!, 'utf8')
    const lines = text.split('\n')
    expect(lines[0]).toBe('\uFEFF序号,集,场,日/夜,内/外,地点,人物,预估时长,标签')
    expect(lines[1]).toBe('1,1,1-1,日,内,沈家客厅,沈念、沈母,0.4,opening')
    expect(lines).toHaveLength(32)
  })

  it('prints a breakdown section in the report', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    await openExample(page)
    await page.evaluate(() => { window.print = () => {} })
    await page.getByRole('button', { name: 'Export' }).click()
    await page.getByRole('menuitem', { name: msg('en', 'exports.print'), exact: true }).click()
    const section = page.getByTestId('report-breakdown')
    await section.waitFor({ state: 'attached' })
    await page.emulateMedia({ media: 'print' })
    await expect.poll(() => section.getByRole('row').count()).toBe(31)
    expect(await section.getByRole('heading').textContent()).toBe('Breakdown')
    expect(await section.textContent()).toContain('30 scenes, 7 locations, 7 cast members, 10.5 screen minutes.')
  })

  it('screenshots of the view at 1440 px, English and Chinese', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    for (const [locale, browser] of [['en', 'en-US'], ['zh-CN', 'zh-CN']] as const) {
      const { page } = await suite.visit({ locale: browser, viewport: { width: 1440, height: 900 } })
      await openExample(page)
      await go(page, locale, 'breakdown')
      await expect.poll(() => shownScenes(page)).toHaveLength(30)
      await page.getByText(msg(locale, 'breakdown.summary.title'), { exact: true }).waitFor()
      await page.screenshot({ path: join(SCREENSHOT_DIR, `breakdown-${locale}-1440.png`), fullPage: true })
    }
  })
})
