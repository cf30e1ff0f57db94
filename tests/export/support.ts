/**
 * Helpers for the export tests: the presets, hostile texts, and a workbook read back with exceljs
 * with a small evaluator for the SUM formulas the exporter writes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Cell, Workbook, Worksheet } from 'exceljs'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { formatProblem, parseProjectText } from '../../src/engine/validate'
import type { Project } from '../../src/engine/types'
import { PRESETS as PRESET_LIST } from '../../src/app/presetList'

const DIR = join(import.meta.dirname, '..', '..', 'presets')
export const PRESETS = PRESET_LIST.map(p => `${p.id}.json`).sort()

export function preset(file: string): Project {
  const parsed = parseProjectText(readFileSync(join(DIR, file), 'utf8'))
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map(formatProblem).join('; ')}`)
  return parsed.project
}

/** Texts that a spreadsheet would run as formulas (OWASP CSV injection). */
export const HOSTILE = ['=HYPERLINK("http://x")', '@SUM(A1)', '+1', '-1+2', '\t=1', '\r=1'] as const

/** CSV rows as arrays of strings (no type guessing: "01.01" stays "01.01"). */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, newline: '\n' })
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors))
  return parsed.data
}

/** Minor units of a money text or number with 2 digits (or `digits`), exactly. */
export function minor(x: string | number, digits = 2): number {
  const s = typeof x === 'number' ? x.toFixed(digits) : x
  if (!new RegExp(`^-?\\d+${digits > 0 ? `\\.\\d{${digits}}` : ''}$`).test(s)) throw new Error(`not an amount with ${digits} digits: "${s}"`)
  return Math.round(Number(s) * 10 ** digits)
}

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs's types want its own Buffer type; a Node Buffer over the same bytes is what it reads.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return wb
}

/** Every cell that holds a value, with its sheet. */
export function cells(wb: Workbook): { ws: Worksheet, cell: Cell }[] {
  const out: { ws: Worksheet, cell: Cell }[] = []
  for (const ws of wb.worksheets) ws.eachRow(row => row.eachCell(cell => out.push({ ws, cell })))
  return out
}

/** The text cells' values. */
export function texts(wb: Workbook): string[] {
  return cells(wb).flatMap(({ cell }) => typeof cell.value === 'string' ? [cell.value] : [])
}

/**
 * Recomputes a cell as a spreadsheet would: a number is itself, a blank or text cell counts 0 in a
 * sum, and a formula (only SUM over cells, ranges and sheet references, as the exporter writes)
 * is evaluated from the cells it names. Throws on anything else, so a broken formula fails.
 */
export function evaluate(wb: Workbook, ws: Worksheet, address: string, depth = 0): number {
  if (depth > 50) throw new Error('formula cycle')
  const cell = ws.getCell(address)
  if (cell.type === ExcelJS.ValueType.Formula) return evalFormula(wb, ws, cell.formula, depth + 1)
  return typeof cell.value === 'number' ? cell.value : 0
}

/** Half away from zero at `digits` decimals, as Excel's ROUND (a hair of binary error allowed for). */
function excelRound(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.sign(x) * Math.round(Math.abs(x) * f * (1 + 1e-12)) / f
}

function evalFormula(wb: Workbook, ws: Worksheet, formula: string, depth: number): number {
  // A markup: ROUND(<percent literal or cell>*SUM(…),<digits>).
  const round = /^ROUND\(([^*]+)\*(SUM\(.*\)),(\d+)\)$/.exec(formula)
  if (round) {
    const [, factor, sum, digits] = round
    const literal = /^(\d+(?:\.\d+)?)%$/.exec(factor!)
    const f = literal ? Number(literal[1]) / 100 : evaluate(wb, ws, parseRef(wb, ws, factor!)?.address ?? '', depth)
    return excelRound(f * evalFormula(wb, ws, sum!, depth), Number(digits))
  }
  const m = /^SUM\((.*)\)$/.exec(formula)
  if (!m) {
    const ref = parseRef(wb, ws, formula)
    if (!ref) throw new Error(`unexpected formula: ${formula}`)
    return evaluate(wb, ref.ws, ref.address, depth)
  }
  let sum = 0
  for (const arg of splitArgs(m[1]!)) {
    if (/^SUM\(/.test(arg)) { sum += evalFormula(wb, ws, arg, depth); continue }
    if (/^\d+$/.test(arg)) { sum += Number(arg); continue }
    const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(arg)
    if (range) {
      const [c1, r1, c2, r2] = [col(range[1]!), Number(range[2]), col(range[3]!), Number(range[4])]
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) sum += evaluate(wb, ws, `${letters(c)}${r}`, depth)
      continue
    }
    const ref = parseRef(wb, ws, arg)
    if (!ref) throw new Error(`unexpected argument ${arg} in ${formula}`)
    sum += evaluate(wb, ref.ws, ref.address, depth)
  }
  return sum
}

function parseRef(wb: Workbook, ws: Worksheet, ref: string): { ws: Worksheet, address: string } | null {
  const local = /^([A-Z]+\d+)$/.exec(ref)
  if (local) return { ws, address: local[1]! }
  const other = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref)
  if (!other) return null
  const sheet = wb.getWorksheet(other[1]!.replace(/''/g, '\''))
  if (!sheet) throw new Error(`no sheet named in ${ref}`)
  return { ws: sheet, address: other[2]! }
}

function splitArgs(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '\'') quoted = !quoted
    else if (!quoted && ch === '(') depth++
    else if (!quoted && ch === ')') depth--
    else if (!quoted && depth === 0 && ch === ',') { out.push(s.slice(start, i)); start = i + 1 }
  }
  out.push(s.slice(start))
  return out
}

const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
const letters = (n: number): string => n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26))
