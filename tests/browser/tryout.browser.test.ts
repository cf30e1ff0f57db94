// @vitest-environment node
/**
 * What a first try of the app found, in Chromium (production build, vite preview): at 390 px the
 * Overview's levers, the phases table, the Monte Carlo results and the projects list stay inside
 * the screen (wide tables scroll in their own box), in both languages; on the stripboard a scene
 * longer than a day shows its days beside its length, not cut off; the call sheet writes a
 * scene's length as the stripboard does ("15 h 0 min", not "900 min").
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips them, loudly.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/engine/types'
import { browserTestsSkipped, msg, servedSuite } from '../support/browser'
import { planProject, sc } from '../support/plans'
import { openProjectFile } from '../support/timing'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

/** How far the page scrolls sideways: 0 when everything fits the width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/* Two scenes at one place, 10-hour days: a takes 15 h (days 1–2), b 5 h (the rest of day 2). */
const long: Project = {
  ...planProject({ scenes: [sc('a', 'set', 15), sc('b', 'set', 5)], shoot: { hoursPerDay: 10, moveHours: 0 } }),
  meta: { title: 'A long scene', currency: 'CNY', locale: 'en', episodes: 1, minutesPerEpisode: 2 },
}

describe.skipIf(SKIP)('a first try of the app, in Chromium', { timeout: 120_000 }, () => {
  suite.register()

  it('at 390 px Overview, Schedule, Uncertainty and Projects never scroll sideways, in both languages', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { page } = await suite.visit({ locale, viewport: { width: 390, height: 844 } })
      for (const view of ['overview', 'schedule', 'uncertainty', 'projects']) {
        await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
        await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
        expect(`${locale} ${view}: ${await sideways(page)}`).toBe(`${locale} ${view}: 0`)
      }
    }
  })

  it('a scene longer than a day shows its days in full on the stripboard; the call sheet gives hours and minutes', async () => {
    const { page } = await suite.visit({ viewport: { width: 1440, height: 900 } })
    await openProjectFile(page, long, 'long.json')
    await page.getByRole('navigation', { name: msg('en', 'nav.main') }).getByRole('link', { name: msg('en', 'nav.schedule'), exact: true }).click()
    const len = page.locator('[data-testid="stripboard"] [data-scene="a"] .len')
    await len.waitFor()
    // The length, and under it the days, on a line of their own (no "·" to start it).
    expect(await len.innerText()).toBe(`15 h 0 min\n${msg('en', 'shoot.multiDay', { first: 1, last: 2 })}`)
    // Every part of it is drawn inside the cell: nothing is cut off with an ellipsis.
    const cut = await len.evaluate((el: Element) => [el, ...el.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1))
    expect(cut).toBe(false)
    // Hours per day and per move are drawn as fields to type in (a border), not as plain figures.
    const border = await page.getByLabel(msg('en', 'shoot.hoursPerDay'), { exact: true }).evaluate((el: Element) => getComputedStyle(el).borderTopColor)
    expect(border).not.toBe('rgba(0, 0, 0, 0)')
    await page.getByRole('tab', { name: msg('en', 'shoot.tabs.call') }).click()
    await page.getByTestId('call-day').selectOption('2')
    const row = page.getByTestId('call-sheet').locator('tbody tr').filter({ hasText: 'set' }).last()
    expect(await row.locator('td.num').textContent()).toBe('5 h 0 min')
  })

  it('at 390 px the stripboard’s heads and strips scroll sideways in their own box, never the page', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { page } = await suite.visit({ locale, viewport: { width: 390, height: 844 } })
      await openProjectFile(page, long, 'long.json')
      await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, 'nav.schedule'), exact: true }).click()
      await page.locator('[data-testid="stripboard"] [data-scene="a"]').waitFor()
      expect(`${locale}: ${await sideways(page)}`).toBe(`${locale}: 0`)
    }
  })

  it('at 390 px the breakdown’s heads sit over their own columns: the scene head does not cover Day/night', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { page } = await suite.visit({ locale, viewport: { width: 390, height: 844 } })
      await openProjectFile(page, long, 'long.json')
      await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, 'nav.breakdown'), exact: true }).click()
      const heads = page.getByRole('grid', { name: msg(locale, 'breakdown.grid') }).locator('thead th')
      await heads.first().waitFor()
      const boxes = await heads.evaluateAll((ths: Element[]) => ths.slice(0, 3).map(th => { const r = th.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)] }))
      // Each head starts where the one before it ends.
      expect(boxes[1]![0]).toBe(boxes[0]![1])
      expect(boxes[2]![0]).toBe(boxes[1]![1])
    }
  })

  it('at 390 px the topsheet’s section names keep whole words: 剧本 and 演员 on one line each', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })
    const lines = (name: string) => page.getByTestId('topsheet').locator('tbody th').filter({ hasText: name }).first().evaluate((th: Element) => {
      const range = document.createRange()
      range.selectNodeContents(th)
      // One box per line the name takes (the hidden account code draws none).
      return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size
    })
    expect(await lines('剧本')).toBe(1)
    expect(await lines('演员')).toBe(1)
  })

  it('from 1280 px the unit “episode” is shown whole, not “episo…”', async () => {
    for (const width of [1280, 1440]) {
      const { page } = await suite.visit({ hash: '#/budget', locale: 'en', viewport: { width, height: 900 } })
      const unit = page.getByLabel(/^Unit of Screenplay/)
      expect(await unit.inputValue()).toBe('episode')
      expect(`${width}: ${await unit.evaluate((el: Element) => el.scrollWidth <= el.clientWidth)}`).toBe(`${width}: true`)
    }
  })

  it('at 390 px a line’s note opens whole, over the rows below: its text and Save are not covered or cut', async () => {
    const { page } = await suite.visit({ hash: '#/budget', locale: 'en', viewport: { width: 390, height: 844 } })
    await page.locator('tr', { hasText: 'Female lead' }).locator('.note-mark').click()
    const editor = page.getByRole('dialog', { name: 'Note on Female lead' })
    await editor.getByRole('textbox').waitFor()
    // What a person sees near each corner of the text box and of Save is the box and the button themselves.
    const onTop = (name: 'textbox' | 'button') => (name === 'textbox' ? editor.getByRole('textbox') : editor.getByRole('button', { name: 'Save' })).evaluate((el: Element) => {
      const r = el.getBoundingClientRect()
      const corners = [[r.left + 4, r.top + 4], [r.right - 4, r.top + 4], [r.left + 4, r.bottom - 4], [r.right - 4, r.bottom - 4]] as const
      return r.left >= 0 && r.right <= window.innerWidth && corners.every(([x, y]) => {
        const hit = document.elementFromPoint(x, y)
        return hit !== null && (hit === el || el.contains(hit))
      })
    })
    expect(await onTop('textbox')).toBe(true)
    expect(await onTop('button')).toBe(true)
  })
})

