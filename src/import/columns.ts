/**
 * The header row and what each column holds, found by the headers' words in Chinese and English:
 * no configuration. The guess is a mapping the producer can change column by column.
 */
import { readAmount } from './amount'
import { cellText } from './sheet'
import type { Sheet } from './sheet'

export const ROLES = ['code', 'name', 'qty', 'unit', 'count', 'rate', 'total', 'check', 'notes', 'kind', 'fringe', 'fringePercent', 'sectionCode', 'section'] as const
/**
 * What a column holds. `total` is the line's total; `check` a second total column (Movie Magic's
 * "Total" beside "Subtotal") read on subtotal and total rows only; `fringe` a fringe amount and
 * `fringePercent` a fringe percent; `section` and `sectionCode` name each line's section (the
 * app's own CSV export).
 */
export type Role = typeof ROLES[number]

/** Column index (0-based) of each role found. */
export type Mapping = Partial<Record<Role, number>>

/** Header words by role, normalised (lower case, no spaces or brackets), with how sure each is. */
const WORDS: [Role, number, string[]][] = [
  ['code', 3, ['科目编号', '编号', '科目代码', '代码', '编码', '明细编码', '科目编码', 'acct#', 'acct', 'acctno', 'account#', 'accountno', 'accountnumber', 'code', 'linecode', 'no.', 'no']],
  ['code', 1, ['序号', '#', 'account']],
  ['name', 3, ['科目', '项目', '名称', '科目名称', '项目名称', '费用项目', '费用名称', '明细', '内容', 'description', 'item', 'items', 'line', 'name', 'lineitem', 'accountname', 'accounttitle', 'details']],
  ['name', 1, ['account']],
  ['qty', 3, ['数量', 'qty', 'quantity', '天数', '工作量']],
  ['qty', 2, ['amount', 'amt']],
  ['unit', 3, ['单位', 'units', 'unit', 'uom']],
  ['count', 3, ['人数', 'x', 'count', '人数/件数', '件数', '人次', '个数', 'people', 'heads']],
  ['rate', 3, ['单价', 'rate', 'unitprice', 'price', 'unitcost', '价格', '日薪', '费率']],
  ['total', 3, ['金额', '小计', 'subtotal', 'total', '合计', '预算', '预算金额', '总价', '总额', '总计', 'linetotal', 'budget', 'estimate']],
  ['total', 1, ['amount', '费用']],
  ['notes', 3, ['备注', '说明', 'notes', 'note', 'comments', 'comment', 'remarks', 'memo']],
  ['kind', 3, ['kind', '类型']],
  ['fringe', 3, ['fringe', 'fringes', '附加费']],
  ['fringePercent', 3, ['fringe%', '附加费%', '附加费率']],
  ['sectionCode', 3, ['sectioncode', '部门编号', '类别编号']],
  ['section', 3, ['section', '部门', '类别', '分类', 'category', 'department']],
]

/** A header's words for matching: NFKC, lower case, without spaces and bracketed units (`金额（元）`). */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, '').replace(/[\s:：]/g, '')
}

/** Roles a header could mean, most likely first. */
export function headerRoles(text: string): { role: Role, score: number }[] {
  const h = normaliseHeader(text)
  if (h === '') return []
  const out: { role: Role, score: number }[] = []
  for (const [role, score, words] of WORDS) if (words.includes(h)) out.push({ role, score })
  return out.sort((a, b) => b.score - a.score)
}

/** The mapping a header row suggests: the surest (header, role) pairs first, each role once. */
export function mappingOf(headers: string[]): Mapping {
  const pairs: { col: number, role: Role, score: number }[] = []
  headers.forEach((h, col) => { for (const r of headerRoles(h)) pairs.push({ col, ...r }) })
  pairs.sort((a, b) => b.score - a.score || a.col - b.col)
  const mapping: Mapping = {}
  const taken = new Set<number>()
  const names: number[] = []
  const codes: number[] = []
  for (const p of pairs) {
    if (taken.has(p.col)) continue
    if (p.role === 'name' && p.score === 3) names.push(p.col)
    if (p.role === 'code' && p.score === 3) codes.push(p.col)
    let role: Role = p.role
    if (mapping[role] !== undefined) {
      if (role === 'total' && mapping.check === undefined) role = 'check'
      else continue
    }
    mapping[role] = p.col
    taken.add(p.col)
  }
  // Two name columns (科目 and 明细, Section and Line): the left one names the section.
  if (names.length === 2 && mapping.section === undefined) {
    const [left, right] = names.sort((a, b) => a - b) as [number, number]
    mapping.section = left
    mapping.name = right
    if (codes.length === 2 && mapping.sectionCode === undefined) {
      const [cl, cr] = codes.sort((a, b) => a - b) as [number, number]
      mapping.sectionCode = cl
      mapping.code = cr
    }
  }
  // Movie Magic's Total beside Subtotal: the left one is the line's, the right one the account's.
  if (mapping.total !== undefined && mapping.check !== undefined && mapping.check < mapping.total)
    [mapping.total, mapping.check] = [mapping.check, mapping.total]
  return mapping
}

const NAMING: Role[] = ['name', 'code', 'section']
const AMOUNTS: Role[] = ['qty', 'rate', 'total', 'count']

/** How much a row looks like a header: the sum of its surest scores; 0 when it cannot be one. */
function headerScore(headers: string[]): number {
  const m = mappingOf(headers)
  const roles = Object.keys(m) as Role[]
  if (!roles.some(r => NAMING.includes(r)) || !roles.some(r => AMOUNTS.includes(r))) return 0
  return roles.length
}

/** The header's index in `sheet.rows` among the first 40 rows, or -1 when no row is one. */
export function findHeader(sheet: Sheet): number {
  let best = -1
  let bestScore = 0
  sheet.rows.slice(0, 40).forEach((row, i) => {
    const score = headerScore(row.cells.map(cellText))
    if (score > bestScore) { best = i; bestScore = score }
  })
  return best
}

/**
 * Without a line-total header, the first unmapped column right of the mapped amounts whose cells
 * below the header are mostly numbers (the app's CSV export: one column per scenario, the
 * baseline first) is taken as the totals.
 */
export function guessTotal(sheet: Sheet, headerIndex: number, mapping: Mapping): Mapping {
  if (mapping.total !== undefined) return mapping
  const mapped = new Set(Object.values(mapping))
  const rightOf = Math.max(...AMOUNTS.map(r => mapping[r] ?? -1))
  const width = Math.max(0, ...sheet.rows.map(r => r.cells.length))
  const below = sheet.rows.slice(headerIndex + 1)
  for (let col = rightOf + 1; col < width; col++) {
    if (mapped.has(col)) continue
    const filled = below.filter(r => cellText(r.cells[col]) !== '')
    const numbers = filled.filter(r => readAmount(r.cells[col], sheet.decimalComma).kind === 'number')
    if (filled.length > 0 && numbers.length >= filled.length * 0.8) return { ...mapping, total: col }
  }
  return mapping
}
