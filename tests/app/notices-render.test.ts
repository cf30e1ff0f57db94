// @vitest-environment jsdom
/**
 * The notices as Notices.vue shows them, in both languages: a failure's cause in words (or a
 * translated sentence with the technical detail marked), numbers in the language's format, names
 * listed as the language lists them, and the problems of a refused file in Chinese (their list
 * loads on demand).
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { errorCause } from '@/app/errorCause'
import Notices from '@/components/shell/Notices.vue'
import { useLibraryStore } from '@/stores/library'
import { setup } from '../support/mount'

async function shown(locale: 'en' | 'zh-CN', fill: (l: ReturnType<typeof useLibraryStore>) => void) {
  const { render } = setup({ locale })
  const library = useLibraryStore()
  fill(library)
  const w = render(Notices)
  await vi.waitFor(async () => {
    await flushPromises()
    expect(w.findAll('[data-notice]').length).toBeGreaterThan(0)
  })
  return w
}

describe('Notices', () => {
  it('offers to dismiss them all in one click once more than two have piled up, in each language', async () => {
    for (const [locale, label] of [['en', 'Dismiss all 3'], ['zh-CN', '全部关闭（3 条）']] as const) {
      const w = await shown(locale, (l) => {
        for (const name of ['a.json', 'b.json']) l.notify({ kind: 'error', key: 'files.tooBig', params: { name, size: 25 } })
        l.notify({ kind: 'error', key: 'library.unavailable' })
      })
      // a new notice replaces one with the same key: two of the three keys differ, the third is a new key
      const library = useLibraryStore()
      library.notify({ kind: 'error', key: 'robust.storageTimeout', params: { s: 4 } })
      await flushPromises()
      expect(w.findAll('[data-notice]').length).toBe(3)
      const all = w.get('button.dismiss-all')
      expect(all.text()).toBe(label)
      await all.trigger('click')
      expect(w.findAll('[data-notice]').length).toBe(0)
      expect(w.find('button.dismiss-all').exists()).toBe(false)
      w.unmount()
    }
  })

  it('says a failure\'s cause in words, in each language', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
    const zh = await shown('zh-CN', l => l.notify({ kind: 'error', key: 'exports.failed', cause: errorCause(quota) }))
    expect(zh.get('[data-notice="exports.failed"] p').text()).toBe('导出失败：浏览器的存储空间已满')
    const en = await shown('en', l => l.notify({ kind: 'error', key: 'exports.failed', cause: errorCause(quota) }))
    expect(en.get('[data-notice="exports.failed"] p').text()).toBe('The export failed: the browser’s storage is full')
  })

  it('keeps an unforeseen error\'s own words, marked as a technical detail', async () => {
    const w = await shown('zh-CN', l => l.notify({ kind: 'error', key: 'library.refused', cause: errorCause(new TypeError('x is not a function')) }))
    expect(w.get('p').text()).toBe('浏览器拒绝保存该项目：发生了意外错误（技术细节，英文原文：TypeError: x is not a function）。它只在此标签页中打开：请另存为文件以免丢失。')
  })

  it('writes numbers and lists as the language does', async () => {
    const w = await shown('zh-CN', (l) => {
      l.notify({ kind: 'error', key: 'robust.refusedMany', params: { name: 'big.json', n: 12345 } })
      l.notify({ kind: 'info', key: 'robust.filesAllOpened', params: { total: 3 }, lists: { names: ['a.json', 'b.json', 'c.json'] } })
    })
    expect(w.get('[data-notice="robust.refusedMany"] p').text()).toContain('至少有 12,345 处')
    expect(w.get('[data-notice="robust.filesAllOpened"] p').text()).toBe('已打开 3 个文件，每个都是单独的项目：“a.json”、“b.json”和“c.json”。')
    const en = await shown('en', l => l.notify({ kind: 'info', key: 'robust.filesAllOpened', params: { total: 3 }, lists: { names: ['a.json', 'b.json', 'c.json'] } }))
    expect(en.get('p').text()).toBe('Opened 3 files, each as its own project: “a.json”, “b.json”, and “c.json”.')
  })

  it('lists a refused file\'s problems in Chinese, the place in the file as it is', async () => {
    const w = await shown('zh-CN', l => l.notify({
      kind: 'error',
      key: 'files.refused',
      params: { name: 'bad.json', n: 2 },
      problems: [{ path: 'lines[0].rate', message: 'must be a number ≥ 0' }, { path: 'meta.episodes', message: 'is required' }],
    }))
    await vi.waitFor(() => expect(w.findAll('code')).toHaveLength(2))
    expect(w.findAll('code').map(c => c.text())).toEqual(['lines[0].rate: 必须是 ≥ 0 的数', 'meta.episodes: 必须填写'])
  })
})
