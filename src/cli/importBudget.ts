/**
 * `npm run budget -- import-budget FILE [--sheet NAME] [--currency CODE] [--out project.json] [--format json]`
 * Reads a spreadsheet budget (XLSX, CSV, TSV) into a project file (MODEL.md §1, one baseline
 * scenario) and prints what it found: lines, sections, markups, the sheet's totals against the
 * computed ones, and the rows it could not read. Exit 2, with the reason, for a file that is not
 * a budget, a bad flag, or a sheet that shows no currency when none is given.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { toMajor } from '../engine/money'
import { formatProblem, parseProject } from '../engine/validate'
import type { SheetImport } from '../import'
import { failureText, problemText } from '../import/messages'
import { importFile, MAX_SHEET_BYTES } from '../import/read'
import { terminalSafeJson, visible } from './terminal'

const USAGE = 'usage: npm run budget -- import-budget FILE [--sheet NAME] [--currency CODE] [--out project.json] [--format table|json]'

/** Amounts of the summary, in minor units, as `1,234.50`. */
function money(minor: number, digits: number): string {
  return toMajor(minor, digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** The summary as data: what `--format json` prints. */
export function summary(r: SheetImport, out: string | null) {
  const d = r.check.digits
  const major = (x: number) => toMajor(x, d)
  return {
    sheet: r.sheet,
    format: r.format,
    headerRow: r.headerRow,
    currency: r.currency.code,
    currencyFrom: r.currency.from,
    lines: r.counts.lines,
    sections: r.counts.sections,
    markups: r.counts.markups,
    total: major(r.check.total),
    checks: r.check.checks.map(c => ({
      row: c.row, label: c.label, sheet: c.sheet === null ? null : major(c.sheet), computed: major(c.computed),
      lines: c.lines.map(l => ({ row: l.row, name: l.name, sheet: major(l.sheet), computed: major(l.computed) })),
    })),
    markupChecks: r.check.markups.map(m => ({ row: m.row, name: m.name, sheet: major(m.sheet), computed: major(m.computed) })),
    notRead: r.rows.filter(x => x.as === 'problem').map(x => ({ row: x.row, label: x.label, reason: problemText(x.problem!) })),
    episodesFound: r.episodesFound,
    out,
  }
}

/** The summary for a person. */
export function summaryText(r: SheetImport, out: string | null): string {
  const d = r.check.digits
  const m = (x: number) => money(x, d)
  const lines: string[] = []
  lines.push(`Sheet "${r.sheet}" (${r.format}), header on row ${r.headerRow}`)
  const from = r.currency.from === 'option' ? 'as given' : 'from the sheet\'s marks'
  lines.push(`Currency: ${r.currency.code} (${from})`)
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
  lines.push(`Found: ${n(r.counts.lines, 'line')} in ${n(r.counts.sections, 'section')}, ${n(r.counts.markups, 'markup')}; total ${m(r.check.total)} ${r.currency.code}`)
  if (r.check.checks.length === 0) lines.push('The sheet has no subtotal or total row to check against.')
  else {
    lines.push('Sheet totals against the computed ones:')
    for (const c of r.check.checks) {
      const diff = c.sheet === null ? 'no figure in the sheet' : c.sheet === c.computed ? 'ok' : `differs by ${m(c.computed - c.sheet)}`
      lines.push(`  row ${c.row}  ${c.label}: sheet ${c.sheet === null ? '—' : m(c.sheet)}, computed ${m(c.computed)}  ${diff}`)
      for (const l of c.lines) lines.push(`    row ${l.row}  ${l.name}: sheet ${m(l.sheet)}, computed ${m(l.computed)}`)
    }
  }
  for (const x of r.check.markups) lines.push(`Markup on row ${x.row} ${x.name}: sheet ${m(x.sheet)}, computed ${m(x.computed)}`)
  const problems = r.rows.filter(x => x.as === 'problem')
  if (problems.length === 0) lines.push('Every row was read.')
  else {
    lines.push(`Rows not read (${problems.length}):`)
    for (const p of problems) lines.push(`  row ${p.row}${p.label ? ` "${p.label}"` : ''}: ${problemText(p.problem!)}`)
  }
  if (!r.episodesFound) lines.push(`Episodes: not in the sheet; the project has ${r.project.meta.episodes} × ${r.project.meta.minutesPerEpisode} min: set them for per-episode figures.`)
  lines.push(out ? `Wrote ${out}` : 'Give --out FILE to write the project.')
  return `${lines.map(visible).join('\n')}\n`
}

export async function importBudget(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const fail = (reason: string, usage = false) => {
    err(`budget import-budget: ${visible(reason)}\n`)
    if (usage) err(`${USAGE}\n`)
    return 2
  }
  let values, positionals
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { sheet: { type: 'string' }, currency: { type: 'string' }, out: { type: 'string' }, format: { type: 'string', default: 'table' }, help: { type: 'boolean', short: 'h' } },
    }))
  }
  catch (e) {
    return fail((e as Error).message.split('\n')[0]!, true)
  }
  if (values.help) { out(`${USAGE}\n`); return 0 }
  if (positionals.length !== 1) return fail(positionals.length === 0 ? 'no budget file given' : `one budget file expected, got ${positionals.length}`, true)
  if (values.format !== 'table' && values.format !== 'json') return fail(`--format must be table or json, got "${values.format}"`, true)
  const currency = values.currency?.toUpperCase()
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) return fail(`--currency must be an ISO 4217 code such as CNY or USD, got "${values.currency}"`, true)
  const file = positionals[0]!
  if (values.out !== undefined && resolve(values.out) === resolve(file)) return fail(`--out ${values.out} would overwrite the budget file`, true)

  let bytes: Uint8Array
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) return fail(`${file} is a folder, not a budget file`)
    if (stat.size > MAX_SHEET_BYTES) return fail(`${file}: the file is larger than 30 MB`)
    bytes = new Uint8Array(readFileSync(file))
  }
  catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`)
  }
  const r = await importFile(file, bytes, { sheet: values.sheet, currency })
  if (!r.ok) return fail(`${file} is not a budget: ${failureText(r)}`)
  if (r.currency.from === 'none')
    return fail(`${file}: the sheet shows no currency mark${r.currency.conflict ? ' it agrees on' : ''} (¥, $, 元, USD…): give --currency CODE`)
  const checked = parseProject(r.project)
  if (!checked.ok) {
    // The importer makes valid projects; a fault here is the tool's, said plainly.
    err(`budget import-budget: the project made from ${file} is not valid (a fault of this tool, please report it):\n`)
    for (const p of checked.problems) err(`${visible(formatProblem(p))}\n`)
    return 1
  }
  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, `${JSON.stringify(r.project, null, 2)}\n`)
    }
    catch (e) {
      return fail(`cannot write ${values.out}: ${(e as Error).message.split('\n')[0]}`)
    }
  }
  const written = values.out ?? null
  if (values.format === 'json') {
    const data = { ...summary(r, written), ...(written ? {} : { project: r.project }) }
    out(terminalSafeJson(`${JSON.stringify(data, null, 2)}\n`))
  }
  else out(summaryText(r, written))
  return 0
}
