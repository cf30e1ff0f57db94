// @vitest-environment node
/**
 * Chinese means Chinese, in Chromium (production build, vite preview): the default preset's line
 * notes are Chinese in the Chinese UI (the mark's tooltip and the note editor), and a note edited
 * in Chinese replaces the note in English too; switching the language back and forth as a person
 * does, with the language menu. A screenshot of the open note in Chinese is saved.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips them, loudly.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, browserTestsSkipped, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

const LEAD_ZH = '在几十万元投资的项目中，主演日薪 2,000–7,000 元。'
const LEAD_EN = 'Leads earn CNY 2,000-7,000 per day in productions of a few hundred thousand yuan.'

describe.skipIf(SKIP)('line notes in Chinese, in Chromium', { timeout: 120_000 }, () => {
  suite.register()

  it('the note is Chinese in the Chinese UI; edited there, it is the new note in English too', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN', hash: '#/budget' })
    const mark = page.getByRole('button', { name: '女主角的备注' })
    expect(await mark.getAttribute('title')).toBe(LEAD_ZH)
    await mark.click()
    const editor = page.getByRole('dialog', { name: '女主角的备注' })
    await expect.poll(() => editor.getByRole('textbox').inputValue()).toBe(LEAD_ZH)
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'note-zh-CN.png') })

    await editor.getByRole('textbox').fill('与经纪人谈定 5,000 元/天')
    await editor.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => mark.getAttribute('title')).toBe('与经纪人谈定 5,000 元/天')

    await page.getByTestId('language-select').selectOption('en')
    const markEn = page.getByRole('button', { name: 'Note on Female lead' })
    await expect.poll(() => markEn.getAttribute('title')).toBe('与经纪人谈定 5,000 元/天')
    // A line left alone keeps its note in each language
    expect(await page.getByRole('button', { name: 'Note on Male lead' }).getAttribute('title')).toBe(LEAD_EN)
  })
})
