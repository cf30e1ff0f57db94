// @vitest-environment node
/**
 * Never lose an edit, always start (issues 14 and 18), in a real browser: a reload right after
 * Enter, a typed cell not entered, three files dropped together, a project trashed in another
 * tab, a share link pasted into an open tab, a stored record that does not hold, a storage that
 * never answers, a large file read in a worker and cancelled, a share link too long to be one.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { compressToEncodedURIComponent } from 'lz-string'
import type { Project } from '../../src/engine/types'
import { largeProject } from '../support/large'
import { browserTestsSkipped, msg, presetProject, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click()
const title = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()
const rateField = (page: Page, line: string) => page.getByLabel(`Rate of ${line}`, { exact: true })

async function projectTitles(page: Page): Promise<string[]> {
  await nav(page, 'Projects')
  const list = page.getByTestId('project-list')
  await list.waitFor()
  return (await list.getByRole('link').allTextContents()).map(s => s.trim()).sort()
}

function titled(p: Project, t: string): Project {
  return { ...p, meta: { ...p.meta, title: t } }
}

describe.skipIf(SKIP)('never lose an edit, always start (production build in Chromium)', { timeout: 120_000 }, () => {
  suite.register()

  it('a reload right after Enter keeps the edit', async () => {
    const { page } = await suite.visit()
    await nav(page, 'Budget')
    await rateField(page, 'Director').fill('4,321')
    await rateField(page, 'Director').press('Enter')
    // no waiting for "Saved": the page goes away within the save's delay
    await page.reload()
    await page.getByTestId('kpi-total').waitFor()
    await nav(page, 'Budget')
    await expect.poll(() => rateField(page, 'Director').inputValue()).toBe('4,321')
  })

  it('a typed cell not entered: leaving asks first, and staying keeps the text', async () => {
    const { page } = await suite.visit()
    await nav(page, 'Budget')
    await rateField(page, 'Director').click()
    await page.keyboard.type('9999')
    const asked = page.waitForEvent('dialog')
    // a reload the page is asked about (page.reload would wait for a navigation that never comes)
    void page.evaluate(() => { location.reload() }).catch(() => undefined)
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
    expect(await rateField(page, 'Director').inputValue()).toBe('9999')
  })

  it('three files dropped together: each project opens as its own, and one notice names the one refused and why', async () => {
    const { page } = await suite.visit()
    const us = presetProject('us-vertical-drama')
    const premium = presetProject('cn-premium-drama')
    const bad = { ...us, lines: us.lines.map((l, i) => (i === 0 ? { ...l, rate: -1 } : l)) }
    const data = await page.evaluateHandle((files) => {
      const dt = new DataTransfer()
      for (const [name, text] of files) dt.items.add(new File([text!], name!, { type: 'application/json' }))
      return dt
    }, [['us.json', JSON.stringify(us)], ['premium.json', JSON.stringify(premium)], ['bad.json', JSON.stringify(bad)]])
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: data })
    await page.dispatchEvent('body', 'drop', { dataTransfer: data })
    const notice = page.getByRole('alert').filter({ hasText: msg('en', 'robust.filesSummary', { opened: 2, total: 3, n: 2 }) })
    await notice.waitFor()
    expect(await notice.locator('code').allTextContents()).toEqual([`bad.json: ${msg('en', 'robust.problems', { n: 1, first: `lines[0].rate: must be a number ≥ 0` })}`])
    expect(await projectTitles(page)).toEqual([presetProject('cn-micro-drama').meta.title, premium.meta.title, us.meta.title].sort())
  })

  it('two tabs: a project trashed in one is said in the other, which can restore it', async () => {
    const { page, context } = await suite.visit()
    const other = await context.newPage()
    await other.goto(suite.url)
    await other.getByTestId('kpi-total').waitFor()
    const projectTitle = (await title(page))!.trim()
    await nav(page, 'Projects')
    await page.getByRole('button', { name: msg('en', 'library.deleteLabel', { title: projectTitle }) }).click()

    const notice = other.getByRole('alert').filter({ hasText: msg('en', 'robust.trashedElsewhere', { title: projectTitle }) })
    await notice.waitFor()
    // the other tab goes on editing; Restore brings the project back for both
    await nav(other, 'Budget')
    await rateField(other, 'Director').fill('3,700')
    await rateField(other, 'Director').press('Enter')
    await notice.getByRole('button', { name: msg('en', 'robust.restoreIt') }).click()
    await expect.poll(async () => (await projectTitles(page)).includes(projectTitle)).toBe(true)
    await other.close()
  })

  it('a share link pasted into a tab that has the app is shown; the views inside keep it in the address', async () => {
    const { page } = await suite.visit()
    const shared = titled(presetProject('us-vertical-drama'), 'Pasted link')
    const data = compressToEncodedURIComponent(JSON.stringify(shared))
    await page.evaluate((d) => { location.hash = `#/budget?scenario=ai&project=${d}` }, data)
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Pasted link')
    await page.getByRole('region', { name: msg('en', 'header.readOnly') }).waitFor()
    await nav(page, 'Schedule')
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/schedule\?scenario=ai&project=/)
    expect(await page.evaluate(() => location.hash)).toBe(`#/schedule?scenario=ai&project=${data}`)
    // a reload shows the shared project again
    await page.reload()
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Pasted link')
  })

  it('a share link of 1.9 MB is refused at once, with the reason, and the own project opens', async () => {
    const session = await suite.open()
    await session.page.goto(`${suite.url}#/overview?project=${'A'.repeat(1_900_000)}`)
    await session.page.getByTestId('kpi-total').waitFor()
    await session.page.getByRole('alert').filter({ hasText: msg('en', 'robust.shareTooLong', { kb: '1,855', max: 32 }) }).waitFor()
    expect(await title(session.page)).toBe(presetProject('cn-micro-drama').meta.title)
  })

  it('a stored record with updatedAt null: the app starts, and the record is under Unreadable copies', async () => {
    const { page } = await suite.visit()
    const good = (await title(page))!.trim()
    await page.evaluate(() => new Promise<void>((done, fail) => {
      const open = indexedDB.open('shortdrama-budget')
      open.onerror = () => fail(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('library', 'readwrite')
        const store = tx.objectStore('library')
        store.put({ id: 'broken', title: 'Broken', currency: 'CNY', total: 1, digits: 2, scenarioCount: 1, lineCount: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: null, deletedAt: null, rev: 1 }, 'p:broken')
        store.put('{}', 'b:broken')
        tx.oncomplete = () => { open.result.close(); done() }
      }
    }))
    await page.reload()
    await page.getByTestId('kpi-total').waitFor()
    expect((await title(page))!.trim()).toBe(good)
    await page.getByRole('alert').filter({ hasText: msg('en', 'robust.unreadableCopies', { n: 1 }) }).waitFor()
    await nav(page, 'Projects')
    const kept = page.getByTestId('kept-copies')
    await kept.waitFor()
    expect(await kept.locator('code').textContent()).toBe('updatedAt: must be a date (ISO 8601 text), got null')
  })

  it('a storage that never answers: after a few seconds the app runs without saving, and says so', async () => {
    const session = await suite.open()
    await session.page.addInitScript(() => {
      // Safari's private windows: indexedDB.open never calls back
      indexedDB.open = () => ({}) as IDBOpenDBRequest
    })
    await session.page.goto(suite.url)
    await session.page.getByTestId('kpi-total').waitFor({ timeout: 20_000 })
    await session.page.getByRole('alert').filter({ hasText: msg('en', 'robust.storageTimeout', { s: 4 }) }).waitFor()
    await nav(session.page, 'Budget')
    await rateField(session.page, 'Director').fill('3,900')
    await rateField(session.page, 'Director').press('Enter')
    await expect.poll(() => rateField(session.page, 'Director').inputValue()).toBe('3,900')
  })

  it('a large file is read in a worker: its notice follows it, and Cancel leaves everything as it was', async () => {
    const { page } = await suite.visit()
    const before = (await title(page))!.trim()
    const big = JSON.stringify(titled(largeProject({ lines: 60_000 }), 'Huge'))
    await page.getByTestId('open-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(big) })
    const size = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(Buffer.byteLength(big) / 1024 / 1024)
    const reading = page.getByRole('status').filter({ hasText: new RegExp(`^${msg('en', 'robust.openingRead', { name: 'huge.json', size }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('reading the file', '(reading the file|checking every line)')}`) })
    await reading.waitFor()
    // the page still answers while the file is read
    expect(await page.evaluate(() => 1 + 1)).toBe(2)
    await reading.getByRole('button', { name: msg('en', 'robust.cancel') }).click()
    await page.getByRole('status').filter({ hasText: msg('en', 'robust.cancelled', { name: 'huge.json' }) }).waitFor()
    expect((await title(page))!.trim()).toBe(before)
    expect(await projectTitles(page)).toEqual([before])
  })
})
