// @vitest-environment node
/**
 * Bring your own budget, in a real browser: an XLSX picked with File → Open file shows the import
 * preview (columns, rows as read, totals check); Cancel changes nothing; "Open as a new project"
 * adds it to the library and shows its lines and total. Screenshots of the preview in both languages.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/import/read'
import { chineseXlsx, MMB_CSV } from '../import/fixtures'
import { SCREENSHOT_DIR, browserTestsSkipped, money, msg, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function pick(page: Page, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType, buffer })
}

/** Drops a file on the window, as a person drags it from the desktop. */
async function drop(page: Page, name: string, text: string, type: string): Promise<void> {
  const data = await page.evaluateHandle(([n, t, ty]) => {
    const dt = new DataTransfer()
    dt.items.add(new File([t!], n!, { type: ty! }))
    return dt
  }, [name, text, type])
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data })
  await page.dispatchEvent('body', 'drop', { dataTransfer: data })
}

describe.skipIf(SKIP)('opening a spreadsheet budget (production build in Chromium)', { timeout: 90_000 }, () => {
  suite.register()

  it('previews an XLSX, then opens it as a project with its lines and total', async () => {
    const bytes = await chineseXlsx()
    const expected = await importFile('重生.xlsx', bytes)
    if (!expected.ok) throw new Error('fixture not imported')
    const { page } = await suite.visit()
    const before = await page.getByTestId('kpi-total').textContent()

    // Cancel: nothing changes.
    await pick(page, '重生.xlsx', Buffer.from(bytes), XLSX)
    const dialog = page.getByRole('dialog', { name: msg('en', 'sheetImport.title') })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: msg('en', 'sheetImport.cancel'), exact: true }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await page.getByTestId('kpi-total').textContent()).toBe(before)

    await pick(page, '重生.xlsx', Buffer.from(bytes), XLSX)
    await dialog.waitFor()
    const total = money(expected.check.total, expected.project, 'en')
    await expect.poll(() => dialog.getByTestId('import-found').textContent())
      .toBe(msg('en', 'sheetImport.found', { lines: msg('en', 'sheetImport.linesN', { n: 6 }), sections: msg('en', 'sheetImport.sectionsN', { n: 2 }), markups: 1, total }))
    // The guessed columns, the rows as read and the totals check are shown.
    await expect.poll(() => dialog.getByLabel('Column G: 金额').inputValue()).toBe('total')
    await expect.poll(() => dialog.getByTestId('import-rows').getByRole('row').filter({ hasText: '女主角' }).textContent()).toContain('10 天 × 1 × 3,000')
    const checks = dialog.getByTestId('import-check').getByRole('row')
    await expect.poll(() => checks.filter({ hasText: '合计' }).textContent()).toContain('135,300.00')
    await expect.poll(() => checks.filter({ hasText: '合计' }).textContent()).toContain(msg('en', 'sheetImport.same'))
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-preview-en.png') })

    await dialog.getByRole('button', { name: msg('en', 'sheetImport.confirm') }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(expected.project.meta.title)
    await expect.poll(() => page.getByTestId('kpi-total').textContent()).toBe(total)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget', exact: true }).click()
    for (const name of ['女主角', '男主角', '配角', '摄影师', '灯光组', '器材租赁'])
      await page.getByLabel(`Rate of ${name}`, { exact: true }).waitFor()
    expect(await page.getByLabel('Rate of 器材租赁', { exact: true }).inputValue()).toBe('12,000')
    // The lever library on these lines: the live-action lever reaches the cast and crew's labor.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'AI levers', exact: true }).click()
    const liveAction = page.getByRole('listitem').filter({ hasText: 'AI-generated shots replace part of live-action shooting' }).getByTestId('lever-reach')
    await expect.poll(() => liveAction.textContent()).toBe(msg('en', 'sheetImport.reach.targets', { n: 5, sections: '演员, 剧组' }))
    await page.getByRole('button', { name: 'Add from library: AI-generated shots replace part of live-action shooting' }).click()
    await expect.poll(() => page.getByTestId('untargeted-lines').textContent()).toBe(msg('en', 'sheetImport.reach.untargeted', { n: 1, names: '器材租赁' }))
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-levers-en.png'), fullPage: false })
    // The AI-assisted scenario is there (the scenario shown can be switched to it), ready for levers.
    expect(await page.getByRole('option', { name: 'AI-assisted', exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('option', { name: 'Traditional', exact: true }).count()).toBeGreaterThan(0)
  })

  it('a dropped CSV: asks for the currency when the sheet shows none, names the rows not read (Chinese)', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN' })
    const csv = MMB_CSV.replace(/\$/g, '')
    await drop(page, 'night-shift.csv', csv, 'text/csv')
    const dialog = page.getByRole('dialog', { name: msg('zh-CN', 'sheetImport.title') })
    await dialog.waitFor()
    await dialog.getByText(msg('zh-CN', 'sheetImport.currencyAsk')).waitFor()
    const confirm = dialog.getByRole('button', { name: msg('zh-CN', 'sheetImport.confirm') })
    expect(await confirm.isDisabled()).toBe(true)
    await expect.poll(() => dialog.getByTestId('import-not-read').textContent()).toContain('“TBD”')
    // no currency is shown as if settled before one is chosen: the total is a plain amount
    const found = dialog.getByTestId('import-found')
    await expect.poll(() => found.textContent()).not.toMatch(/\$|¥|USD|CNY/)
    expect(await dialog.getByTestId('import-rows').locator('thead').textContent()).not.toMatch(/USD|CNY/)
    await dialog.getByLabel(msg('zh-CN', 'sheetImport.currency')).selectOption('USD')
    expect(await confirm.isDisabled()).toBe(false)
    await expect.poll(() => found.textContent()).toContain('US$')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-preview-zh.png') })
    await confirm.click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Night Shift')
  })
})
