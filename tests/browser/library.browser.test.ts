// @vitest-environment node
/**
 * Projects that last, in a real browser: files opened by the picker and by a drop, saved and
 * opened again, a share link opened in a fresh profile, two tabs on one project, a reload with
 * the network cut, and hostile files refused with the open project untouched.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/engine/types'
import { largeProject } from '../support/large'
import {
  browserTestsSkipped,
  servedSuite,
  figures,
  money,
  msg,
  presetProject,
} from '../support/browser'

const SKIP = browserTestsSkipped()

const suite = servedSuite()

const kpiTotal = (page: Page) => page.getByTestId('kpi-total').textContent()
const title = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

/** The KPI total the app shows for `project` (the first non-baseline scenario). */
const totalOf = (project: Project) => money(figures(project).shown.result.total, project, 'en')

function withRate(p: Project, id: string, rate: number): Project {
  const copy = structuredClone(p)
  copy.lines.find(l => l.id === id)!.rate = rate
  return copy
}

async function setRate(page: Page, line: string, value: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget', exact: true }).click()
  const field = page.getByLabel(`Rate of ${line}`, { exact: true })
  await field.fill(value)
  await field.press('Enter')
}

async function openFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const data = await page.evaluateHandle(([n, t]) => {
    const dt = new DataTransfer()
    dt.items.add(new File([t!], n!, { type: 'application/json' }))
    return dt
  }, [name, text])
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data })
  await page.getByText(msg('en', 'files.drop')).waitFor()
  await page.dispatchEvent('body', 'drop', { dataTransfer: data })
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

async function projectTitles(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click()
  const list = page.getByTestId('project-list')
  await list.waitFor()
  return (await list.getByRole('link').allTextContents()).map(s => s.trim()).sort()
}

describe.skipIf(SKIP)('projects that last (production build in Chromium)', { timeout: 90_000 }, () => {
  suite.register()

  it('opens a file by the picker and by a drop, each as a new project', async () => {
    const { page } = await suite.visit()
    const us = presetProject('us-vertical-drama')
    await openFile(page, 'us.json', JSON.stringify(us))
    await expect.poll(() => title(page)).toBe(us.meta.title)
    await expect.poll(() => kpiTotal(page)).toBe(totalOf(us))
    await page.getByRole('status').filter({ hasText: msg('en', 'files.opened', { name: 'us.json' }) }).waitFor()

    const premium = presetProject('cn-premium-drama')
    await dropFile(page, 'premium.json', JSON.stringify(premium))
    await expect.poll(() => title(page)).toBe(premium.meta.title)
    await expect.poll(() => kpiTotal(page)).toBe(totalOf(premium))

    expect(await projectTitles(page)).toEqual([presetProject('cn-micro-drama').meta.title, premium.meta.title, us.meta.title].sort())
  })

  it('save as file, then open it again: the same project, unknown fields kept', async () => {
    const { page } = await suite.visit()
    const start = presetProject('cn-micro-drama')
    // A file with a field this version does not know, and an edit made in the app
    await openFile(page, 'mine.json', JSON.stringify({ ...start, meta: { ...start.meta, title: 'Mine' }, studioNotes: { x: [1, 2] } }))
    await expect.poll(() => title(page)).toBe('Mine')
    await setRate(page, 'Director', '4,100')
    await saved(page)

    const first = page.waitForEvent('download')
    await fileMenu(page, 'Save as file')
    const download = await first
    expect(download.suggestedFilename()).toBe('Mine.json')
    const text = readFileSync((await download.path())!, 'utf8')
    const written = JSON.parse(text) as Project & { studioNotes: unknown }
    expect(written.studioNotes).toEqual({ x: [1, 2] })
    expect(written).toEqual(withRate({ ...start, meta: { ...start.meta, title: 'Mine' }, studioNotes: { x: [1, 2] } } as Project, 'director', 4100))

    // Open what was saved: a new project, deep-equal, and saving it again writes the same text
    await openFile(page, 'Mine.json', text)
    await expect.poll(async () => (await projectTitles(page)).filter(t => t === 'Mine').length).toBe(2)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview', exact: true }).click()
    const second = page.waitForEvent('download')
    await fileMenu(page, 'Save as file')
    expect(readFileSync((await (await second).path())!, 'utf8')).toBe(text)
  })

  it('a share link opened in a fresh profile shows the same figures, read-only; "Keep a copy" adds it', async () => {
    const { page } = await suite.visit()
    await setRate(page, 'Director', '4,200')
    await saved(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule', exact: true }).click()
    await page.getByTestId('scenario-select').selectOption({ label: 'Aggressive AI' })
    await fileMenu(page, 'Share link…')
    const url = await page.getByTestId('share-url').inputValue()
    expect(url).toContain('#/schedule?scenario=')

    const edited = withRate(presetProject('cn-micro-drama'), 'director', 4200)
    const aggressive = figures(edited, edited.scenarios.find(s => s.name === 'Aggressive AI')!.id).shown.result.total

    // The recipient: another browser profile, with a project of their own
    const other = await suite.visit({ hash: '' })
    await openFile(other.page, 'own.json', JSON.stringify(presetProject('us-vertical-drama')))
    await expect.poll(() => title(other.page)).toBe(presetProject('us-vertical-drama').meta.title)
    // Pasted into their tab: the app follows the address and shows the link (read in a worker).
    // Wait for it before the reload, which would otherwise abort the worker's script and the
    // view's chunk while they load.
    await other.page.goto(url)
    await other.page.getByRole('region', { name: 'Read-only' }).waitFor()
    await expect.poll(() => kpiTotal(other.page)).toBe(money(aggressive, edited, 'en'))
    // Opened afresh: the link is read again as the page starts.
    await other.page.reload()
    await other.page.getByRole('region', { name: 'Read-only' }).waitFor()
    await other.page.getByRole('heading', { level: 2, name: 'Schedule', exact: true }).waitFor()
    await expect.poll(() => kpiTotal(other.page)).toBe(money(aggressive, edited, 'en'))
    expect(await other.page.getByTestId('scenario-select').inputValue()).toBe(edited.scenarios.find(s => s.name === 'Aggressive AI')!.id)
    expect(await other.page.getByRole('status').filter({ hasText: 'Read-only' }).count()).toBe(1)
    // Nothing can be edited
    await other.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget', exact: true }).click()
    expect(await other.page.getByLabel('Rate of Director', { exact: true }).isDisabled()).toBe(true)
    // Their own projects are untouched
    expect(await projectTitles(other.page)).toEqual([presetProject('cn-micro-drama').meta.title, presetProject('us-vertical-drama').meta.title].sort())

    await other.page.getByRole('button', { name: 'Keep a copy' }).click()
    await other.page.getByRole('region', { name: 'Read-only' }).waitFor({ state: 'detached' })
    expect(await projectTitles(other.page)).toEqual([edited.meta.title, presetProject('cn-micro-drama').meta.title, presetProject('us-vertical-drama').meta.title].sort())
    expect(other.page.url()).not.toContain('project=')
    await other.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget', exact: true }).click()
    expect(await other.page.getByLabel('Rate of Director', { exact: true }).isDisabled()).toBe(false)
    expect(await other.page.getByLabel('Rate of Director', { exact: true }).inputValue()).toBe('4,200')
  })

  it('a project too big for a link says so and offers the file', async () => {
    const { page } = await suite.visit()
    await openFile(page, 'big.json', JSON.stringify(largeProject({ lines: 3000 })))
    await expect.poll(() => title(page)).not.toBe(presetProject('cn-micro-drama').meta.title)
    await fileMenu(page, 'Share link…')
    const dialog = page.getByRole('dialog', { name: 'Share a read-only link' })
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/too big for a link \(\d+ KB; at most 32 KB\)/)
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Save as file' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.json$/)
  })

  it('two tabs editing different lines: no edit is lost', async () => {
    const a = await suite.visit()
    const b = await a.context.newPage()
    await b.goto(suite.url)
    await b.getByTestId('kpi-total').waitFor()
    const start = presetProject('cn-micro-drama')

    // Tab A edits the Director; tab B follows
    await setRate(a.page, 'Director', '3,500')
    await saved(a.page)
    const afterA = withRate(start, 'director', 3500)
    await expect.poll(() => kpiTotal(b)).toBe(totalOf(afterA))

    // Tab B edits the DP on top; tab A follows
    await setRate(b, 'Director of photography', '1,900')
    await saved(b)
    const both = withRate(afterA, 'dp', 1900)
    await expect.poll(() => kpiTotal(a.page)).toBe(totalOf(both))

    // After a reload, both edits are there
    await a.page.reload()
    await expect.poll(() => kpiTotal(a.page)).toBe(totalOf(both))
    expect(await projectTitles(a.page)).toEqual([start.meta.title])
  })

  it('after the first visit, a reload with the network cut opens on the last project', async () => {
    const session = await suite.visit()
    const { page, context } = session
    await setRate(page, 'Director', '3,900')
    await saved(page)
    // The service worker has precached the build
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise<void>(r => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }))
      return reg.active?.state
    })
    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('kpi-total').waitFor()
    await expect.poll(() => kpiTotal(page)).toBe(totalOf(withRate(presetProject('cn-micro-drama'), 'director', 3900)))
    // Presets and the lever library come from the cache too
    await page.getByRole('button', { name: 'New project' }).click()
    await page.getByRole('dialog', { name: 'Start a new project' }).getByRole('button', { name: /^US vertical drama/ }).click()
    await expect.poll(() => title(page)).toBe(presetProject('us-vertical-drama').meta.title)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'AI levers', exact: true }).click()
    await page.getByRole('heading', { level: 3, name: msg('en', 'levers.library') }).waitFor()
    await expect.poll(() => page.locator('.library li').count()).toBeGreaterThan(3)
    await context.setOffline(false)
    // Requests the offline page could not make are expected here
    session.problems.splice(0)
  })

  it('hostile files are refused with every problem listed, and the open project is untouched', async () => {
    const { page } = await suite.visit()
    const start = presetProject('cn-micro-drama')
    const before = { title: await title(page), total: await kpiTotal(page) }
    const refused = page.locator('[data-notice="files.refused"]')

    const cases: { name: string, text: string | Buffer, problems: RegExp[] }[] = [
      { name: 'broken.json', text: '{"schemaVersion": 1, "meta": {', problems: [/^not valid JSON/] },
      { name: 'array.json', text: '[1, 2, 3]', problems: [/a project file must be a JSON object/] },
      { name: 'other.json', text: JSON.stringify({ hello: 'world' }), problems: [/^not a project file: it has none of a project's parts/] },
      { name: 'newer.json', text: JSON.stringify({ ...start, schemaVersion: 99 }), problems: [/^schemaVersion: version 99 was written by a newer release/] },
      { name: 'huge.json', text: Buffer.alloc(10 * 1024 * 1024, 'x'), problems: [/^not valid JSON/] },
      {
        name: 'deep.json',
        text: JSON.stringify({ ...start, notesTree: 0 }).replace('"notesTree":0', `"notesTree":${'['.repeat(20_000)}${']'.repeat(20_000)}`),
        problems: [/nested/],
      },
      {
        name: 'overflow.json',
        text: JSON.stringify({ ...start, lines: start.lines.map(l => ({ ...l, rate: 1e308 })) }),
        // Every line is out of range: the first 20 are named, then how many more
        problems: [...Array.from({ length: 20 }, (_, i) => new RegExp(`^lines\\[${i}\\]\\.rate: out of range`)), /and 21 more out of range/],
      },
    ]
    for (const c of cases) {
      await openFile(page, c.name, c.text)
      await refused.filter({ hasText: c.name }).waitFor()
      const items = await refused.locator('li code').allTextContents()
      for (const re of c.problems) expect(items.some(x => re.test(x)), `${c.name}: ${items.join(' | ')}`).toBe(true)
      expect({ title: await title(page), total: await kpiTotal(page) }).toEqual(before)
      await refused.getByRole('button', { name: 'Dismiss' }).click()
    }
    expect(await projectTitles(page)).toEqual([start.meta.title])

    // Valid files with names that look like markup or with odd keys: opened, names shown as text, nothing run
    const odd = structuredClone(start) as Project & Record<string, unknown>
    odd.meta.title = '<img src=x onerror="window.__ran = 1"><script>window.__ran = 2</script>'
    delete odd.meta.l10n
    odd.lines[0]!.name = '<b onmouseover="window.__ran = 3">bold</b>'
    const text = JSON.stringify(odd).replace('"schemaVersion":1', '"__proto__":{"polluted":true},"schemaVersion":1')
    await openFile(page, 'odd.json', text)
    await expect.poll(() => title(page)).toBe(odd.meta.title)
    expect(await page.evaluate(() => [(window as { __ran?: number }).__ran, ({} as { polluted?: boolean }).polluted])).toEqual([undefined, undefined])
  })
})
