/**
 * `npm run budget -- <file.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N --seed S]`
 * Exit status: 0 on success, 2 for a missing or invalid file or a bad flag.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { computeProject } from '../engine/compute'
import { formatProblem, parseProjectText } from '../engine/validate'
import { projectReport } from '../engine/report'
import { monteCarlo } from '../engine/uncertainty'
import { budgetCsv, budgetXlsx } from '../export'
import { topsheet } from './format'

const USAGE = 'usage: npm run budget -- <project.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N [--seed S]]'

class UsageError extends Error {}

function wholeFlag(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, got "${value}"`)
  return Number(value)
}

/** Writes `data` to `path` and returns the exit status: 2, with the reason on one line, when it cannot. */
function writeOut(path: string, data: string | Uint8Array, err: (s: string) => void): number {
  try {
    writeFileSync(path, data)
    return 0
  }
  catch (e) {
    err(`budget: cannot write ${path}: ${(e as Error).message.split('\n')[0]}\n`)
    return 2
  }
}

/**
 * Runs the command and returns its exit status; a promise of it for `--format xlsx`, whose
 * workbook is built asynchronously.
 */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  try {
    let parsed
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          'scenario': { type: 'string' },
          'format': { type: 'string', default: 'table' },
          'monte-carlo': { type: 'string' },
          'seed': { type: 'string' },
          'bom': { type: 'boolean' },
          'out': { type: 'string' },
          'help': { type: 'boolean', short: 'h' },
        },
      })
    }
    catch (e) {
      throw new UsageError((e as Error).message.split('\n')[0]!)
    }
    const { values, positionals } = parsed
    if (values.help) { out(`${USAGE}\n`); return 0 }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no project file given' : `one project file expected, got ${positionals.length}`)
    const format = values.format
    if (format !== 'table' && format !== 'json' && format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be table, json, csv or xlsx, got "${format}"`)
    const iterations = wholeFlag(values['monte-carlo'], '--monte-carlo', 1)
    const seed = wholeFlag(values.seed, '--seed', 0) ?? 1
    if (values.seed !== undefined && iterations === undefined) throw new UsageError('--seed needs --monte-carlo N')
    if (iterations !== undefined && (format === 'csv' || format === 'xlsx')) throw new UsageError(`--monte-carlo works with --format table or json, not ${format}`)
    if (values.bom && format !== 'csv') throw new UsageError('--bom works with --format csv only')
    const outFile = values.out
    if (outFile === '') throw new UsageError('--out needs a file name')
    // A workbook is binary: it goes to a file, never to the terminal.
    if (format === 'xlsx' && outFile === undefined) throw new UsageError('--format xlsx needs --out FILE: a workbook is not written to the terminal')

    const file = positionals[0]!
    if (outFile !== undefined && resolve(outFile) === resolve(file)) throw new UsageError(`--out ${outFile} would overwrite the project file`)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    }
    catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`)
    }
    const parsedProject = parseProjectText(text)
    if (!parsedProject.ok) {
      err(`${file}: ${parsedProject.problems.length} problem${parsedProject.problems.length === 1 ? '' : 's'}; nothing was computed\n`)
      for (const p of parsedProject.problems) err(`${formatProblem(p)}\n`)
      return 2
    }
    const project = parsedProject.project
    if (values.scenario !== undefined && !project.scenarios.some(s => s.id === values.scenario))
      throw new UsageError(`no scenario "${values.scenario}" in ${file}; it has ${project.scenarios.map(s => s.id).join(', ')}`)

    const only = values.scenario
    let output: string
    try {
      const computed = computeProject(project)
      if (format === 'xlsx') {
        return budgetXlsx(project, computed, { scenarios: only ? [only] : undefined }).then(bytes => writeOut(outFile!, bytes, err))
      }
      if (format === 'json') {
        const report = projectReport(project, {
          scenarios: only ? [only] : undefined,
          monteCarlo: iterations ? { iterations, seed } : undefined,
        }, computed)
        output = `${JSON.stringify(report, null, 2)}\n`
      }
      else if (format === 'csv') {
        output = budgetCsv(project, computed, { scenarios: only ? [only] : undefined, bom: values.bom })
      }
      else {
        const mc = iterations
          ? new Map(project.scenarios.filter(s => !only || s.id === only).map(s => [s.id, monteCarlo(project, s, { iterations, seed })]))
          : undefined
        output = topsheet(project, computed, only, mc)
      }
    }
    catch (e) {
      // A valid file whose amounts overflow the engine's range (e.g. a rate of 1e15).
      if (!(e instanceof RangeError)) throw e
      err(`${file}: ${e.message}; nothing was computed\n`)
      return 2
    }
    if (outFile !== undefined) return writeOut(outFile, output, err)
    out(output)
    return 0
  }
  catch (e) {
    if (e instanceof UsageError) {
      err(`budget: ${e.message}\n${USAGE}\n`)
      return 2
    }
    throw e
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)
if (isMain) {
  void Promise.resolve(run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s)))
    .then((code) => { process.exitCode = code })
}
