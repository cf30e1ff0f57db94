// @vitest-environment jsdom
/**
 * The app's budget downloads: the Export menu's CSV and XLSX items call the exporter with the
 * app's translated words and localised names, and download a file named after the project, with
 * the engine's totals. `download` is captured instead of clicking a link; the exporter is the real
 * one, watched by a spy. Plus the pure helpers of src/app/exports.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import Papa from 'papaparse'
import { areaEn, areaZh } from '@/i18n/areas'
import { defineComponent, h, provide } from 'vue'
import * as exporter from '@/export'
import { EXPORT_TEXTS_EN } from '@/export/texts'
import type { ExportOptions } from '@/export/texts'
import { chartFileName, exportTexts, longDate, zipEntryNames } from '@/app/exports'
import AppHeader from '@/components/shell/AppHeader.vue'
import AppChart from '@/charts/AppChart.vue'
import { CHART_EXPORTER } from '@/charts/exporter'
import type { ChartSpec } from '@/charts/spec'
import en from '@/i18n/en'
import zh from '@/i18n/zh-CN'
import { readXlsx } from '../export/support'
import { setup } from '../support/mount'

const downloads = vi.hoisted(() => [] as { name: string, data: unknown, type: string }[])
vi.mock('@/app/files', async (importOriginal) => {
  const files = await importOriginal<typeof import('@/app/files')>()
  return { ...files, download: (name: string, data: unknown, type: string) => { downloads.push({ name, data, type }) } }
})
vi.mock('@/export', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/export')>()
  return { ...real, budgetCsv: vi.fn(real.budgetCsv), budgetXlsx: vi.fn(real.budgetXlsx) }
})
vi.mock('vue-chartjs', async () => {
  const { defineComponent: define, h: render } = await import('vue')
  return { Chart: define({ name: 'ChartStub', props: ['type', 'data', 'options'], setup: () => () => render('canvas') }) }
})

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  downloads.length = 0
  vi.mocked(exporter.budgetCsv).mockClear()
  vi.mocked(exporter.budgetXlsx).mockClear()
})
afterEach(() => vi.restoreAllMocks())

/** Opens the Export menu as a person does and chooses `item`. */
async function exportItem(header: VueWrapper, messages: typeof en, item: 'csv' | 'xlsx'): Promise<void> {
  const menu = header.findAll('.menu-button').find(m => m.get('button').text().startsWith(messages.exports.menu))!
  await menu.get('button').trigger('click')
  await menu.findAll('[role="menuitem"]').find(i => i.text() === messages.exports[item])!.trigger('click')
  await flushPromises()
}

/** The i18n block of the exporter's words in `messages`. */
/** The exporter's words: the first ones in the base tables, the newer ones in the report's area. */
const sheetWords = (messages: typeof en) => ({ ...messages.exports.sheet, ...(messages === en ? areaEn : areaZh).reporting.sheet })

describe('Export menu: budget as CSV', () => {
  it('in Chinese: the exporter gets the app\'s Chinese words and names, the file has a BOM and the engine\'s totals', async () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    const header = render(AppHeader)
    await exportItem(header, zh, 'csv')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))

    expect(exporter.budgetCsv).toHaveBeenCalledTimes(1)
    const [project, result, options] = vi.mocked(exporter.budgetCsv).mock.calls[0]!
    expect(project).toBe(store.project)
    expect(result).toBe(store.result)
    expect(options).toMatchObject({ bom: true, texts: sheetWords(zh) })
    // Names are the ones the app shows: the preset's Chinese translations.
    const label = (options as ExportOptions).label!
    expect(label(store.project.sections[0]! as never, 'name')).toBe('剧本')
    expect(label(store.project.lines[0]! as never, 'unit')).toBe('集')

    expect(downloads).toHaveLength(1)
    const { name, data, type } = downloads[0]!
    expect(name).toBe('低成本微短剧（国内）.csv')
    expect(type).toBe('text/csv;charset=utf-8')
    const text = data as string
    expect(text.charCodeAt(0)).toBe(0xFEFF)
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]!.slice(0, 4)).toEqual(['科目编码', '科目', '明细编码', '明细'])
    // The preset's lines carry notes: the last column.
    expect(rows[0]!.slice(10)).toEqual(['传统制作', 'AI辅助制作', '激进AI方案', '备注'])
    const total = rows.find(r => r[3] === '合计')!
    expect(total.slice(10, 13)).toEqual(store.result.scenarios.map(s => (s.result.total / 100).toFixed(2)))
  })

  it('in English: English words and names, named after the English title', async () => {
    const { render } = setup({ locale: 'en' })
    const header = render(AppHeader)
    await exportItem(header, en, 'csv')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    const options = vi.mocked(exporter.budgetCsv).mock.calls[0]![2]!
    expect(options.texts).toEqual(sheetWords(en))
    expect(downloads[0]!.name).toBe('Low-cost micro-drama (China).csv')
    expect((downloads[0]!.data as string).split('\n')[0]).toMatch(/^\uFEFFSection code,Section,Line code,Line,/)
  })
})

describe('Export menu: budget as XLSX', () => {
  it('calls the exporter with the translated words and downloads a workbook with the engine\'s totals', async () => {
    const { render, store } = setup({ locale: 'zh-CN' })
    const header = render(AppHeader)
    await exportItem(header, zh, 'xlsx')
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 })

    expect(exporter.budgetXlsx).toHaveBeenCalledTimes(1)
    const options = vi.mocked(exporter.budgetXlsx).mock.calls[0]![2]!
    expect(options.texts).toEqual(sheetWords(zh))
    expect(options).not.toHaveProperty('bom')
    const { name, data, type } = downloads[0]!
    expect(name).toBe('低成本微短剧（国内）.xlsx')
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const wb = await readXlsx(data as Uint8Array)
    expect(wb.worksheets.map(ws => ws.name)).toEqual(['预算总表', '明细 传统制作', '明细 AI辅助制作', '明细 激进AI方案'])
    const top = wb.getWorksheet('预算总表')!
    let totalRow = 0
    top.eachRow((row, n) => { if (row.getCell(2).value === '合计') totalRow = n })
    const cells = store.result.scenarios.map((_, c) => top.getRow(totalRow).getCell(3 + c).value as { result: number })
    expect(cells.map(c => Math.round(c.result * 100))).toEqual(store.result.scenarios.map(s => s.result.total))
  }, 30_000)

  it('says so in a notice when the export fails, and downloads nothing', async () => {
    const { render } = setup({ locale: 'en' })
    const { useLibraryStore } = await import('@/stores/library')
    const library = useLibraryStore()
    vi.mocked(exporter.budgetXlsx).mockRejectedValueOnce(new Error('disk full'))
    const header = render(AppHeader)
    await exportItem(header, en, 'xlsx')
    await vi.waitFor(() => expect(library.notices.map(n => n.key)).toContain('exports.failed'))
    // An error the app cannot name is said with its own words as a technical detail.
    expect(library.notices.find(n => n.key === 'exports.failed')!.cause).toEqual({ kind: 'unknown', detail: 'disk full' })
    expect(downloads).toEqual([])
  })
})

describe('the chart frame\'s PNG button', () => {
  const spec: ChartSpec = {
    kind: 'stacked',
    props: { title: 'Labor vs non-labor', axisLabel: 'Cost (CNY)', categories: ['A'], stacks: [{ label: 'Labor', values: [1] }], currency: 'CNY', digits: 2, locale: 'en' },
  }

  it('is there when the app provides an exporter, and hands it the spec', async () => {
    const { render } = setup()
    const download = vi.fn()
    const Host = defineComponent({
      setup() {
        provide(CHART_EXPORTER, { label: title => `Download PNG: ${title}`, download })
        return () => h(AppChart, { spec })
      },
    })
    const w = render(Host)
    const button = w.get('button[aria-label="Download PNG: Labor vs non-labor"]')
    expect(button.text()).toBe('PNG')
    await button.trigger('click')
    expect(download).toHaveBeenCalledWith(spec, { width: expect.any(Number), height: expect.any(Number) })
  })

  it('is not there when nothing provides one', () => {
    const { render } = setup()
    expect(render(AppChart, { spec }).find('button').exists()).toBe(false)
  })
})

describe('src/app/exports.ts', () => {
  it('exportTexts takes every exporter word from the app\'s messages', () => {
    const keys = Object.keys(EXPORT_TEXTS_EN).sort()
    expect(Object.keys(sheetWords(en)).sort()).toEqual(keys)
    expect(Object.keys(sheetWords(zh)).sort()).toEqual(keys)
    const t = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zh) as string
    const texts = exportTexts(t)
    expect(Object.keys(texts).sort()).toEqual(keys)
    expect(texts.total).toBe('合计')
    expect(texts.topsheet).toBe('预算总表')
  })

  it('names files after the project and the chart, and keeps ZIP entries apart', () => {
    expect(chartFileName('Rebirth: the Heiress', 'Cost by section — A vs B')).toBe('Rebirth the Heiress - Cost by section — A vs B.png')
    // Numbered in the order of the overview, so two charts of the same title stay apart.
    expect(zipEntryNames(['Waterfall', 'Cost/section', 'Waterfall'])).toEqual(['1 Waterfall.png', '2 Cost section.png', '3 Waterfall.png'])
  })

  it('dates reports in the language shown', () => {
    const day = new Date(Date.UTC(2026, 10, 25, 12))
    expect(longDate(day, 'en')).toBe('November 25, 2026')
    expect(longDate(day, 'zh-CN')).toBe('2026年11月25日')
  })
})
