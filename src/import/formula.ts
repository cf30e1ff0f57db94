/**
 * The simple formulas of a budget sheet, for cells saved without a cached result (files written by
 * scripts or some exporters): numbers, cell references (`B4`, `$B$4`), ranges inside SUM
 * (`SUM(F3:F12)`, several arguments), `+ - * /`, unary minus and brackets. Anything else (another
 * sheet, another function) gives null: the cell is then reported as not read.
 */

/** A cell's value by 1-based column and row: a number, or null when it is empty or not a number. */
export type Lookup = (col: number, row: number) => number | null

type Token = { t: 'num', v: number } | { t: 'ref', col: number, row: number } | { t: 'op', v: string } | { t: 'fn', v: string }

/** Column number of letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64
  return n
}

function tokenise(src: string): Token[] | null {
  const out: Token[] = []
  const re = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?)|\$?([A-Za-z]{1,3})\$?(\d+)|([A-Za-z]+)\s*\(|([-+*/(),:]))/gy
  let i = 0
  const s = src.replace(/^=/, '')
  while (i < s.length) {
    re.lastIndex = i
    const m = re.exec(s)
    if (!m) return s.slice(i).trim() === '' ? out : null
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) })
    else if (m[2] !== undefined) out.push({ t: 'ref', col: columnNumber(m[2]), row: Number(m[3]) })
    else if (m[4] !== undefined) { out.push({ t: 'fn', v: m[4].toUpperCase() }); out.push({ t: 'op', v: '(' }) }
    else out.push({ t: 'op', v: m[5]! })
    i = re.lastIndex
  }
  return out
}

class Fail extends Error {}

/** The formula's value, or null when it holds anything this reader does not compute. */
export function evaluateFormula(formula: string, lookup: Lookup): number | null {
  const read = tokenise(formula)
  if (!read) return null
  const tokens: Token[] = read
  let p = 0
  const peek = () => tokens[p]
  const isOp = (v: string) => { const t = peek(); return t !== undefined && t.t === 'op' && t.v === v }
  const expect = (v: string) => { if (!isOp(v)) throw new Fail(); p++ }
  const value = (col: number, row: number) => lookup(col, row) ?? 0

  function args(): number[] {
    const list: number[] = []
    if (isOp(')')) return list
    for (;;) {
      const t = peek()
      const next = tokens[p + 1]
      if (t?.t === 'ref' && next?.t === 'op' && next.v === ':') {
        const end = tokens[p + 2]
        if (end?.t !== 'ref') throw new Fail()
        p += 3
        for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++)
          for (let c = Math.min(t.col, end.col); c <= Math.max(t.col, end.col); c++) list.push(value(c, r))
      }
      else list.push(expr())
      if (!isOp(',')) return list
      p++
    }
  }
  function primary(): number {
    const t = peek()
    if (!t) throw new Fail()
    p++
    if (t.t === 'num') return t.v
    if (t.t === 'ref') return value(t.col, t.row)
    if (t.t === 'fn') {
      expect('(')
      const list = args()
      expect(')')
      if (t.v === 'SUM') return list.reduce((a, b) => a + b, 0)
      if (t.v === 'ROUND' && list.length === 2) return Math.round(list[0]! * 10 ** list[1]!) / 10 ** list[1]!
      throw new Fail()
    }
    if (t.v === '(') { const v = expr(); expect(')'); return v }
    if (t.v === '-') return -primary()
    if (t.v === '+') return primary()
    throw new Fail()
  }
  function term(): number {
    let v = primary()
    while (isOp('*') || isOp('/')) {
      const op = (tokens[p++] as { v: string }).v
      const r = primary()
      v = op === '*' ? v * r : v / r
    }
    return v
  }
  function expr(): number {
    let v = term()
    while (isOp('+') || isOp('-')) {
      const op = (tokens[p++] as { v: string }).v
      const r = term()
      v = op === '+' ? v + r : v - r
    }
    return v
  }
  try {
    const v = expr()
    if (p !== tokens.length || !Number.isFinite(v)) return null
    return v
  }
  catch (e) {
    if (e instanceof Fail) return null
    throw e
  }
}
