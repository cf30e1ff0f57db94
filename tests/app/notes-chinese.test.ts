// @vitest-environment jsdom
/**
 * Chinese means Chinese: a preset line's note is shown in the language shown, in the grid (the
 * mark's tooltip and the note editor), the printed report's detail and the CSV / XLSX exports; an
 * edited note replaces it in every language, whichever language it was edited in.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import Papa from 'papaparse'
import BudgetView from '@/views/BudgetView.vue'
import AppHeader from '@/components/shell/AppHeader.vue'
import ReportDetail from '@/components/exports/report/ReportDetail.vue'
import { setLineNote } from '@/stores/edits'
import type { Line, Project } from '@/engine/types'
import en from '@/i18n/en'
import zh from '@/i18n/zh-CN'
import cnMicro from '../../presets/cn-micro-drama.json'
import { readXlsx } from '../export/support'
import { setup } from '../support/mount'

const downloads = vi.hoisted(() => [] as { name: string, data: unknown }[])
vi.mock('@/app/files', async (importOriginal) => {
  const files = await importOriginal<typeof import('@/app/files')>()
  return { ...files, download: (name: string, data: unknown) => { downloads.push({ name, data }) } }
})
vi.mock('vue-chartjs', async () => {
  const { defineComponent: define, h: render } = await import('vue')
  return { Chart: define({ name: 'ChartStub', props: ['type', 'data', 'options'], setup: () => () => render('canvas') }) }
})

/** The default preset's notes on the screenplay and the female lead, as the file has them. */
const SCRIPT_EN = 'CNY 250 x 80 episodes = CNY 20,000, the mid-level script fee (market CNY 10-30k per script).'
const SCRIPT_ZH = '250 元 × 80 集 = 20,000 元，为中等水平的剧本稿酬（市场价每部剧本 1万–3万元）。'
const LEAD_EN = 'Leads earn CNY 2,000-7,000 per day in productions of a few hundred thousand yuan.'
const LEAD_ZH = '在几十万元投资的项目中，主演日薪 2,000–7,000 元。'

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  downloads.length = 0
  Object.defineProperty(window, 'innerHeight', { value: 4000, configurable: true })
})
afterEach(() => vi.restoreAllMocks())

const line = (p: Project, id: string) => p.lines.find(l => l.id === id)!

describe('setLineNote', () => {
  const preset = cnMicro as unknown as Project

  it('replaces the note in every language: its translations go, the name\'s and unit\'s stay', () => {
    const next = setLineNote(preset, 'lead-female', '  与经纪人谈定 5,000 元/天  ')
    expect(line(next, 'lead-female')).toMatchObject({ note: '与经纪人谈定 5,000 元/天', l10n: { 'zh-CN': { name: '女主角', unit: '天' } } })
    expect(line(next, 'lead-female').l10n).toEqual({ 'zh-CN': { name: '女主角', unit: '天' } })
    // The project it was given is left as it was
    expect(line(preset, 'lead-female')).toMatchObject({ note: LEAD_EN, l10n: { 'zh-CN': { note: LEAD_ZH } } })
  })

  it('a blank note removes the note and its translations; a line with only a note translation loses its l10n', () => {
    const cleared = line(setLineNote(preset, 'screenplay', '   '), 'screenplay')
    expect('note' in cleared).toBe(false)
    expect(cleared.l10n).toEqual({ 'zh-CN': { name: '剧本（编剧稿酬）', unit: '集' } })
    const only: Line = { ...line(preset, 'screenplay'), l10n: { 'zh-CN': { note: SCRIPT_ZH } } }
    const edited = line(setLineNote({ ...preset, lines: [only] }, 'screenplay', 'Fee agreed'), 'screenplay')
    expect(edited).toMatchObject({ note: 'Fee agreed' })
    expect('l10n' in edited).toBe(false)
  })
})

const row = (w: VueWrapper, id: string) => w.get(`tr[data-line="${id}"]`)
const mark = (w: VueWrapper, id: string) => row(w, id).get('.note-mark')
async function writeNote(w: VueWrapper, id: string, text: string, save: string): Promise<void> {
  await mark(w, id).trigger('click')
  await row(w, id).get('textarea').setValue(text)
  await row(w, id).findAll('button').find(b => b.text() === save)!.trigger('click')
}

describe('the grid\'s note', { timeout: 20_000 }, () => {
  it('in Chinese: the mark\'s tooltip and the editor show the Chinese note; saving it unchanged changes nothing', async () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    const w = render(BudgetView)
    expect(mark(w, 'lead-female').attributes('title')).toBe(LEAD_ZH)
    expect(mark(w, 'lead-female').classes()).toContain('has-note')
    await mark(w, 'lead-female').trigger('click')
    expect((row(w, 'lead-female').get('textarea').element as HTMLTextAreaElement).value).toBe(LEAD_ZH)
    const before = store.project
    await row(w, 'lead-female').findAll('button').find(b => b.text() === '保存')!.trigger('click')
    expect(store.project).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('edited in Chinese, the new note is shown in both languages, and Undo brings the old ones back', async () => {
    const { render, store, ui } = setup({ locale: 'zh-CN' })
    const w = render(BudgetView)
    await writeNote(w, 'lead-female', '与经纪人谈定 5,000 元/天', '保存')
    expect(line(store.project, 'lead-female').note).toBe('与经纪人谈定 5,000 元/天')
    expect(mark(w, 'lead-female').attributes('title')).toBe('与经纪人谈定 5,000 元/天')
    ui.locale = 'en'
    await flushPromises()
    expect(mark(w, 'lead-female').attributes('title')).toBe('与经纪人谈定 5,000 元/天')
    // Another line keeps its preset note in each language
    expect(mark(w, 'lead-male').attributes('title')).toBe(LEAD_EN)
    store.undo()
    await flushPromises()
    expect(mark(w, 'lead-female').attributes('title')).toBe(LEAD_EN)
    ui.locale = 'zh-CN'
    await flushPromises()
    expect(mark(w, 'lead-female').attributes('title')).toBe(LEAD_ZH)
  })

  it('edited in English, the Chinese UI shows the English user\'s words, not the old translation', async () => {
    const { render, store, ui } = setup({ locale: 'en' })
    const w = render(BudgetView)
    expect(mark(w, 'lead-male').attributes('title')).toBe(LEAD_EN)
    await writeNote(w, 'lead-male', 'Rate agreed with the agent on 3 May', 'Save')
    ui.locale = 'zh-CN'
    await flushPromises()
    expect(mark(w, 'lead-male').attributes('title')).toBe('Rate agreed with the agent on 3 May')
    expect(line(store.project, 'lead-male').l10n).toEqual({ 'zh-CN': { name: '男主角', unit: '天' } })
  })
})

describe('the printed report\'s detail', () => {
  it('writes each line\'s note in the language shown', () => {
    for (const [locale, note] of [['zh-CN', SCRIPT_ZH], ['en', SCRIPT_EN]] as const) {
      const { render, store } = setup({ locale })
      const w = render(ReportDetail, { ids: store.project.scenarios.map(s => s.id), landscape: false })
      const notes = w.findAll('.line-note').map(n => n.text())
      expect(notes).toHaveLength(store.project.lines.length)
      expect(notes[0]).toContain(note)
      w.unmount()
    }
  })
})

/** Opens the Export menu as a person does and chooses `item`; returns the file. */
async function exported(header: VueWrapper, messages: typeof en, item: 'csv' | 'xlsx'): Promise<unknown> {
  const menu = header.findAll('.menu-button').find(m => m.get('button').text().startsWith(messages.exports.menu))!
  await menu.get('button').trigger('click')
  await menu.findAll('[role="menuitem"]').find(i => i.text() === messages.exports[item])!.trigger('click')
  await flushPromises()
  await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 })
  return downloads.pop()!.data
}

/** The CSV's note cell (the last column) of the row whose line is `name`. */
function csvNote(text: string, name: string): string | undefined {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
  return rows.find(r => r[3] === name)?.at(-1)
}
/** The note cell of the line `name` on the first detail sheet. */
async function xlsxNote(data: unknown, name: string): Promise<unknown> {
  const ws = (await readXlsx(data as Uint8Array)).worksheets[1]!
  let found: unknown
  ws.eachRow((r) => { if (r.getCell(2).value === name) found = r.getCell(12).value })
  return found
}

describe('CSV and XLSX exports', { timeout: 30_000 }, () => {
  it('in Chinese carry the Chinese notes, in English the English ones', async () => {
    const zhApp = setup({ locale: 'zh-CN' })
    let header = zhApp.render(AppHeader)
    expect(csvNote(await exported(header, zh, 'csv') as string, '剧本（编剧稿酬）')).toBe(SCRIPT_ZH)
    expect(await xlsxNote(await exported(header, zh, 'xlsx'), '剧本（编剧稿酬）')).toBe(SCRIPT_ZH)
    header.unmount()

    const enApp = setup({ locale: 'en' })
    header = enApp.render(AppHeader)
    expect(csvNote(await exported(header, en, 'csv') as string, 'Screenplay (writer\'s fee)')).toBe(SCRIPT_EN)
    expect(await xlsxNote(await exported(header, en, 'xlsx'), 'Screenplay (writer\'s fee)')).toBe(SCRIPT_EN)
  })

  it('in Chinese carry a note edited in English as written, not the old translation', async () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    store.update(p => setLineNote(p, 'screenplay', 'Fee agreed: CNY 22,000'))
    const header = render(AppHeader)
    expect(csvNote(await exported(header, zh, 'csv') as string, '剧本（编剧稿酬）')).toBe('Fee agreed: CNY 22,000')
    expect(await xlsxNote(await exported(header, zh, 'xlsx'), '剧本（编剧稿酬）')).toBe('Fee agreed: CNY 22,000')
  })
})
