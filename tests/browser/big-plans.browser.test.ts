// @vitest-environment node
/**
 * Plans far larger than a producer's stay usable (issue 18), in the production build in Chromium:
 * the Schedule of 2,000 chained phases draws only the rows in view and edits a phase's
 * predecessors through its picker (a loop refused in words); the Compare view of 5,000 scenarios
 * shows a page of them at a time, the reference always beside them. How fast is measured by
 * tests/browser/plan-timing.ts (`npm run bench`), not here.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips (and says so).
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserTestsSkipped, msg, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'
import { manyPhases, manyScenarios } from '../support/bigPlans'
import { openProjectFile } from '../support/timing'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

async function go(page: Page, view: string, locale: UiLocale = 'en'): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') })
    .getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}

describe.skipIf(SKIP)('very large plans in the browser', () => {
  suite.register()

  it('draws a 2,000-phase schedule a screenful at a time and edits a phase’s predecessors with its picker', async () => {
    const { page } = await suite.visit()
    page.setDefaultTimeout(60_000)
    await openProjectFile(page, manyPhases(2000), '2000-phases.json')
    await go(page, 'schedule')
    const table = page.getByTestId('schedule-table')
    await table.locator('tr[data-phase="ph0"]').waitFor()
    expect(await page.locator('section.panel').getByText(msg('en', 'plan.phasesCount', { n: 2000 }), { exact: true }).count()).toBe(1)
    const drawn = await table.locator('tr[data-phase]').count()
    expect(drawn).toBeGreaterThan(10)
    expect(drawn).toBeLessThan(100)
    // The Gantt draws the first 60 phases (its table for screen readers has as many rows).
    expect(await page.locator('figure[data-chart="gantt"] table tbody tr').count()).toBe(60)

    // Phase 10 waits on Phase 9; make it wait on Phase 5 as well, found by typing.
    const picker = page.getByRole('button', { name: msg('en', 'plan.waitsOnOf', { name: 'Phase 10' }), exact: true })
    await picker.click()
    const find = page.getByRole('searchbox', { name: msg('en', 'plan.find') })
    await find.fill('phase 5')
    await page.getByRole('group', { name: msg('en', 'plan.waitsOnOf', { name: 'Phase 10' }) }).getByRole('checkbox', { name: 'Phase 5', exact: true }).check()
    await page.keyboard.press('Escape')
    await expect.poll(() => picker.textContent()).toContain('Phase 9, Phase 5')

    // Phase 0 waiting on Phase 1999 would close a loop: refused, in words.
    const first = page.getByRole('button', { name: msg('en', 'plan.waitsOnOf', { name: 'Phase 0' }), exact: true })
    await first.click()
    await page.getByRole('searchbox', { name: msg('en', 'plan.find') }).fill('1999')
    await page.getByRole('checkbox', { name: 'Phase 1999', exact: true }).check()
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /loop/ }).count()).toBe(1)
    await page.keyboard.press('Escape')
    expect(await first.textContent()).toContain(msg('en', 'plan.none'))

    // The last phase is drawn once scrolled to.
    await table.evaluate((el: Element) => { el.parentElement!.scrollTop = el.parentElement!.scrollHeight })
    await table.locator('tr[data-phase="ph1999"]').waitFor()
  }, 180_000)

  it('shows 5,000 scenarios a page at a time, with the reference beside each page', async () => {
    const { page } = await suite.visit()
    page.setDefaultTimeout(120_000)
    await openProjectFile(page, manyScenarios(5000), '5000-scenarios.json')
    await go(page, 'compare')
    const table = page.getByTestId('compare-table')
    const heads = table.locator('thead th[data-scenario]')
    await expect.poll(() => heads.count()).toBe(12)
    await page.getByText(msg('en', 'plan.pageOf', { from: 1, to: 12, n: 5000 }), { exact: true }).waitFor()
    await page.getByRole('button', { name: msg('en', 'plan.nextPage') }).click()
    await page.getByText(msg('en', 'plan.pageOf', { from: 13, to: 24, n: 5000 }), { exact: true }).waitFor()
    const ids = await heads.evaluateAll(ths => ths.map(th => th.getAttribute('data-scenario')))
    expect(ids).toEqual(['s0', ...Array.from({ length: 12 }, (_, i) => `s${12 + i}`)])
    // The total row has a figure in every column shown.
    const totals = await table.locator('tr[data-row="total"] td').allTextContents()
    expect(totals.filter(x => /\d/.test(x))).toHaveLength(13)
  }, 240_000)
})
