// @vitest-environment node
/**
 * Chinese means Chinese, in Chromium (production build, vite preview): Project settings show the
 * default preset's sources with their Chinese notes (and the Chinese of a title we wrote) in the
 * Chinese UI; a note edited there is the note in English too, switching language with the
 * language menu as a person does. Screenshots of the sources in Chinese and in English are saved.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips them, loudly.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, browserTestsSkipped, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

const FORMAT_ZH = '形式与预算：每部 80–100 集，每集一两分钟，拍摄 7–10 天，总成本通常为 300,000–500,000 元。'
const LIVE_EN = 'Live-action micro-drama cost: CNY 400-500k per series (the target range of this preset\'s baseline; premium series over CNY 1M); an AI version costs a few tens of thousands for 60-80 episodes.'
const NETEASE_ZH = '网易（163.com）关于微短剧剧组的文章（2024），据我们的研究笔记记录；未记录标题'

describe.skipIf(SKIP)('sources in Chinese, in Chromium', { timeout: 120_000 }, () => {
  suite.register()

  it('the notes are Chinese in the Chinese UI; a note edited there is the new note in English too', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN', hash: '#/settings' })
    const note1 = page.getByRole('textbox', { name: '支撑哪个数字 1', exact: true })
    await expect.poll(() => note1.inputValue()).toBe(FORMAT_ZH)
    expect(await page.getByRole('textbox', { name: '标题 3', exact: true }).inputValue()).toBe(NETEASE_ZH)
    await page.getByRole('heading', { name: '数据出处' }).scrollIntoViewIfNeeded()
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sources-zh-CN.png'), fullPage: true })

    await note1.fill('已电话核实：每部约 45万元')
    await note1.press('Tab')
    await page.getByTestId('language-select').selectOption('en')
    await expect.poll(() => page.getByRole('textbox', { name: 'What it supports 1', exact: true }).inputValue()).toBe('已电话核实：每部约 45万元')
    // A source left alone keeps its note in each language
    expect(await page.getByRole('textbox', { name: 'What it supports 2', exact: true }).inputValue()).toBe(LIVE_EN)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sources-en.png'), fullPage: true })
  })
})
