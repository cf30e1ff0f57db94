// @vitest-environment jsdom
/**
 * Chinese means Chinese: the sources a project cites are shown in Project settings in the language
 * shown (a preset's note and, for a title we wrote, the title's Chinese); a note or title edited in
 * either language replaces it in every language. The translations are unknown fields to the file
 * format: kept on load and written back on save.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import ProjectSettings from '@/components/settings/ProjectSettings.vue'
import LeverLibrary from '@/components/levers/LeverLibrary.vue'
import { projectFileText } from '@/app/files'
import { parseProjectText } from '@/engine/validate'
import cnMicro from '../../presets/cn-micro-drama.json'
import library from '../../presets/levers.json'
import { setup } from '../support/mount'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

/** The default preset's first and third sources, as the file has them. */
const FORMAT_EN = 'Format and budget: series of 80-100 episodes of one or two minutes, shot in 7-10 days, typically CNY 300,000-500,000 in total.'
const FORMAT_ZH = '形式与预算：每部 80–100 集，每集一两分钟，拍摄 7–10 天，总成本通常为 300,000–500,000 元。'
const KRASIA = 'China\'s minidrama producers set their sights on challenging Netflix (KrASIA / Nikkei, 2024)'
const NETEASE_EN = 'NetEase (163.com) article on micro-drama crews (2024), as recorded in our research notes; headline not recorded'
const NETEASE_ZH = '网易（163.com）关于微短剧剧组的文章（2024），据我们的研究笔记记录；未记录标题'
const CREW_ZH = '剧组规模：除演员外约 20 人，据我们研究笔记中对这篇文章的记录；我们的检索未能取回原文，因此这一数字未经复核。各剧组明细合计 22 人（我们的估算）。'

const field = (w: VueWrapper, label: string, n: number) => w.get(`[aria-label="${label} ${n}"]`)
const value = (w: VueWrapper, label: string, n: number) => (field(w, label, n).element as HTMLInputElement | HTMLTextAreaElement).value
/** The note and title fields' labels in each language (the harness's labels keep the language it was set up in). */
const NOTE = { 'en': 'What it supports', 'zh-CN': '支撑哪个数字' } as const
const TITLE = { 'en': 'Title', 'zh-CN': '标题' } as const

async function type(w: VueWrapper, label: string, n: number, text: string): Promise<void> {
  await field(w, label, n).setValue(text)
  await field(w, label, n).trigger('change')
  await flushPromises()
}

describe('Project settings\' sources', () => {
  it('in Chinese show every preset source\'s note in Chinese, our own titles in Chinese, published titles as published', () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    const w = render(ProjectSettings)
    const sources = store.project.meta.sources!
    expect(sources).toHaveLength(cnMicro.meta.sources.length)
    expect(value(w, NOTE['zh-CN'], 1)).toBe(FORMAT_ZH)
    expect(value(w, NOTE['zh-CN'], 3)).toBe(CREW_ZH)
    sources.forEach((s, i) => expect(value(w, NOTE['zh-CN'], i + 1)).toBe((s.l10n as Record<string, { note: string }>)['zh-CN']!.note))
    expect(value(w, TITLE['zh-CN'], 1)).toBe(KRASIA)
    expect(value(w, TITLE['zh-CN'], 3)).toBe(NETEASE_ZH)
    // In English, the English
    const en = setup({ locale: 'en' })
    const e = en.render(ProjectSettings)
    expect([value(e, NOTE.en, 1), value(e, TITLE.en, 3)]).toEqual([FORMAT_EN, NETEASE_EN])
  })

  it('a note edited in Chinese is the note in both languages; Undo brings both back', async () => {
    const { render, store, ui } = setup({ locale: 'zh-CN' })
    const w = render(ProjectSettings)
    await type(w, NOTE['zh-CN'], 1, '已电话核实：每部约 45万元')
    expect(store.project.meta.sources![0]).toEqual({ title: KRASIA, url: cnMicro.meta.sources[0]!.url, note: '已电话核实：每部约 45万元' })
    ui.locale = 'en'
    await flushPromises()
    expect(value(w, NOTE['zh-CN'], 1)).toBe('已电话核实：每部约 45万元')
    // The other sources keep their own notes in each language
    expect(value(w, NOTE['zh-CN'], 2)).toBe(cnMicro.meta.sources[1]!.note)
    store.undo()
    await flushPromises()
    expect(value(w, NOTE['zh-CN'], 1)).toBe(FORMAT_EN)
    ui.locale = 'zh-CN'
    await flushPromises()
    expect(value(w, NOTE['zh-CN'], 1)).toBe(FORMAT_ZH)
  })

  it('a note edited in English is shown as written in Chinese; the title\'s translation stays until the title is edited', async () => {
    const { render, store, ui } = setup({ locale: 'en' })
    const w = render(ProjectSettings)
    await type(w, NOTE.en, 3, 'Crew of 24 on our last shoot')
    expect(store.project.meta.sources![2]!.l10n).toEqual({ 'zh-CN': { title: NETEASE_ZH } })
    ui.locale = 'zh-CN'
    await flushPromises()
    expect(value(w, NOTE.en, 3)).toBe('Crew of 24 on our last shoot')
    expect(value(w, TITLE.en, 3)).toBe(NETEASE_ZH)
    await type(w, TITLE.en, 3, '网易报道（2024）')
    expect(store.project.meta.sources![2]).toMatchObject({ title: '网易报道（2024）', note: 'Crew of 24 on our last shoot' })
    expect('l10n' in store.project.meta.sources![2]!).toBe(false)
  })

  it('a blank note removes the note and its translation', async () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    const w = render(ProjectSettings)
    await type(w, NOTE['zh-CN'], 1, '')
    expect(store.project.meta.sources![0]).toEqual({ title: KRASIA, url: cnMicro.meta.sources[0]!.url })
    expect(value(w, NOTE['zh-CN'], 1)).toBe('')
  })
})

describe('the file', () => {
  it('keeps the sources\' translations on load and writes them back on save', () => {
    const { store } = setup()
    const parsed = parseProjectText(projectFileText(store.project))
    if (!parsed.ok) throw new Error('the preset did not read back')
    expect(parsed.project.meta.sources).toEqual(cnMicro.meta.sources)
    expect(parsed.project.meta.sources![0]!.l10n).toEqual({ 'zh-CN': { note: FORMAT_ZH } })
  })
})

describe('the lever library', () => {
  it.each(['en', 'zh-CN'] as const)('lists each lever\'s source by its title in the language shown (%s)', async (locale) => {
    const { render } = setup({ locale })
    const w = render(LeverLibrary)
    await vi.waitFor(() => expect(w.findAll('.library-list li').length).toBe(library.levers.length))
    await flushPromises()
    const links = w.findAll('.library-list li a').map(a => a.text())
    const expected = library.levers.map(l => (locale === 'en' ? l.source.title : (l.source.l10n['zh-CN'] as { title?: string }).title ?? l.source.title))
    expect(links).toEqual(expected)
    // The Runway summary we wrote is in Chinese; a published headline stays as published
    if (locale === 'zh-CN') {
      expect(links).toContain('Creating with Gen-4（Runway 帮助中心，未注明日期；2026-11-25 阅读）：Gen-4 每生成一秒消耗 12 积分，Gen-4 Turbo 消耗 5 积分，720x1280 竖屏，24 帧每秒')
      expect(links).toContain('Blogger uses AI to create animations at "extreme speed" to attract attention (Teller Report, 2024-02-23)')
    }
  })
})
