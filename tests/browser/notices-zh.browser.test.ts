// @vitest-environment node
/**
 * Chinese means Chinese, in a real browser: a person using the app in Chinese opens a broken
 * project file, a file that is not JSON, one in another encoding, a spreadsheet and a script that
 * are not, cancels a large file's reading, meets an export that fails, and moves a project to the
 * trash and back. Every notice they read
 * (its sentence and each problem it lists, the place in the file aside) is Chinese: no Latin
 * word but the names they gave (file names) and the words a Chinese text keeps (JSON, MB, UTF-8…).
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/engine/types'
import { englishWords } from '../support/english'
import { largeProject } from '../support/large'
import { browserTestsSkipped, msg, presetProject, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()
const ZH = 'zh-CN' as const

const nav = (page: Page, view: string) => page.getByRole('navigation', { name: msg(ZH, 'nav.main') })
  .getByRole('link', { name: msg(ZH, `nav.${view}`), exact: true }).click()
const notice = (page: Page, key: string) => page.locator(`[data-notice="${key}"]`)
const openFile = (page: Page, name: string, content: string | Buffer) =>
  page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) })

/** A notice's sentence and its problems' messages (the place in the file, `lines[0].rate: `, left out). */
async function wordsOf(n: Locator): Promise<{ sentence: string, problems: string[] }> {
  const sentence = (await n.locator('p').first().textContent())!.trim()
  const problems = (await n.locator('code').allTextContents()).map(p => p.replace(/^[\w.[\]"-]+: /, ''))
  return { sentence, problems }
}

/** Asserts every text holds no English word but `names`. */
function allChinese(texts: readonly string[], names: readonly string[] = []): void {
  for (const text of texts) {
    expect(text).toMatch(/[\u4e00-\u9fff]/)
    expect(englishWords(text, names), text).toEqual([])
  }
}

describe.skipIf(SKIP)('notices in the Chinese UI (production build in Chromium)', { timeout: 120_000 }, () => {
  suite.register()

  it('a broken project file, a file that is not JSON and one in another encoding: each refusal and each problem in Chinese', async () => {
    const { page } = await suite.visit({ locale: ZH })
    const preset = presetProject('cn-micro-drama')
    // Given a file that breaks several rules: a negative rate, a currency that is not a code, a
    // line in a section that does not exist, and a quantity following a shoot plan it does not have.
    const bad: Project = {
      ...preset,
      meta: { ...preset.meta, currency: 'yuan' },
      lines: preset.lines.map((l, i) => (i === 0 ? { ...l, rate: -1 } : i === 1 ? { ...l, section: 'nowhere' } : i === 2 ? { ...l, qty: { of: 'shoot-days' } } : l)),
    }
    await openFile(page, 'bad.json', JSON.stringify(bad))
    const refused = notice(page, 'files.refused')
    await refused.waitFor()
    const first = await wordsOf(refused)
    expect(first.problems.length).toBeGreaterThanOrEqual(4)
    expect(first.sentence).toBe(msg(ZH, 'files.refused', { name: 'bad.json', n: first.problems.length }))
    expect(first.problems).toContain('必须是 ≥ 0 的数')
    expect(first.problems).toContain('没有 id 为 "nowhere" 的科目')
    allChinese([first.sentence, ...first.problems], ['bad.json'])

    // When the text is cut short, then when it is in another encoding (a Latin-1 "é").
    await openFile(page, 'cut.json', '{"schemaVersion": 1, "meta": ')
    await refused.filter({ hasText: 'cut.json' }).waitFor()
    const cut = await wordsOf(refused)
    expect(cut.problems).toEqual(['不是有效的 JSON（第 1 行第 30 列）：此处应为一个值，实际已到文本末尾'])
    allChinese([cut.sentence, ...cut.problems], ['cut.json'])

    await openFile(page, 'latin.json', Buffer.from([0x7B, 0x22, 0x74, 0xE9, 0x22, 0x7D]))
    await refused.filter({ hasText: 'latin.json' }).waitFor()
    const latin = await wordsOf(refused)
    expect(latin.problems[0]).toMatch(/^不是 UTF-8 文本：第 1 行第 4 列的字节 0xE9/)
    allChinese([latin.sentence, ...latin.problems], ['latin.json'])
  })

  it('a spreadsheet that is not one and a text with no scene heading: refused in Chinese, the cause named', async () => {
    const { page } = await suite.visit({ locale: ZH })
    await openFile(page, '预算.xlsx', 'this is not a spreadsheet')
    const sheet = notice(page, 'sheetImport.reason.unreadable')
    await sheet.waitFor()
    const sheetText = (await sheet.locator('p').textContent())!.trim()
    expect(sheetText).toBe(msg(ZH, 'sheetImport.reason.unreadable', { name: '预算.xlsx', error: msg(ZH, 'notices.cause.notZip') }))
    allChinese([sheetText])
    await openFile(page, 'notes.txt', 'Buy milk.\nCall the bank.\n')
    const script = notice(page, 'script.refused.noHeading')
    await script.waitFor()
    const scriptText = (await script.locator('p').textContent())!.trim()
    expect(scriptText).toBe(msg(ZH, 'script.refused.noHeading', { name: 'notes.txt' }))
    // The heading examples show an English script's heading as it is written.
    allChinese([scriptText], ['notes.txt', 'INT. COFFEE SHOP - DAY'])
  })

  it('a large file read and cancelled: the reading and the cancellation in Chinese, numbers as Chinese writes them', async () => {
    const { page } = await suite.visit({ locale: ZH })
    const big = JSON.stringify(largeProject({ lines: 60_000 }))
    await openFile(page, 'huge.json', big)
    const reading = notice(page, 'robust.openingRead').or(notice(page, 'robust.openingCheck'))
    await reading.waitFor()
    const size = new Intl.NumberFormat(ZH, { maximumFractionDigits: 1 }).format(Buffer.byteLength(big) / 1024 / 1024)
    expect(await reading.locator('p').textContent()).toMatch(new RegExp(`^正在打开“huge\\.json”（${size.replace('.', '\\.')} MB）`))
    allChinese([(await reading.locator('p').textContent())!], ['huge.json'])
    await reading.getByRole('button', { name: msg(ZH, 'robust.cancel'), exact: true }).click()
    const cancelled = notice(page, 'robust.cancelled')
    await cancelled.waitFor()
    expect((await cancelled.locator('p').textContent())!.trim()).toBe(msg(ZH, 'robust.cancelled', { name: 'huge.json' }))
    allChinese([(await cancelled.locator('p').textContent())!], ['huge.json'])
  })

  it('an export that fails (its code cannot be downloaded): the notice names the cause in Chinese', async () => {
    const session = await suite.visit({ locale: ZH })
    const { page } = session
    // The spreadsheet writer's code cannot be fetched (a dropped connection).
    await page.route(/exceljs/, route => route.abort())
    await page.getByRole('button', { name: msg(ZH, 'exports.menu') }).click()
    await page.getByRole('menuitem', { name: msg(ZH, 'exports.xlsx'), exact: true }).click()
    const failed = notice(page, 'exports.failed')
    await failed.waitFor()
    const text = (await failed.locator('p').textContent())!.trim()
    expect(text).toBe(msg(ZH, 'exports.failed', { error: msg(ZH, 'notices.cause.network') }))
    allChinese([text])
    // The dropped download is this test's doing: only it is taken off the page's problems.
    const expected = (p: string) => /exceljs/.test(p)
    expect(session.problems.filter(p => !expected(p))).toEqual([])
    session.problems.splice(0, session.problems.length)
  })

  it('a project moved to the trash and back: the notice and its Undo button in Chinese', async () => {
    const { page } = await suite.visit({ locale: ZH })
    const title = (await page.getByTestId('project-title').textContent())!.trim()
    await nav(page, 'projects')
    await page.getByRole('button', { name: msg(ZH, 'library.deleteLabel', { title }), exact: true }).click()
    const trashed = notice(page, 'library.trashed')
    await trashed.waitFor()
    const text = (await trashed.locator('p').textContent())!.trim()
    expect(text).toBe(msg(ZH, 'library.trashed', { title }))
    allChinese([text, ...(await trashed.getByRole('button').allTextContents())], [title])
    await trashed.getByRole('button', { name: msg(ZH, 'library.undoTrash'), exact: true }).click()
    await expect.poll(() => page.getByTestId('project-list').getByRole('link').allTextContents()).toContain(title)
  })
})
