// @vitest-environment node
/**
 * The budget grid in Chromium (production build, vite preview): the keyboard, undo from inside a
 * cell, the narrow screen, a pasted column, adding a line, finding a line, a 5,000-line project
 * rendered in part, and screenshots of the Budget view in both languages at three widths.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); SKIP_BROWSER_TESTS=1 skips them, loudly.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  SCREENSHOT_DIR,
  browserTestsSkipped,
  servedSuite,
  figures,
  money,
  msg,
  nextFrames,
  presetProject,
} from '../support/browser'
import type { SessionOptions, UiLocale } from '../support/browser'
import { largeProject } from '../support/large'
import { openProjectFile } from '../support/timing'
import type { Project } from '../../src/engine/types'

const SKIP = browserTestsSkipped()
const DEFAULT_PRESET = 'cn-micro-drama'

const suite = servedSuite()

/** A first visit on the Budget view, once its grid is shown. */
async function budget(options: SessionOptions = {}): Promise<Page> {
  const session = await suite.open(options)
  const { page } = session
  // tsx keeps function names with a helper (__name) that functions sent to the page call too.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.goto(`${suite.url}#/budget`)
  await page.getByTestId('kpi-total').waitFor()
  await page.getByRole('grid').waitFor()
  return page
}

/** The accessible name of the focused element. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '')
const kpiTotal = (page: Page) => page.getByTestId('kpi-total').textContent()
function withRates(p: Project, rates: Record<string, number>): Project {
  const copy = structuredClone(p)
  for (const l of copy.lines) if (l.id in rates) l.rate = rates[l.id]!
  return copy
}
const total = (p: Project, locale: UiLocale = 'en') => money(figures(p).shown.result.total, p, locale)

describe.skipIf(SKIP)('the budget grid in Chromium', { timeout: 90_000 }, () => {
  suite.register()

  it('arrow keys move across a row and down a column, across section headings; Tab, Enter and Escape', async () => {
    const page = await budget()
    const project = presetProject(DEFAULT_PRESET)
    // Across the Director's row, from its name to its rate, with the whole text selected each time
    await page.getByLabel('Line of Director', { exact: true }).focus()
    const across = []
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight')
      across.push(await focused(page))
    }
    expect(across).toEqual(['Kind of Director', 'Multiplier for Director', 'Quantity of Director follows', 'Unit of Director', 'Count of Director', 'Rate of Director'])
    expect(await page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return [el.selectionStart, el.selectionEnd, el.value.length] }))
      .toEqual([0, 5, 5])
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Fringes of Director')
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('Rate of Director')

    // Down and up the rate column; from the last cast line down to the first crew line, past the heading
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('Rate of Assistant director')
    await page.getByLabel('Rate of Extras', { exact: true }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('Rate of Director')
    await page.keyboard.press('ArrowUp')
    expect(await focused(page)).toBe('Rate of Extras')
    // In the name column the section heading is a stop: its name lines up with the lines' names
    await page.keyboard.press('ArrowLeft')
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
    expect(await focused(page)).toBe('Line of Extras')
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('Name of section Crew')

    // A select moves with Up and Down too, and keeps its value
    await page.getByLabel('Kind of Director', { exact: true }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('Kind of Assistant director')
    expect(await page.getByLabel('Kind of Director', { exact: true }).inputValue()).toBe('labor')

    // Typing replaces the cell; Enter commits and moves down; Escape cancels what is typed
    const rate = page.getByLabel('Rate of Director', { exact: true })
    await rate.focus()
    await page.keyboard.type('4000')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('Rate of Assistant director')
    await expect.poll(() => kpiTotal(page)).toBe(total(withRates(project, { director: 4000 })))
    await page.keyboard.type('999')
    await page.keyboard.press('Escape')
    expect(await page.getByLabel('Rate of Assistant director', { exact: true }).inputValue()).toBe('800')
    expect(await focused(page)).toBe('Rate of Assistant director')

    // F2 puts the caret at the end: Left then moves within the text, not to another cell
    await page.keyboard.press('F2')
    await page.keyboard.press('ArrowLeft')
    expect(await focused(page)).toBe('Rate of Assistant director')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionStart)).toBe(2)
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByLabel('Rate of Assistant director', { exact: true }).inputValue()).toBe('80')
  })

  it('undo inside a focused cell: the cell shows the undone value, and typing is put back first', async () => {
    const page = await budget()
    const project = presetProject(DEFAULT_PRESET)
    const rate = page.getByLabel('Rate of Director', { exact: true })
    const count = page.getByLabel('Count of Director', { exact: true })
    await rate.fill('3200')
    await rate.press('Enter')
    await count.fill('2')
    await count.press('Enter')
    await expect.poll(() => kpiTotal(page)).toBe(total(withRates({ ...project, lines: project.lines.map(l => (l.id === 'director' ? { ...l, count: 2 } : l)) }, { director: 3200 })))

    // Typing in the rate, not committed: the first Ctrl+Z puts the cell back as it was
    await rate.focus()
    await page.keyboard.type('9999')
    await page.keyboard.press('Control+z')
    expect(await rate.inputValue()).toBe('3,200')
    // Then each Ctrl+Z undoes one committed edit (one, not two: the app's own shortcut stays out)
    await page.keyboard.press('Control+z')
    await expect.poll(() => count.inputValue()).toBe('1')
    expect(await rate.inputValue()).toBe('3,200')
    await page.keyboard.press('Control+z')
    await expect.poll(() => rate.inputValue()).toBe('3,000')
    expect(await focused(page)).toBe('Rate of Director')
    await expect.poll(() => kpiTotal(page)).toBe(total(project))
    // Redo from the cell, and the Undo button with the cell in view
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => rate.inputValue()).toBe('3,200')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => rate.inputValue()).toBe('3,000')
    await expect.poll(() => kpiTotal(page)).toBe(total(project))
  })

  it('at 1024 px the cost columns of the first line are on screen, with no sideways scrolling', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const page = await budget({ viewport: { width: 1024, height: 768 }, locale })
      const view = page.viewportSize()!
      const cost = page.locator('tr.line-row').first().locator('td[data-col="cost"]')
      const scenario = page.locator('tr.line-row').first().locator('td[data-col="scenario"]')
      for (const cell of [cost, scenario]) {
        const box = (await cell.boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(view.width)
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
      // A long name can be read in full: it is the cell's tooltip
      const name = page.locator('tr.line-row').first().locator('td[data-col="name"] input')
      expect(await name.getAttribute('title')).toBe(await name.inputValue())
    }
  })

  it('a column pasted from a spreadsheet, as ¥3,500, fills the rates from the cell down', async () => {
    const page = await budget()
    const project = presetProject(DEFAULT_PRESET)
    const cast = project.lines.filter(l => l.section === 'cast').map(l => l.id)
    await page.getByLabel('Rate of Female lead', { exact: true }).evaluate((el: Element) => {
      const data = new DataTransfer()
      data.setData('text/plain', '¥3,800\r\n¥4,200\r\n1,100 元\r\n')
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    const want = withRates(project, { [cast[0]!]: 3800, [cast[1]!]: 4200, [cast[2]!]: 1100 })
    await expect.poll(() => kpiTotal(page)).toBe(total(want))
    expect(await page.getByLabel('Rate of Male lead', { exact: true }).inputValue()).toBe('4,200')
    expect(await page.getByLabel('Rate of Supporting cast', { exact: true }).inputValue()).toBe('1,100')
    expect(await page.getByRole('status').filter({ hasText: 'pasted' }).textContent()).toBe('3 values pasted into Rate.')
    // One undo step for the whole column
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => kpiTotal(page)).toBe(total(project))
  })

  it('"Add line" selects the new line\'s name, so typing replaces it; Ctrl+Enter adds one below', async () => {
    const page = await budget()
    await page.getByRole('button', { name: 'Add line to Cast', exact: true }).click()
    const name = page.getByLabel('Line of New line', { exact: true })
    await expect.poll(() => focused(page)).toBe('Line of New line')
    expect(await name.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 'New line'.length])
    await page.keyboard.type('Stunt double')
    await page.keyboard.press('Tab')
    await page.getByLabel('Line of Stunt double', { exact: true }).waitFor()
    // The new line sits at the end of Cast, before the Crew heading
    const order = await page.locator('tr[data-key]').evaluateAll(trs => trs.map(tr => (tr as HTMLElement).dataset.key))
    expect(order.indexOf('l:line')).toBe(order.indexOf('s:crew') - 1)

    await page.getByLabel('Rate of Female lead', { exact: true }).focus()
    await page.keyboard.press('Control+Enter')
    await expect.poll(() => focused(page)).toBe('Line of New line')
    const after = await page.locator('tr[data-key]').evaluateAll(trs => trs.map(tr => (tr as HTMLElement).dataset.key))
    expect(after[after.indexOf('l:lead-female') + 1]).toBe('l:line-2')
  })

  it('finding a line narrows the rows and says how many match', async () => {
    const page = await budget()
    const find = page.getByRole('searchbox', { name: 'Find a line' })
    await find.fill('lead')
    await expect.poll(() => page.locator('tr.line-row').count()).toBe(2)
    expect(await page.locator('#budget-grid-count').textContent()).toBe('2 of 41 lines match')
    expect(await page.locator('tr.section-row').count()).toBe(1)
    // By tag: the preset tags its extras
    await find.fill('extras')
    await expect.poll(() => page.locator('tr.line-row').count()).toBe(2)
    await find.fill('nothing like this')
    await expect.poll(() => page.locator('#budget-grid-count').textContent()).toBe('No line matches “nothing like this”.')
    // Escape clears it, Enter goes to the first line found
    await find.fill('director')
    await find.press('Enter')
    expect(await focused(page)).toBe('Line of Director')
    await find.focus()
    await find.press('Escape')
    await expect.poll(() => page.locator('#budget-grid-count').textContent()).toBe('41 lines')
    expect(await page.locator('tr.section-row').count()).toBe(7)
  })

  it('the skip link goes straight to the grid', async () => {
    const page = await budget()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to the budget table' })
    expect(await skip.evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('Line of Screenplay (writer\'s fee)')
  })

  it('5,000 lines: only the rows in view are in the page, and the row being typed in stays while scrolled away', async () => {
    const page = await budget()
    const big = largeProject({ lines: 5000 })
    await openProjectFile(page, big, 'large.json')
    await page.getByRole('grid').waitFor()
    const rows = () => page.locator('tr.line-row').count()
    expect(await rows()).toBeLessThan(120)
    expect(Number(await page.getByRole('grid').getAttribute('aria-rowcount'))).toBeGreaterThan(5000)

    const first = page.locator('input[aria-label^="Rate of "]').first()
    const label = (await first.getAttribute('aria-label'))!
    await first.focus()
    await page.keyboard.type('777')
    // Far down the page and back: the cell and what was typed are still there
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
    await nextFrames(page)
    await page.waitForTimeout(200)
    expect(await page.evaluate(l => document.activeElement?.getAttribute('aria-label') === l, label)).toBe(true)
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe('777')
    expect(await rows()).toBeLessThan(150)
    await page.keyboard.press('Enter')
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe('777')

    // Down the toggle column, from one section heading to the next, some 250 rows below (not
    // rendered yet): the row is rendered, focused and scrolled into view below the sticky header
    const sections = big.sections.map(sec => sec.name)
    await page.getByRole('button', { name: `Collapse ${sections[0]}`, exact: true }).focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focused(page)).toBe(`Collapse ${sections[1]}`)
    const box = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect()
      const head = document.querySelector('table.budget-grid thead')!.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, headBottom: head.bottom, height: window.innerHeight }
    })
    expect(box.top).toBeGreaterThanOrEqual(box.headBottom)
    expect(box.bottom).toBeLessThanOrEqual(box.height)
    // Finding one line among 5,000
    await page.getByRole('searchbox', { name: 'Find a line' }).fill('Line 4999')
    await expect.poll(() => rows()).toBe(1)
    expect(await page.locator('#budget-grid-count').textContent()).toBe('1 of 5,000 lines matches')
  })

  it('screenshots of the Budget view at 1440, 1280 and 1024 px, in both languages', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    const files: string[] = []
    for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
      for (const [width, height] of [[1440, 900], [1280, 800], [1024, 768]] as const) {
        const page = await budget({ locale, viewport: { width, height } })
        expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(msg(lang, 'nav.budget'))
        // One explanation open, to show it too
        await page.locator('tr.line-row').nth(2).locator('td[data-col="cost"] button').click()
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        await nextFrames(page)
        const path = join(SCREENSHOT_DIR, `budget-grid-${lang}-${width}x${height}.png`)
        await page.screenshot({ path })
        files.push(path)
      }
    }
    for (const path of files) {
      expect(statSync(path).size).toBeGreaterThan(10_000)
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG')
    }
  })
})
