import { chromium } from 'playwright-core'
const [,, route = '', width = '390', lang = 'en', preset = '', out = '/tmp/prof/shot.png'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' })
const page = await ctx.newPage()
await page.goto('http://localhost:4999/')
await page.getByTestId('kpi-total').waitFor()
if (preset) {
  await page.goto('http://localhost:4999/#/presets'); await page.waitForTimeout(500)
  await page.locator(`[data-preset="${preset}"]`).getByRole('button').first().click(); await page.waitForTimeout(1000)
}
if (route) { await page.goto(`http://localhost:4999/#/${route}`); await page.waitForTimeout(1200) }
await page.screenshot({ path: out, fullPage: false })
await browser.close()
