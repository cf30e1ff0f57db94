// @vitest-environment node
/**
 * The AI economics in a real browser (production build, vite preview, Debian's Chromium through
 * playwright-core; see tests/support/browser.ts): on the Chinese premium short drama, China's
 * review tier beside the total and the note that the AI scenario crosses a threshold, in both
 * languages; a lever's break-even line, and its warning once the price per generation passes the
 * break-even; the break-even chart; screenshots of the AI levers view and the overview at 1280 px.
 * Every figure is the engine's, run here in Node on the preset file.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { reviewTier } from '../../src/engine/review'
import type { Project } from '../../src/engine/types'
import tiers from '../../presets/review-tier.json'
import {
  SCREENSHOT_DIR,
  browserTestsSkipped,
  servedSuite,
  figures,
  money,
  msg,
  nameOf,
  nextFrames,
  openPreset,
  presetProject,
  readTable,
} from '../support/browser'
import type { UiLocale } from '../support/browser'

const SKIP = browserTestsSkipped()
const PRESET = 'cn-premium-drama'
const LEVER = 'ai-live-action'

const suite = servedSuite()

/* ------------------------------------------------------------------------------ helpers */

/** A first visit at 1280 × 900 with the premium drama opened through the New project dialog. */
async function premiumVisit(): Promise<Page> {
  const session = await suite.open({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
  const { page } = session
  await page.goto(suite.url)
  await page.getByTestId('kpi-total').waitFor()
  await openPreset(page, PRESET)
  await page.getByRole('heading', { level: 1, name: presetProject(PRESET).meta.title }).waitFor()
  return page
}

async function language(page: Page, from: UiLocale, label: 'English' | '中文'): Promise<void> {
  await page.getByRole('combobox', { name: msg(from, 'header.language'), exact: true }).selectOption({ label })
}

async function go(page: Page, locale: UiLocale, view: 'overview' | 'ai' | 'compare'): Promise<void> {
  await page.getByRole('navigation', { name: msg(locale, 'nav.main') })
    .getByRole('link', { name: msg(locale, `nav.${view}`), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: msg(locale, `nav.${view}`), exact: true }).waitFor()
}

const card = (page: Page, lever: string) => page.locator(`article[data-lever="${lever}"]`)

/** Waits out Chart.js's animation and the fonts, for a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await nextFrames(page)
  await page.waitForTimeout(400)
}

function withPrice(p: Project, lever: string, amount: number): Project {
  const copy = structuredClone(p)
  copy.levers!.find(l => l.id === lever)!.toolCost!.amount = amount
  return copy
}

/* -------------------------------------------------------------------------------- tests */

describe.skipIf(SKIP)('AI economics in Chromium (production build, vite preview)', { timeout: 90_000 }, () => {
  suite.register()

  it('the premium drama: national review for the baseline, provincial for the AI scenario, with the crossing said, in both languages', async () => {
    const project = presetProject(PRESET)
    const { baseline, shown, result } = figures(project)
    // The engine, on the preset: ¥3,093,090.00 national; ¥2,553,548.21 and ¥1,673,339.59 provincial
    expect(reviewTier(baseline.result.total)).toBe('national')
    expect(result.scenarios.filter(c => !c.result.baseline).map(c => reviewTier(c.result.total))).toEqual(['provincial', 'provincial'])
    expect(shown.result.id).toBe('ai')

    const page = await premiumVisit()
    for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
      if (locale === 'zh-CN') await language(page, 'en', label)
      const kpis = page.getByRole('region', { name: msg(locale, 'kpi.total'), exact: true })
      const names = { baseline: nameOf(project, 'scenarios', 'baseline', locale), scenario: nameOf(project, 'scenarios', 'ai', locale) }
      const badge = kpis.getByTestId('review-tier')
      await expect.poll(() => badge.textContent()).toContain(msg(locale, 'economics.tierBadge', { tier: msg(locale, 'economics.tier.provincial') }))
      expect(await badge.getAttribute('data-tier')).toBe('provincial')
      const note = kpis.getByTestId('tier-crossing')
      // A sentence: the baseline, its total, and the level it would go to.
      const sentence = msg(locale, 'economics.crossDown', { baseline: names.baseline, total: '@', from: msg(locale, 'economics.tierLong.national') }).split('@')
      const text = (await note.textContent())!
      expect(text.startsWith(sentence[0]!) && text.endsWith(sentence[1]!), text).toBe(true)
      expect(await note.getAttribute('title')).toBe(msg(locale, 'economics.crossing', {
        scenario: names.scenario, to: msg(locale, 'economics.tierLong.provincial'), baseline: names.baseline,
        from: msg(locale, 'economics.tierLong.national'), threshold: money(300_000_000, project, locale),
      }))

      // The badge opens the thresholds in force and their source
      await badge.click()
      const info = page.getByRole('dialog', { name: msg(locale, 'economics.tierTitle') })
      await info.waitFor()
      const source = tiers.thresholds.find(t => t.from === '2026-01-01')!.source
      const title = locale === 'en' ? source.title : source.l10n!['zh-CN'].title
      expect(await info.getByRole('link', { name: title }).getAttribute('href')).toBe(new URL(source.url).href)
      expect(await info.textContent()).toContain(msg(locale, 'economics.tierSpecial'))
      await page.keyboard.press('Escape')
      await info.waitFor({ state: 'detached' })

      // The compare table gives each scenario's tier
      await go(page, locale, 'compare')
      const row = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: msg(locale, 'economics.tierRow'), exact: true }) })
      expect((await row.getByRole('cell').allTextContents()).map(s => s.trim())).toEqual(['national', 'provincial', 'provincial'].map(t => msg(locale, `economics.tier.${t}`)))
      await go(page, locale, 'overview')
    }
  })

  it('a lever card gives its break-even price, and turns to a warning once the price per generation is above it', async () => {
    const project = presetProject(PRESET)
    const share = figures(project).shown.vsBaseline.levers.find(l => l.id === LEVER)!
    // Engine: saves ¥435,226.87 on its lines for ¥19,967.25 of tools; break-even ¥367.28 a generation
    expect([share.grossSaving, share.tools, share.breakEven]).toEqual([43_522_687, 1_996_725, 36_728])
    const page = await premiumVisit()
    await go(page, 'en', 'ai')
    const lever = card(page, LEVER)
    const line = lever.getByTestId('break-even')
    expect(await line.textContent()).toBe(msg('en', 'economics.paysOff', { breakEven: money(share.breakEven!, project, 'en'), unit: msg('en', 'economics.unit.generation'), price: money(1685, project, 'en') }))
    expect(await line.textContent()).toBe('Pays off up to CN¥367.28 per generation (now CN¥16.85)')
    expect(await lever.getAttribute('class')).not.toContain('losing')

    // The break-even chart draws this lever (its tools cost the most), with the break-even marked
    const chartTitle = msg('en', 'economics.chartTitle', { scenario: nameOf(project, 'scenarios', 'ai', 'en') })
    const table = await readTable(page.getByRole('figure', { name: chartTitle, exact: true }).getByRole('table'))
    expect(table.flat()).toContain('CN¥16.85 (Now)')
    expect(table.find(r => r[0]!.endsWith('(Break-even)'))).toEqual(['CN¥367.28 (Break-even)', 'CN¥0.00'])

    // ¥400.00 a generation: 0.5 × 400 × 118.5 minutes × 15 takes of tools, more than the saving
    const above = figures(withPrice(project, LEVER, 400)).shown.vsBaseline.levers.find(l => l.id === LEVER)!
    expect(above.tools).toBeGreaterThan(above.grossSaving)
    await lever.getByRole('button', { name: msg('en', 'levers.edit', { name: nameOf(project, 'levers', LEVER, 'en') }) }).click()
    const price = lever.getByLabel(`${msg('en', 'economics.pricePerGeneration')} (${nameOf(project, 'levers', LEVER, 'en')})`, { exact: true })
    await price.fill('400')
    await price.press('Enter')
    await expect.poll(() => lever.getAttribute('class')).toContain('losing')
    expect(await line.getAttribute('data-state')).toBe('losing')
    expect(await line.textContent()).toBe(`⚠ ${msg('en', 'economics.losing', { tools: money(above.tools, project, 'en'), saving: money(above.grossSaving, project, 'en') })} Pays off up to CN¥367.28 per generation (now CN¥400.00)`)
    // The card's colour changes with it
    const background = await lever.evaluate(el => getComputedStyle(el).backgroundColor)
    expect(background).not.toBe('rgba(0, 0, 0, 0)')

    // Back under the break-even: the warning goes
    await price.fill('300')
    await price.press('Enter')
    await expect.poll(() => lever.getAttribute('class')).not.toContain('losing')
  })

  it('screenshots of the AI levers view and the overview at 1280 px, in both languages', async () => {
    const page = await premiumVisit()
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const files: string[] = []
    const shot = async (name: string, fullPage = true) => {
      await settle(page)
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage })
      files.push(path)
    }
    for (const [locale, label] of [['en', 'English'], ['zh-CN', '中文']] as const) {
      if (locale === 'zh-CN') await language(page, 'en', label)
      await go(page, locale, 'ai')
      await page.getByRole('figure', { name: msg(locale, 'economics.chartTitle', { scenario: nameOf(presetProject(PRESET), 'scenarios', 'ai', locale) }) }).waitFor()
      await shot(`economics-ai-${locale}-1280`)
      await go(page, locale, 'overview')
      await shot(`economics-overview-${locale}-1280`)
      // The review tier's popover, over the page as a person sees it
      await page.getByTestId('review-tier').click()
      await page.getByTestId('review-tier-info').waitFor()
      await shot(`economics-tier-${locale}-1280`, false)
      await page.keyboard.press('Escape')
    }
    // A lever whose tools cost more than it saves, in the AI view
    await go(page, 'zh-CN', 'ai')
    const lever = card(page, LEVER)
    const leverName = nameOf(presetProject(PRESET), 'levers', LEVER, 'zh-CN')
    await lever.getByRole('button', { name: msg('zh-CN', 'levers.edit', { name: leverName }), exact: true }).click()
    const price = lever.getByLabel(`${msg('zh-CN', 'economics.pricePerGeneration')} (${leverName})`, { exact: true })
    await price.fill('400')
    await price.press('Enter')
    await expect.poll(() => lever.getAttribute('class')).toContain('losing')
    await lever.getByRole('button', { name: msg('zh-CN', 'levers.edit', { name: leverName }), exact: true }).click()
    // The card just below the sticky headline figures
    await lever.evaluate(el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200))
    await shot('economics-losing-zh-CN-1280', false)

    for (const path of files) {
      expect(statSync(path).size, path).toBeGreaterThan(10_000)
      expect(readFileSync(path).subarray(1, 4).toString(), path).toBe('PNG')
    }
  })
})
