// @vitest-environment node
/**
 * Trust in the grid, in Chromium (production build, vite preview), as a producer would try it:
 * a column pasted into a Quantity cell fills down (never merged into one number), the budget read
 * and edited at 390 px, no account code cut and no large amount running into the next column at
 * 1024 px, the New project dialog keeping Tab inside and closing with Escape, an unknown address
 * saying "not found", and screenshots of Budget, Scenarios and Compare at 390, 1024 and 1440 px
 * in both languages.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips them, loudly.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SCREENSHOT_DIR, browserTestsSkipped, figures, money, msg, nextFrames, presetProject, servedSuite } from '../support/browser'
import type { SessionOptions } from '../support/browser'
import { openProjectFile } from '../support/timing'
import type { Project } from '../../src/engine/types'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

async function visit(hash: string, options: SessionOptions = {}): Promise<Page> {
  const session = await suite.open(options)
  await session.page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await session.page.goto(`${suite.url}${hash}`)
  await session.page.getByTestId('kpi-total').or(session.page.getByTestId('not-found')).first().waitFor()
  return session.page
}
const kpiTotal = (page: Page) => page.getByTestId('kpi-total').textContent()
/** How far the page scrolls sideways: 0 when everything fits the width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
async function paste(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).evaluate((el: Element, t: string) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

describe.skipIf(SKIP)('trust in the grid, in Chromium', { timeout: 120_000 }, () => {
  suite.register()

  it('a column pasted into a Quantity cell fills the lines down; a block fills Quantity, Count and Rate', async () => {
    const page = await visit('#/budget')
    const project = presetProject('cn-micro-drama')
    await paste(page, 'Multiplier for Female lead', '1\r\n2\r\n3\r\n')
    const want = structuredClone(project)
    const cast = want.lines.filter(l => l.section === 'cast')
    cast[1]!.qty = { of: 'phase:shoot', times: 2 }
    cast[2]!.qty = { of: 'phase:shoot', times: 3 }
    await expect.poll(() => kpiTotal(page)).toBe(money(figures(want).shown.result.total, want, 'en'))
    expect(await page.getByLabel('Multiplier for Male lead', { exact: true }).inputValue()).toBe('2')
    expect(await page.getByRole('status').filter({ hasText: 'pasted' }).textContent()).toBe('3 values pasted into Quantity.')
    // A block of two rows, three columns, a blank cell: Supporting cast keeps its count
    await paste(page, 'Multiplier for Female lead', '1\t2\t4,000\r\n1\t\t3 800\r\n')
    cast[0]!.count = 2
    cast[0]!.rate = 4000
    cast[1]!.qty = { of: 'phase:shoot' }
    cast[1]!.rate = 3800
    await expect.poll(() => kpiTotal(page)).toBe(money(figures(want).shown.result.total, want, 'en'))
    expect(await page.getByRole('status').filter({ hasText: 'pasted' }).textContent())
      .toBe('5 values pasted into Quantity, Count, and Rate. 1 blank cell left its line as it was.')
  })

  it('at 390 px the budget is read and edited: the page never scrolls sideways, the line name stays in view, the headline figures fit', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const page = await visit('#/budget', { locale, viewport: { width: 390, height: 844 } })
      expect(await sideways(page)).toBe(0)
      // Each headline amount fits its card
      for (const id of ['kpi-total', 'kpi-change', 'kpi-per-episode', 'kpi-days']) {
        const fits = await page.getByTestId(id).evaluate((el) => {
          const card = el.closest('.kpi')!.getBoundingClientRect()
          const r = el.getBoundingClientRect()
          return r.left >= card.left && r.right <= card.right && el.scrollWidth <= el.clientWidth + 1
        })
        expect(fits, `${id} (${locale})`).toBe(true)
      }
      // The grid scrolls sideways in its own box; the name of the line stays where it was
      const name = page.locator('tr[data-line="lead-female"] td[data-col="name"]')
      const before = (await name.boundingBox())!
      await page.locator('.budget-grid-wrap').evaluate((el) => { el.scrollLeft = 400 })
      await nextFrames(page)
      const after = (await name.boundingBox())!
      expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(2)
      expect(after.x + after.width).toBeLessThanOrEqual(390)
      // and a rate is typed as anywhere else
      const rate = page.locator('tr[data-line="lead-female"] input[data-cell="rate"]')
      await rate.focus()
      await page.keyboard.type('4000')
      await page.keyboard.press('Enter')
      const project = presetProject('cn-micro-drama')
      project.lines.find(l => l.id === 'lead-female')!.rate = 4000
      await expect.poll(() => kpiTotal(page)).toBe(money(figures(project).shown.result.total, project, locale === 'en-US' ? 'en' : 'zh-CN'))
      expect(await sideways(page)).toBe(0)
      for (const hash of ['#/scenarios', '#/compare']) {
        await page.goto(`${suite.url}${hash}`)
        await page.getByTestId('kpi-total').waitFor()
        await nextFrames(page)
        expect(await sideways(page), `${hash} (${locale})`).toBe(0)
      }
    }
  })

  it('at 1024 and 1280 px no account code is cut, and a large amount stays within its column', async () => {
    const project: Project = presetProject('cn-micro-drama')
    project.meta.title = 'Large amounts'
    delete project.meta.l10n
    const lead = project.lines.find(l => l.id === 'lead-female')!
    lead.qty = 1
    lead.rate = 12_345_678.9
    lead.code = '03.01.1'
    for (const width of [1024, 1280]) {
      const page = await visit('#/budget', { viewport: { width, height: 800 } })
      await openProjectFile(page, project)
      await page.getByRole('grid').waitFor()
      await nextFrames(page)
      const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.budget-grid td[data-col="code"] input')]
        .filter(i => i.scrollWidth > i.clientWidth).map(i => i.value))
      expect(cut, `${width} px`).toEqual([])
      const cell = page.locator('tr[data-line="lead-female"] td[data-col="cost"]')
      expect(await cell.textContent()).toContain('12,345,678.90')
      const fits = await cell.evaluate((td) => {
        const btn = td.querySelector('button')!
        return btn.scrollWidth <= btn.clientWidth + 1 && btn.getBoundingClientRect().right <= td.getBoundingClientRect().right + 1
      })
      expect(fits, `${width} px`).toBe(true)
      // and the headline amounts (a total past ¥10 M) fit their cards
      for (const id of ['kpi-total', 'kpi-change', 'kpi-per-episode']) {
        const inCard = await page.getByTestId(id).evaluate((el) => {
          const card = el.closest('.kpi')!.getBoundingClientRect()
          const r = el.getBoundingClientRect()
          return r.right <= card.right && el.scrollWidth <= el.clientWidth + 1
        })
        expect(inCard, `${id} at ${width} px`).toBe(true)
      }
    }
  })

  it('the New project dialog takes the focus, keeps Tab inside and closes with Escape; the focus goes back', async () => {
    const page = await visit('#/overview')
    const opener = page.getByRole('button', { name: `+ ${msg('en', 'header.newProject')}` })
    await opener.click()
    const dialog = page.locator('dialog[open]')
    await dialog.waitFor()
    expect(await dialog.evaluate(d => d.contains(document.activeElement))).toBe(true)
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      expect(await dialog.evaluate(d => d.contains(document.activeElement)), `Tab ${i + 1}`).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await opener.evaluate(el => el === document.activeElement)).toBe(true)
  })

  it('an unknown address says "not found" with links, and a link leads on', async () => {
    const page = await visit('#/budgte', { locale: 'zh-CN' })
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('未找到页面')
    expect(await page.getByRole('alert').textContent()).toContain('“budgte”')
    await page.getByTestId('not-found').getByRole('link', { name: msg('zh-CN', 'nav.budget') }).click()
    await page.getByRole('grid').waitFor()
    expect(new URL(page.url()).hash).toBe('#/budget')
  })

  it('screenshots of Budget, Scenarios and Compare at 390, 1024 and 1440 px, in both languages', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const files: string[] = []
    for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
      for (const width of [390, 1024, 1440]) {
        const page = await visit('#/budget', { locale, viewport: { width, height: 900 } })
        for (const view of ['budget', 'scenarios', 'compare']) {
          await page.goto(`${suite.url}#/${view}`)
          await page.getByTestId('kpi-total').waitFor()
          expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(msg(lang, `nav.${view}`))
          await page.evaluate(() => document.fonts.ready.then(() => undefined))
          await nextFrames(page)
          const path = join(SCREENSHOT_DIR, `trust-${view}-${lang}-${width}.png`)
          await page.screenshot({ path })
          files.push(path)
        }
      }
    }
    for (const path of files) {
      expect(statSync(path).size).toBeGreaterThan(10_000)
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG')
    }
  })
})
