// @vitest-environment node
/**
 * The shoot plan in Chromium, as a producer uses it (issue 16): drag a strip and see the cast
 * member's paid days and the cast line of the budget change by the hand-computed amount; optimise
 * with progress, cancel a run, then let one finish; print a call sheet (pdftotext holds the day's
 * scenes); screenshots of the stripboard, the day out of days and the call sheet in both languages.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and pdftotext; SKIP_BROWSER_TESTS=1 skips (and says so).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { formatAmount } from '../../src/app/format'
import type { Project } from '../../src/engine/types'
import { SCREENSHOT_DIR, browserTestsSkipped, msg, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'
import { planProject, sc } from '../support/plans'
import { shootProject } from '../support/shootProject'
import { openProjectFile } from '../support/timing'
import { line } from '../support/projects'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

/*
 * Four 10-hour scenes at one place, one a day: a (Lu), b, c (Lu), d. Lu, paid from first to last
 * day, works days 1 and 3: 3 paid days × ¥1,000 = ¥3,000. With c dragged before b, Lu works days
 * 1 and 2: 2 paid days, ¥2,000.
 */
const small: Project = {
  ...planProject({
    scenes: [sc('a', 'set', 10, ['lu']), sc('b', 'set', 10), sc('c', 'set', 10, ['lu']), sc('d', 'set', 10)],
    shoot: { hoursPerDay: 10, moveHours: 0 },
    cast: [{ id: 'lu', name: 'Lu', pay: 'span' }],
    lines: [line('lu-line', { name: 'Lu', kind: 'labor', qty: { of: 'cast:lu' }, unit: 'day', rate: 1000 })],
  }),
  meta: { title: 'Four scenes', currency: 'CNY', locale: 'zh-CN', episodes: 1, minutesPerEpisode: 2 },
}

async function go(page: Page, view: string, locale: UiLocale = 'en'): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}
const costOf = (page: Page, name: string) => page.getByRole('button', { name: msg('en', 'budget.explain', { name }), exact: true }).textContent()
const strip = (page: Page, id: string) => page.locator(`[data-testid="stripboard"] [data-scene="${id}"]`)

describe.skipIf(SKIP)('the shoot plan in the browser', () => {
  suite.register()

  it('a dragged strip changes the cast member’s paid days and the budget’s cast line', async () => {
    const { page } = await suite.visit()
    await openProjectFile(page, small, 'four.json')
    await go(page, 'budget')
    expect(await costOf(page, 'Lu')).toBe(formatAmount(300000, 2, 'en'))
    await go(page, 'schedule')
    await strip(page, 'c').waitFor()
    await strip(page, 'c').dragTo(strip(page, 'b'), { targetPosition: { x: 20, y: 4 } })
    await expect.poll(async () => page.locator('[data-testid="stripboard"] [data-scene]').evaluateAll(els => els.map(e => e.getAttribute('data-scene')))).toEqual(['a', 'c', 'b', 'd'])
    await page.getByRole('tab', { name: msg('en', 'shoot.tabs.dood') }).click()
    await expect.poll(() => page.locator('[data-testid="dood"] tr[data-cast="lu"] td').allTextContents()).toEqual(['span', 'SW', 'WF', '', '', '2', '0', '2'])
    await go(page, 'budget')
    expect(await costOf(page, 'Lu')).toBe(formatAmount(200000, 2, 'en'))
    // One undo brings the order and the cost back.
    await page.getByRole('button', { name: msg('en', 'header.undo') }).click()
    await expect.poll(() => costOf(page, 'Lu')).toBe(formatAmount(300000, 2, 'en'))
  }, 120_000)

  it('moves selected strips with Alt+arrows and undoes the move', async () => {
    const { page } = await suite.visit()
    await openProjectFile(page, small, 'four.json')
    await go(page, 'schedule')
    await strip(page, 'd').click()
    await strip(page, 'c').click({ modifiers: ['Shift'] })
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(async () => page.locator('[data-testid="stripboard"] [data-scene]').evaluateAll(els => els.map(e => e.getAttribute('data-scene')))).toEqual(['a', 'c', 'd', 'b'])
    await page.keyboard.press('Control+z')
    await expect.poll(async () => page.locator('[data-testid="stripboard"] [data-scene]').evaluateAll(els => els.map(e => e.getAttribute('data-scene')))).toEqual(['a', 'b', 'c', 'd'])
  }, 120_000)

  it('optimises in the worker with progress, cancels a run, and applies a finished one as the engine computes it', async () => {
    const project = shootProject({ scenes: 120 })
    const { page } = await suite.visit()
    await openProjectFile(page, project, 'plan.json')
    await go(page, 'schedule')
    const panel = page.getByTestId('optimise')
    const total = () => page.getByTestId('kpi-total').textContent()
    const before = await total()
    await panel.getByRole('button', { name: msg('en', 'shoot.optimise.run') }).click()
    await panel.getByRole('progressbar', { name: msg('en', 'shoot.optimise.progress') }).waitFor()
    await panel.getByRole('button', { name: msg('en', 'shoot.optimise.cancel') }).click()
    await panel.getByText(msg('en', 'shoot.optimise.cancelled')).waitFor()
    expect(await total()).toBe(before)

    await panel.getByRole('button', { name: msg('en', 'shoot.optimise.run') }).click()
    // Progress is reported while it runs (the best total so far).
    await expect.poll(() => panel.textContent(), { timeout: 60_000 }).toMatch(/best so far/)
    await page.getByTestId('optimise-result').waitFor({ timeout: 120_000 })
    const after = await total()
    expect(after).not.toBe(before)
    // The scenario's own order, now the optimised one, computed by the engine, is the total shown.
    const order = await fullOrder(page)
    expect([...order].sort()).toEqual(project.scenes!.map(s => s.id).sort())
    const shown = project.scenarios.find(s => !s.baseline)!
    const withOrder: Project = { ...project, scenarios: project.scenarios.map(s => (s.id === shown.id ? { ...s, overrides: { ...s.overrides, shoot: { order } } } : s)) }
    const engine = computeProject(withOrder).scenarios.find(c => c.result.id === shown.id)!.result.total
    expect(after).toContain(formatAmount(engine, 2, 'en'))
  }, 240_000)

  it('prints the call sheet of a day, which holds that day’s scenes', async () => {
    const { page } = await suite.visit()
    await openProjectFile(page, small, 'four.json')
    await go(page, 'schedule')
    await page.getByRole('tab', { name: msg('en', 'shoot.tabs.call') }).click()
    await page.getByTestId('call-day').selectOption('3')
    await page.evaluate(() => { window.print = () => {} })
    await page.getByRole('button', { name: msg('en', 'shoot.call.print') }).click()
    await page.emulateMedia({ media: 'print' })
    const dir = mkdtempSync(join(tmpdir(), 'callsheet-'))
    const path = join(dir, 'call.pdf')
    writeFileSync(path, await page.pdf({ format: 'A4' }))
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain(msg('en', 'shoot.call.heading', { n: 3, d: 4 }))
    expect(text).toContain('Four scenes')
    // Day 3 shoots scene c only, with Lu.
    expect(text).toMatch(/\bc\s+1\s+INT\s+Day\s+set\s+Lu/)
    expect(text).not.toMatch(/\bb\s+1\s+INT/)
  }, 120_000)

  it('looks right in both languages', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    for (const [locale, ui] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
      const { page } = await suite.visit({ locale })
      await openProjectFile(page, shootProject({ scenes: 60 }), 'plan.json')
      await go(page, 'schedule', ui)
      await strip(page, 'e1s1').waitFor()
      await page.screenshot({ path: join(SCREENSHOT_DIR, `stripboard-${ui}-1440.png`) })
      await page.getByRole('tab', { name: msg(ui, 'shoot.tabs.dood') }).click()
      await page.getByTestId('dood').waitFor()
      await page.screenshot({ path: join(SCREENSHOT_DIR, `dood-${ui}-1440.png`) })
    }
  }, 120_000)
})

/** The packing order shown (every scene, the unshot ones last). */
async function fullOrder(page: Page): Promise<string[]> {
  return page.locator('[data-testid="stripboard"]').evaluate(async (el: Element) => {
    // Scroll through the virtual list and collect every strip.
    const seen: string[] = []
    const box = el as HTMLElement
    for (let y = 0; ; y += box.clientHeight / 2) {
      box.scrollTop = y
      await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
      for (const s of box.querySelectorAll('[data-scene]')) {
        const id = s.getAttribute('data-scene')!
        if (!seen.includes(id)) seen.push(id)
      }
      if (y > box.scrollHeight) break
    }
    return seen
  })
}
