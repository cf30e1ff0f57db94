/**
 * Bring your own budget: a spreadsheet (XLSX, CSV, TSV) read into a project. Pure: no Vue, no
 * DOM, no Node modules (enforced by eslint), shared by the app, its worker and the command line.
 *
 * The steps: a reader gives the sheet model (`sheet.ts`: readers in `csv.ts` and `xlsx.ts`); the
 * header row and the columns are found by their words (`columns.ts`); every row is read for what
 * it is (`rows.ts`); the rows make a project (`build.ts`), whose figures the engine computes and
 * compares with the sheet's own subtotals and totals (`check.ts`).
 */
import { isKnownCurrency } from '../engine/money'
import type { Project } from '../engine/types'
import { buildProject } from './build'
import { checkTotals } from './check'
import type { CheckResult } from './check'
import { findHeader, guessTotal, mappingOf } from './columns'
import type { Mapping } from './columns'
import { currencyOfMarks, marksInText } from './guess'
import { readRows } from './rows'
import type { ReadRow, RowProblem } from './rows'
import { cellText } from './sheet'
import type { Sheet, Workbook } from './sheet'

export type { Mapping, Role } from './columns'
export { ROLES } from './columns'
export type { CheckResult, LineDifference, TotalCheck } from './check'
export type { ProblemCode, RowProblem } from './rows'
export type { Sheet, SheetCell, SheetRow, Workbook } from './sheet'
export { readCsv } from './csv'

export interface ImportOptions {
  /** The sheet to read; by default the first one with a header row. */
  sheet?: string
  /** ISO 4217 code; by default the sheet's currency marks say it. */
  currency?: string
  /** Columns as the producer set them, replacing the guess. */
  mapping?: Mapping
  /** The project's title when the sheet has no title row (the file's name). */
  title?: string
}

export type RowAs = 'blank' | 'title' | 'header' | 'section' | 'line' | 'check' | 'markup' | 'problem'

/** What one row of the sheet became. */
export interface RowOutcome {
  row: number
  as: RowAs
  label: string
  /** The id of the section, line or markup it became. */
  id?: string
  problem?: RowProblem
}

export interface SheetImport {
  project: Project
  sheet: string
  sheets: string[]
  format: string
  /** 1-based row number of the header. */
  headerRow: number
  headers: string[]
  mapping: Mapping
  /** The mapping the headers suggested, before any change by the producer. */
  guessed: Mapping
  rows: RowOutcome[]
  /** The currency, and where it came from; `none`: neither the sheet nor the caller said (`code` is a stand-in). */
  currency: { code: string, from: 'option' | 'sheet' | 'none', conflict: boolean }
  check: CheckResult
  counts: { lines: number, sections: number, markups: number, checks: number, problems: number }
  /** True when the title rows gave the episodes (else the project has 80 × 1.5 min, to set). */
  episodesFound: boolean
}

export type ImportFailure = { ok: false, reason: 'empty' | 'noSheet' | 'noHeader' | 'noLines', sheet?: string }
export type ImportResult = ({ ok: true } & SheetImport) | ImportFailure

const CJK = /[\u3400-\u9fff]/

function sheetHasChinese(sheet: Sheet): boolean {
  for (const row of sheet.rows.slice(0, 200)) for (const c of row.cells) if (c && typeof c.value === 'string' && CJK.test(c.value)) return true
  return false
}

/** Episodes and minutes per episode written in a title: `80集 × 1.5分钟`, `60 episodes, 2 min`. */
export function episodesInTitle(text: string): { episodes?: number, minutes?: number } {
  const t = text.normalize('NFKC')
  const e = /(\d+)\s*(集|episodes?\b|eps\b)/i.exec(t)
  const m = /(\d+(?:\.\d+)?)\s*(分钟|min(?:ute)?s?\b)/i.exec(t)
  return { episodes: e ? Number(e[1]) : undefined, minutes: m ? Number(m[1]) : undefined }
}

/** Reads a workbook into a project; `ok: false` with the reason when it holds no budget. */
export function importWorkbook(book: Workbook, options: ImportOptions = {}): ImportResult {
  const names = book.sheets.map(s => s.name)
  if (book.sheets.every(s => s.rows.every(r => r.cells.every(c => cellText(c) === ''))))
    return { ok: false, reason: 'empty' }
  let sheet: Sheet | undefined
  let header = -1
  if (options.sheet !== undefined) {
    sheet = book.sheets.find(s => s.name === options.sheet)
    if (!sheet) return { ok: false, reason: 'noSheet', sheet: options.sheet }
    header = findHeader(sheet)
  }
  else {
    for (const s of book.sheets) {
      header = findHeader(s)
      if (header >= 0) { sheet = s; break }
    }
    sheet ??= book.sheets[0]!
  }
  if (header < 0) return { ok: false, reason: 'noHeader', sheet: sheet.name }

  const headers = sheet.rows[header]!.cells.map(cellText)
  const guessed = guessTotal(sheet, header, mappingOf(headers))
  // Only an "Amount" column and no rate or total: it holds the money, not a quantity.
  if (guessed.qty !== undefined && guessed.rate === undefined && guessed.total === undefined) {
    guessed.total = guessed.qty
    delete guessed.qty
  }
  const mapping = options.mapping ?? guessed
  const marks = new Set<string>()
  for (const text of [...headers, ...sheet.rows.slice(0, header).flatMap(r => r.cells.map(cellText))])
    for (const m of marksInText(text)) marks.add(m)
  const rows = readRows(sheet, header, mapping, headers, marks)
  const chinese = sheetHasChinese(sheet)
  const marked = currencyOfMarks(marks)
  const given = options.currency?.toUpperCase()
  const currency = given && isKnownCurrency(given)
    ? { code: given, from: 'option' as const, conflict: marked.conflict }
    : marked.code
      ? { code: marked.code, from: 'sheet' as const, conflict: false }
      : { code: chinese ? 'CNY' : 'USD', from: 'none' as const, conflict: marked.conflict }

  const titles = rows.filter((r): r is Extract<ReadRow, { as: 'title' }> => r.as === 'title')
  const title = titles[0]?.text.slice(0, 200) || options.title || sheet.name
  const found = titles.map(t => episodesInTitle(t.text))
  const ep = { episodes: found.find(x => x.episodes !== undefined)?.episodes, minutes: found.find(x => x.minutes !== undefined)?.minutes }
  const built = buildProject(rows, {
    title,
    currency: currency.code,
    locale: chinese ? 'zh-CN' : 'en-US',
    episodes: ep.episodes ?? 80,
    minutesPerEpisode: ep.minutes ?? 1.5,
    defaultSection: chinese ? '预算' : 'Budget',
  })
  if (built.project.lines.length === 0) return { ok: false, reason: 'noLines', sheet: sheet.name }

  const outcomes = rows.map((r): RowOutcome => {
    const id = built.ids.get(r.row)
    const label = r.as === 'title' ? r.text : r.as === 'line' || r.as === 'markup' ? r.name : r.as === 'section' ? r.name || r.code : r.as === 'check' || r.as === 'problem' ? r.label : ''
    // A section row with a total and no lines became a line of that amount.
    const as = r.as === 'section' && id && id.startsWith('r') ? 'line' : r.as
    return { row: r.row, as, label, ...(id ? { id } : {}), ...(r.as === 'problem' ? { problem: r.problem } : {}) }
  })
  const check = checkTotals(built)
  const count = (as: RowAs) => outcomes.filter(o => o.as === as).length
  return {
    ok: true,
    project: built.project,
    sheet: sheet.name,
    sheets: names,
    format: book.format,
    headerRow: sheet.rows[header]!.number,
    headers,
    mapping,
    guessed,
    rows: outcomes,
    currency,
    check,
    counts: {
      lines: built.project.lines.length,
      sections: built.project.sections.length,
      markups: built.project.markups?.length ?? 0,
      checks: check.checks.length,
      problems: count('problem'),
    },
    episodesFound: ep.episodes !== undefined,
  }
}
