/**
 * The import preview's logic, apart from its components so that it is tested without mounting:
 * the project it adds (with the AI-assisted scenario), the rows it shows, the column letters.
 */
import type { Project } from '@/engine/types'
import type { RowOutcome, SheetImport } from '@/import'

/** Currencies offered when the sheet shows none (the project settings take any ISO code later). */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'KRW', 'SGD', 'AUD', 'CAD'] as const

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 40

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s
  return s
}

/**
 * The project the import adds: its baseline named Traditional and an AI-assisted scenario with no
 * lever adopted yet (levers added from the library are adopted there), both named in two languages.
 */
export function projectToAdd(r: SheetImport): Project {
  const p = structuredClone(r.project)
  p.scenarios = [
    { id: 'baseline', name: 'Traditional', baseline: true, adoption: {}, l10n: { 'zh-CN': { name: '传统' } } },
    { id: 'ai', name: 'AI-assisted', adoption: {}, l10n: { 'zh-CN': { name: 'AI 辅助' } } },
  ]
  return p
}

/** The rows shown: from the header on (titles and blanks above it are few and plain). */
export function shownRows(r: SheetImport): RowOutcome[] {
  const from = r.rows.findIndex(x => x.as === 'header')
  return r.rows.slice(Math.max(0, from), Math.max(0, from) + PREVIEW_ROWS)
}

/** A line's figures as read: "10 天 × 1 × 3,000". */
export function lineFigures(r: SheetImport, id: string, number: (n: number) => string): string {
  const l = r.project.lines.find(x => x.id === id)
  if (!l || typeof l.qty !== 'number') return ''
  return `${number(l.qty)}${l.unit ? ` ${l.unit}` : ''} × ${number(l.count)} × ${number(l.rate)}`
}
