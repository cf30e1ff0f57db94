/**
 * The budget exports write each line's note as the names are written: in the language the
 * `label` option gives (the app passes the language shown), and as the file has it without one
 * (the command line, which stays English).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { budgetCsv, budgetXlsx } from '../../src/export'
import { localised } from '../../src/app/labels'
import { computeProject } from '../../src/engine/compute'
import type { ExportOptions } from '../../src/export/texts'
import { run } from '../../src/cli/main'
import { parseCsv, preset, readXlsx } from './support'

const SCRIPT_EN = 'CNY 250 x 80 episodes = CNY 20,000, the mid-level script fee (market CNY 10-30k per script).'
const SCRIPT_ZH = '250 元 × 80 集 = 20,000 元，为中等水平的剧本稿酬（市场价每部剧本 1万–3万元）。'
const VILLA_ZH = '国内别墅租金约每天 5,000 元；八个拍摄日中用两天。'

/** What the app passes: every field in the language shown. */
const inLocale = (locale: string): ExportOptions => ({ label: (item, field) => localised(item, field, locale) })
const p = preset('cn-micro-drama.json')
const computed = computeProject(p)

/** The CSV's last cell of the line whose code is `code`. */
const csvNote = (csv: string, code: string) => parseCsv(csv.replace(/^\uFEFF/, '')).find(r => r[2] === `\t${code}`)?.at(-1)
async function xlsxNote(bytes: Uint8Array, code: string): Promise<unknown> {
  const ws = (await readXlsx(bytes)).worksheets[1]!
  let found: unknown
  ws.eachRow((r) => { if (r.getCell(1).value === code) found = r.getCell(12).value })
  return found
}

describe('a line\'s note in the budget exports', () => {
  it('CSV: Chinese when the labels are Chinese, English when English or not given', () => {
    expect(csvNote(budgetCsv(p, computed, inLocale('zh-CN')), '01.01')).toBe(SCRIPT_ZH)
    expect(csvNote(budgetCsv(p, computed, inLocale('zh-CN')), '05.02')).toBe(VILLA_ZH)
    expect(csvNote(budgetCsv(p, computed, inLocale('en')), '01.01')).toBe(SCRIPT_EN)
    expect(csvNote(budgetCsv(p, computed), '01.01')).toBe(SCRIPT_EN)
  })

  it('XLSX: the same, in each scenario\'s detail sheet', async () => {
    expect(await xlsxNote(await budgetXlsx(p, computed, inLocale('zh-CN')), '01.01')).toBe(SCRIPT_ZH)
    expect(await xlsxNote(await budgetXlsx(p, computed, inLocale('en')), '01.01')).toBe(SCRIPT_EN)
    expect(await xlsxNote(await budgetXlsx(p, computed), '01.01')).toBe(SCRIPT_EN)
  })

  it('a line without a note has an empty note cell in Chinese too, and no note column when none has one', () => {
    const bare = { ...p, lines: p.lines.map(l => (l.id === 'screenplay' ? { ...l, note: undefined, l10n: { 'zh-CN': { name: '剧本（编剧稿酬）' } } } : l)) }
    expect(csvNote(budgetCsv(bare, computed, inLocale('zh-CN')), '01.01')).toBe('')
    const none = { ...p, lines: p.lines.map(({ note: _n, l10n: _l, ...l }) => l) }
    const header = parseCsv(budgetCsv(none, computeProject(none), inLocale('zh-CN')))[0]!
    expect(header.at(-1)).toBe('激进AI方案')
  })

  it('the command line writes the file\'s own note, in English', () => {
    let out = ''
    const code = run([join(import.meta.dirname, '..', '..', 'presets', 'cn-micro-drama.json'), '--format', 'csv'], (s) => { out += s }, () => {})
    expect(code).toBe(0)
    expect(csvNote(out, '01.01')).toBe(SCRIPT_EN)
  })
})
