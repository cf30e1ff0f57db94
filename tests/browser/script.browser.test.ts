// @vitest-environment node
/**
 * A script opened as a producer does, in a real browser: pasted in Chinese through File → Paste a
 * script…, previewed and applied to the open project (undoable); a Fountain file picked and closed
 * with Escape; a letter refused with the reason and the open project untouched.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { browserTestsSkipped, servedSuite } from '../support/browser'

const SKIP = browserTestsSkipped()
const suite = servedSuite()
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/scripts', name)

describe.skipIf(SKIP)('opening a script (production build in Chromium)', { timeout: 90_000 }, () => {
  suite.register()

  it('pastes a Chinese script, previews it, applies it and undoes it', async () => {
    const { page } = await suite.visit({ locale: 'zh-CN' })
    await page.getByTestId('language-select').selectOption('zh-CN')
    await page.getByRole('button', { name: '文件', exact: true }).click()
    await page.getByRole('menuitem', { name: '粘贴剧本…' }).click()
    const dialog = page.getByRole('dialog', { name: '粘贴剧本' })
    await dialog.getByLabel('剧本正文').fill(readFileSync(fixture('zh-dash.txt'), 'utf8'))
    await dialog.getByRole('button', { name: '读取剧本' }).click()
    const preview = page.getByRole('dialog', { name: '剧本拆解' })
    await expect.poll(() => preview.getByTestId('script-counts').textContent()).toBe('2 集 4 场 · 3 个场景地点 · 3 个角色 · 3.0 分钟')
    const rows = await preview.getByRole('table').locator('tbody tr').allInnerTexts()
    expect(rows.map(r => r.split('\t'))).toEqual([
      ['1', '1-1', '日', '内', '咖啡厅', '林夏、陆乘', '0.82'],
      ['1', '1-2', '夜', '外', '沈家别墅门口', '林夏', '0.68'],
      ['2', '2-1', '日', '内', '陆氏集团 总裁办公室', '助理小王、陆乘、林夏', '1.10'],
      ['2', '2-2', '昏', '外', '咖啡厅', '陆乘', '0.40'],
    ])
    await expect.poll(() => preview.getByText('每一行都已归类。').isVisible()).toBe(true)
    // the budget lines (cast: and location: days) come with the apply, as the checkbox says
    expect(await preview.getByRole('checkbox').isChecked()).toBe(true)
    await preview.getByRole('button', { name: '应用', exact: true }).click()
    await preview.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已从“粘贴的剧本”加入 4 场' }).count()).toBe(1)
    await page.getByRole('button', { name: /撤销/ }).click()
    await expect.poll(() => page.getByRole('button', { name: /撤销/ }).isDisabled()).toBe(true)
  })

  it('picks a Fountain file, closes its preview with Escape, and refuses a letter', async () => {
    const { page } = await suite.visit({ locale: 'en-US' })
    const total = await page.getByTestId('kpi-total').textContent()
    await page.getByTestId('open-file').setInputFiles(fixture('short.fountain'))
    const preview = page.getByRole('dialog', { name: 'Script breakdown' })
    await expect.poll(() => preview.getByTestId('script-counts').textContent()).toBe('4 scenes in 2 episodes · 4 locations · 2 cast members · 3.0 minutes')
    expect(await preview.getByTestId('script-problems').locator('li').first().innerText()).toContain('line 34')
    await page.keyboard.press('Escape')
    await preview.waitFor({ state: 'detached' })
    await page.getByTestId('open-file').setInputFiles({ name: 'letter.txt', mimeType: 'text/plain', buffer: Buffer.from('Dear producer,\nhere is my idea.') })
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '“letter.txt” was not opened: no scene heading was found in it.' }).count()).toBe(1)
    expect(await page.getByTestId('kpi-total').textContent()).toBe(total)
    expect(await page.getByRole('button', { name: /Undo/ }).isDisabled()).toBe(true)
  })
})
