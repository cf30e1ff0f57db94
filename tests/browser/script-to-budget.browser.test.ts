// @vitest-environment node
/**
 * Issue 15 end to end, as a producer does it, in a real browser: a Chinese 短剧 script of our own
 * (3 episodes) opened with File → Open file…, previewed, applied to the open project; the
 * Breakdown view shows its scenes, places and people; "Add cast lines"; the Budget shows them
 * following each actor's days — the days the shoot plan packs (not 0), checked against the engine
 * on the project the app saves, and against the same pure functions run on the script file. Then
 * an English Fountain script the same way. Screenshots of the preview and the view, both
 * languages, at 1440, 1024 and 390 px, with the page never wider than the window.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { Project } from '../../src/engine/types'
import { readScript, withMinutes } from '../../src/script'
import { applyBreakdown } from '../../src/script/apply'
import { addBreakdownLines } from '../../src/script/lines'
import { amount, browserTestsSkipped, msg, presetProject, SCREENSHOT_DIR, servedSuite } from '../support/browser'
import type { UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/scripts', name)

async function go(page: Page, locale: UiLocale, view: string): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') }).getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
}
const shownScenes = (page: Page) => page.locator('table.breakdown-grid').locator('input[data-cell="number"]').evaluateAll(els => els.map(e => (e as HTMLInputElement).value))
/** The first cell of each body row of a summary table. */
const firstCells = (page: Page, id: string) => page.getByTestId(id).locator('tbody tr').evaluateAll(rows => rows.map(r => (r.querySelector('th, td')?.textContent ?? '').trim()))

/**
 * Screenshots at three widths. A dialog fits in the window; a view never makes the page scroll
 * sideways (a wide grid scrolls in its own box).
 */
async function shoot(page: Page, name: string, dialog?: Locator): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const width of [1440, 1024, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
    const over = dialog
      ? await dialog.evaluate(el => Math.max(el.getBoundingClientRect().right - window.innerWidth, -el.getBoundingClientRect().left))
      : await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(over, `${name} at ${width} px is wider than the window`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`) })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

async function savedProject(page: Page, locale: UiLocale): Promise<Project> {
  await page.getByRole('button', { name: msg(locale, 'header.file'), exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: msg(locale, 'files.save'), exact: true }).click(),
  ])
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Project
}

describe.skipIf(SKIP)('from the script to the budget (production build in Chromium)', { timeout: 150_000 }, () => {
  suite.register()

  it('opens a Chinese script, applies it, adds cast lines, and the budget pays the packed days', async () => {
    const zh = 'zh-CN'
    const { page } = await suite.visit({ locale: zh })
    await page.getByTestId('language-select').selectOption(zh)
    await page.getByTestId('open-file').setInputFiles(fixture('zh-own-3ep.txt'))
    const preview = page.getByRole('dialog', { name: '剧本拆解' })
    await expect.poll(() => preview.getByTestId('script-counts').textContent()).toMatch(/^3 集 9 场 · 7 个场景地点 · 6 个角色 · /)
    const rows = await preview.getByRole('table').locator('tbody tr').allInnerTexts()
    expect(rows.map(r => r.split('\t').slice(0, 6))).toEqual([
      ['1', '1-1', '夜', '内', '林家别墅·客厅', '林晚、林母、林薇'],
      ['1', '1-2', '日', '外', '顾家老宅门口', '林晚、管家老陈'],
      ['1', '1-3', '日', '内', '顾家老宅·书房', '林晚、顾言琛'],
      ['2', '2-1', '晨', '内', '顾家老宅 餐厅', '林晚、顾言琛、管家老陈'],
      ['2', '2-2', '日', '内', '顾氏集团·总裁办公室', '顾言琛、助理周航'],
      ['2', '2-3', '夜', '外', '医院门口', '林晚、林薇'],
      ['3', '3-1', '夜', '外', '医院门口', '林晚、林薇、顾言琛'],
      ['3', '3-2', '夜', '内外', '车内', '林晚、顾言琛'],
      ['3', '3-3', '日', '内', '顾氏集团·总裁办公室', '顾言琛、助理周航、林晚'],
    ])
    await expect.poll(() => preview.getByText('每一行都已归类。').isVisible()).toBe(true)
    await shoot(page, 'script-preview-zh', preview)
    // the lines are added from the Breakdown view below, not by the apply
    await preview.getByRole('checkbox').uncheck()
    await preview.getByRole('button', { name: '应用', exact: true }).click()
    await preview.waitFor({ state: 'detached' })

    await go(page, zh, 'breakdown')
    await expect.poll(() => shownScenes(page)).toEqual(['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3'])
    expect((await firstCells(page, 'summary-locations')).sort()).toEqual(['医院门口', '林家别墅·客厅', '车内', '顾家老宅 餐厅', '顾家老宅·书房', '顾家老宅门口', '顾氏集团·总裁办公室'].sort())
    expect((await firstCells(page, 'summary-cast')).sort()).toEqual(['助理周航', '林母', '林晚', '林薇', '管家老陈', '顾言琛'].sort())
    // a shoot plan came with the script: the lines will follow packed days
    await page.getByText(msg(zh, 'breakdown.lines.packed')).waitFor()
    await page.getByRole('button', { name: msg(zh, 'breakdown.lines.addCast') }).click()
    await page.getByText(msg(zh, 'breakdown.lines.added', { n: 6, section: '演员' })).waitFor()
    await shoot(page, 'script-breakdown-zh')

    await go(page, zh, 'budget')
    const basis = page.getByRole('combobox', { name: msg(zh, 'budget.qtyFollows', { name: '林晚' }) })
    await expect.poll(() => basis.evaluate(el => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('× 林晚 天数')
    const rate = page.getByLabel(msg(zh, 'budget.lineField', { field: msg(zh, 'budget.col.rate'), name: '林晚' }), { exact: true })
    await rate.fill('1000')
    await rate.press('Enter')

    // The engine on the project the app saved: 林晚 is paid her packed span, not 0 days
    const saved = await savedProject(page, zh)
    const lin = saved.cast!.find(c => c.name === '林晚')!
    const line = saved.lines.find(l => typeof l.qty === 'object' && l.qty.of === `cast:${lin.id}`)!
    expect(line).toMatchObject({ section: 'cast', kind: 'labor', rate: 1000, count: 1 })
    const result = computeProject(saved)
    const shownId = await page.getByTestId('scenario-select').evaluate(el => (el as HTMLSelectElement).value).catch(() => undefined)
    const shown = result.scenarios.find(s => s.result.id === shownId) ?? result.scenarios.find(s => !s.result.baseline)!
    const paid = shown.result.schedule!.cast.find(c => c.id === lin.id)!.paid
    expect(paid).toBeGreaterThan(0)
    const lineResult = shown.result.lines.find(l => l.id === line.id)!
    expect(lineResult.qty).toBe(paid)
    // her line reads "数量 <paid> × 1 × 1,000 = <cost>" when opened
    await page.getByRole('button', { name: msg(zh, 'budget.explain', { name: '林晚' }) }).click()
    const explained = page.getByRole('definition').filter({ hasText: `${paid} × 1 × 1,000 = ${amount(lineResult.cost, saved, zh)}` })
    await expect.poll(() => explained.count()).toBeGreaterThan(0)

    // The same pure functions on the script file give the same breakdown, plan and lines
    const start = presetProject('cn-micro-drama')
    const read = readScript(readFileSync(fixture('zh-own-3ep.txt'), 'utf8'))
    const bare = applyBreakdown(start, withMinutes(read, { mode: 'share', minutesPerEpisode: start.meta.minutesPerEpisode }), { lines: false }).project
    const expected = addBreakdownLines(bare, 'cast').project
    expect(saved.scenes).toEqual(expected.scenes)
    expect(saved.cast).toEqual(expected.cast)
    expect(saved.locations).toEqual(expected.locations)
    expect(saved.shoot).toEqual(expected.shoot)
    const follows = (p: Project) => p.lines.filter(l => typeof l.qty === 'object' && l.qty.of.startsWith('cast:')).map(l => ({ ...l, rate: 0 }))
    expect(follows(saved)).toEqual(follows(expected))
  })

  it('opens an English Fountain script and sees its scenes, places and people', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    await page.getByTestId('open-file').setInputFiles(fixture('en-own.fountain'))
    const preview = page.getByRole('dialog', { name: 'Script breakdown' })
    await expect.poll(() => preview.getByTestId('script-counts').textContent()).toMatch(/^5 scenes in 3 episodes · 4 locations · 3 cast members · /)
    const rows = await preview.getByRole('table').locator('tbody tr').allInnerTexts()
    expect(rows.map(r => r.split('\t').slice(0, 6))).toEqual([
      ['1', '1', 'Night', 'Int.', 'ST. BRIDGET\'S HOSPITAL - NURSES\' STATION', 'NORA, DR. REYES'],
      ['1', '2', 'Night', 'Ext.', 'HOSPITAL PARKING LOT', 'DR. REYES, MRS. REYES'],
      ['2', '1', 'Day', 'Int.', 'ST. BRIDGET\'S HOSPITAL - ROOM 6', 'MRS. REYES, NORA'],
      ['2', '2', 'Night', 'Int./ext.', 'ELI\'S CAR - MOVING', 'DR. REYES'],
      ['3', '1', 'Night', 'Int.', 'ST. BRIDGET\'S HOSPITAL - NURSES\' STATION', 'DR. REYES, NORA'],
    ])
    await expect.poll(() => preview.getByText('Every line was placed.').isVisible()).toBe(true)
    await shoot(page, 'script-preview-en', preview)
    await preview.getByRole('button', { name: 'Apply', exact: true }).click()
    await preview.waitFor({ state: 'detached' })
    await go(page, 'en', 'breakdown')
    await expect.poll(() => shownScenes(page)).toEqual(['1', '2', '1', '2', '1'])
    expect((await firstCells(page, 'summary-cast')).sort()).toEqual(['DR. REYES', 'MRS. REYES', 'NORA'])
    expect(await firstCells(page, 'summary-locations')).toHaveLength(4)
    // the apply added the lines already (its default): the view adds none twice
    await page.getByRole('button', { name: 'Add cast lines' }).click()
    await page.getByText(msg('en', 'breakdown.lines.added', { n: 0, section: 'Cast' })).waitFor()
    await shoot(page, 'script-breakdown-en')
  })
})
