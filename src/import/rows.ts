/**
 * Each row below the header, read for what it is: a line, a section heading, a subtotal or total
 * (a check, never a line), a markup, a blank row, or a problem said in words with its row number.
 */
import { percentInLabel, readAmount } from './amount'
import type { Amount } from './amount'
import type { Mapping, Role } from './columns'
import { cellText } from './sheet'
import type { Sheet, SheetRow } from './sheet'

export type ProblemCode = 'noAmount' | 'noName' | 'negative' | 'notNumber'

export interface RowProblem {
  code: ProblemCode
  /** The column's header, where one cell is the cause. */
  column?: string
  /** The text at fault. */
  text?: string
}

export interface LineRow {
  as: 'line'
  row: number
  code: string
  name: string
  qty?: number
  unit: string
  count?: number
  rate?: number
  total?: number
  note: string
  kind?: 'labor' | 'cost'
  fringe?: number
  fringePercent?: number
  section?: { code: string, name: string }
}

export type ReadRow =
  | { as: 'blank', row: number }
  | { as: 'title', row: number, text: string }
  | { as: 'header', row: number }
  | { as: 'section', row: number, code: string, name: string, total?: number, bold?: boolean }
  | LineRow
  | { as: 'check', row: number, label: string, amount: number | null, section: boolean }
  /** `percent` null: the row gives only an amount (the app's CSV export), the percent is derived from it. */
  | { as: 'markup', row: number, name: string, percent: number | null, amount: number | null }
  | { as: 'problem', row: number, label: string, problem: RowProblem }

/** Subtotal and total rows: 小计, 合计, 总计, "Account Total for …", "TOTAL …", "Crew total". */
const TOTAL = /小计|合计|总计|共计|^(sub-?)?total\b|\btotal$|account total|^grand total/i
/** Of those, the ones that close one section rather than several. */
const SECTION_TOTAL = /小计|^sub-?total\s*[(（:]|account total|total for\b|.+\btotal$/i
/** Markup names, when the row also gives a percent. */
const MARKUP = /不可预见|预备费|应急|保险|管理费|税|利润|佣金|contingency|insurance|overhead|fee|tax|markup|bond|completion/i
/** Section headings numbered as Chinese and English budgets number them: 一、 （一） 1. A. I. */
const ENUMERATED = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[A-Z][.、]\s|[IVX]+[.、]\s)/
/** A code that numbers a heading rather than an account: 一, （二）, IV, B. */
const HEADING_CODE = /^([一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）]|[IVX]+\.?|[A-Z]\.?)$/

const LABOR_KINDS = new Set(['labor', 'labour', '人工', '人员'])
const COST_KINDS = new Set(['cost', 'non-labor', 'nonlabor', '费用', 'tool', 'ai工具', 'aitool'])
const MARKUP_KINDS = new Set(['markup', '加成'])

interface Cells {
  text: (role: Role) => string
  amount: (role: Role) => Amount
}

function cellsOf(row: SheetRow, mapping: Mapping, decimalComma: boolean): Cells {
  return {
    text: role => mapping[role] === undefined ? '' : cellText(row.cells[mapping[role]!]),
    amount: role => mapping[role] === undefined ? { kind: 'empty' } : readAmount(row.cells[mapping[role]!], decimalComma),
  }
}

const AMOUNT_ROLES: Role[] = ['qty', 'count', 'rate', 'total', 'fringe', 'fringePercent']

/** Reads rows `from` onwards; `marks` collects the currency marks seen. */
export function readRows(sheet: Sheet, headerIndex: number, mapping: Mapping, headers: string[], marks: Set<string>): ReadRow[] {
  const dc = sheet.decimalComma ?? false
  const mapped = new Set(Object.values(mapping))
  const out: ReadRow[] = []
  sheet.rows.forEach((row, i) => {
    if (i < headerIndex) {
      const text = row.cells.map(cellText).filter(t => t !== '').join(' ')
      out.push(text === '' ? { as: 'blank', row: row.number } : { as: 'title', row: row.number, text })
      return
    }
    if (i === headerIndex) { out.push({ as: 'header', row: row.number }); return }
    out.push(readRow(row, cellsOf(row, mapping, dc), mapping, headers, mapped, marks, dc))
  })
  return resolveHeadings(out)
}

function readRow(row: SheetRow, c: Cells, mapping: Mapping, headers: string[], mapped: Set<number>, marks: Set<string>, dc: boolean): ReadRow {
  const n = row.number
  if (row.cells.every(x => cellText(x) === '')) return { as: 'blank', row: n }
  let code = c.text('code')
  // The label: the name, else the first text outside the mapped number columns ("TOTAL" or a
  // footnote in the code column, which is then no code).
  let name = c.text('name')
  if (name === '') {
    code = /^[A-Za-z\d.\-_/#]{1,20}$/.test(code) ? code : ''
    const other = row.cells.findIndex((x, col) => (!mapped.has(col) || col === mapping.code) && x !== null && typeof x.value === 'string' && readAmount(x, dc).kind === 'text')
    if (other >= 0) name = cellText(row.cells[other])
  }
  const label = name || code
  const values: Partial<Record<Role, number>> = {}
  let percentCell: number | undefined
  for (const role of [...AMOUNT_ROLES, 'check'] as Role[]) {
    const a = c.amount(role)
    if (a.kind === 'number') {
      if (a.mark) marks.add(a.mark)
      if (a.percent && role !== 'fringePercent') percentCell = a.value
      else values[role] = a.value
    }
    else if (a.kind === 'text' && role !== 'check' && !TOTAL.test(label)) {
      return { as: 'problem', row: n, label, problem: { code: 'notNumber', column: headers[mapping[role]!] ?? role, text: a.text } }
    }
  }
  const kindText = c.text('kind').toLowerCase().replace(/\s/g, '')

  // Subtotals and totals are checks, never lines.
  if (TOTAL.test(label) && !MARKUP_KINDS.has(kindText)) {
    const amount = values.check ?? values.total ?? lastNumber(row, dc)
    return { as: 'check', row: n, label, amount, section: SECTION_TOTAL.test(label) }
  }
  const percent = percentInLabel(label) ?? percentCell
  const hasQtyRate = values.qty !== undefined || values.rate !== undefined
  if (percent !== undefined && percent !== null && (MARKUP_KINDS.has(kindText) || (!hasQtyRate && (MARKUP.test(label) || percentInLabel(label) !== null)))) {
    const clean = label.replace(/[（(]?\s*\d+(?:[.,]\d+)?\s*[%％]\s*[)）]?/, '').trim() || label
    return { as: 'markup', row: n, name: clean, percent, amount: values.total ?? values.check ?? null }
  }
  if (MARKUP_KINDS.has(kindText) && values.total !== undefined)
    return { as: 'markup', row: n, name: label, percent: null, amount: values.total }
  for (const role of AMOUNT_ROLES) {
    if ((values[role] ?? 0) < 0) return { as: 'problem', row: n, label, problem: { code: 'negative', column: headers[mapping[role]!] ?? role, text: String(values[role]) } }
  }
  const hasNumber = hasQtyRate || values.total !== undefined || values.count !== undefined
  if (!hasNumber || (values.qty === undefined && values.rate === undefined && values.total !== undefined && (row.bold || ENUMERATED.test(label) || HEADING_CODE.test(code)) && !c.text('section'))) {
    if (label === '') return { as: 'problem', row: n, label, problem: { code: 'noName' } }
    return { as: 'section', row: n, code, name, total: values.total, bold: row.bold }
  }
  if (label === '') return { as: 'problem', row: n, label, problem: { code: 'noName' } }
  const line: LineRow = {
    as: 'line', row: n, code: name ? code : '', name: label, unit: c.text('unit'), note: c.text('notes'),
    qty: values.qty, count: values.count, rate: values.rate, total: values.total,
    fringe: values.fringe, fringePercent: values.fringePercent,
  }
  if (LABOR_KINDS.has(kindText)) line.kind = 'labor'
  else if (COST_KINDS.has(kindText)) line.kind = 'cost'
  const sectionName = c.text('section')
  if (sectionName || c.text('sectionCode')) line.section = { code: c.text('sectionCode'), name: sectionName || c.text('sectionCode') }
  return line
}

/** The rightmost number of a row (a total row whose figure is in no mapped column). */
function lastNumber(row: SheetRow, dc: boolean): number | null {
  for (let col = row.cells.length - 1; col >= 0; col--) {
    const a = readAmount(row.cells[col], dc)
    if (a.kind === 'number' && !a.percent) return a.value
  }
  return null
}

/**
 * A heading with neither an account code nor bold type is a section only when a line
 * follows it (past other headings and blank rows); otherwise it is a row with no amount, reported.
 * A row with only a total whose next rows are lines adding up to it is a heading with its
 * subtotal (一 演员费用 55,000 above 女主 21,000, 男主 17,500, 配角 16,800).
 */
function resolveHeadings(rows: ReadRow[]): ReadRow[] {
  const out = rows.map((r, i): ReadRow => {
    if (r.as !== 'line' || r.qty !== undefined || r.rate !== undefined || r.total === undefined || r.section) return r
    let sum = 0
    let n = 0
    for (const next of rows.slice(i + 1)) {
      if (next.as === 'blank') continue
      if (next.as !== 'line' || next.total === undefined) break
      sum += next.total
      n++
      if (Math.abs(sum - r.total) < 0.005 && (next.qty !== undefined || next.rate !== undefined || n > 1)) {
        return { as: 'section', row: r.row, code: r.code, name: r.name, total: r.total }
      }
      if (sum > r.total + 0.005) break
    }
    return r
  })
  return out.map((r, i) => {
    if (r.as !== 'section' || r.total !== undefined) return r
    // An account code or bold type makes a heading, even of a section left empty.
    if (r.bold || (r.code !== '' && !HEADING_CODE.test(r.code))) return r
    const next = out.slice(i + 1).find(x => x.as !== 'blank' && x.as !== 'section')
    if (next && next.as === 'line') return r
    return { as: 'problem', row: r.row, label: r.name || r.code, problem: { code: 'noAmount' } }
  })
}
