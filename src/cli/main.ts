/**
 * `npm run budget -- <file.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N --seed S]
 *   [--optimize [--seed S] [--iterations N] [--write FILE]]`
 * Exit status: 0 on success, 2 for a missing or invalid file or a bad flag, 1 for a fault of the
 * tool itself. Whatever the file holds, the answer is figures or reasons, never a stack trace.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { computeProject } from '../engine/compute'
import { minorDigits } from '../engine/money'
import { formatProblem } from '../engine/validate'
import { readProjectText } from '../engine/read'
import { monteCarloReport, projectReport } from '../engine/report'
import { MAX_PROJECT_BYTES, sizeProblem } from '../engine/text'
import type { Problem } from '../engine/types'
import { SHOWN_PROBLEMS, stoppedEarly } from '../engine/problems'
import { MAX_MONTE_CARLO_ITERATIONS } from '../engine/uncertainty'
import { budgetCsv, budgetXlsx } from '../export'
import { runBreakdown } from './breakdown'
import { shootPlanInputs } from '../app/shoot/exportPlans'
import { topsheet } from './format'
import { addOptimized, optimiseProject, optimisedLines, projectFileText } from './optimise'
import type { Optimised } from './optimise'
import { stripboards } from './stripboard'
import { decodeProjectBytes } from '../engine/decode'
import { monteCarloWithProgress } from './progress'
import type { ProgressOptions } from './progress'
import { terminalSafeCsv, terminalSafeJson, visible } from './terminal'

const USAGE = 'usage: npm run budget -- <project.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N [--seed S]] [--optimize [--seed S] [--iterations N] [--write FILE]]'

class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--scenario', '--format', '--monte-carlo', '--seed', '--out', '--iterations', '--write'])
const FLAGS = new Set(['--help', '-h', '--bom', '--optimize'])

/**
 * parseArgs takes `--monte-carlo -5` for a flag missing its value; here a value that starts with a
 * dash is the option's value (`--monte-carlo=-5`), unless it is another option.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      out.push(...argv.slice(i))
      break
    }
    if (!VALUE_OPTIONS.has(arg)) {
      out.push(arg)
      continue
    }
    const next = argv[i + 1]
    if (next === undefined || next.startsWith('--') || FLAGS.has(next))
      throw new UsageError(`${arg} needs a value`)
    out.push(`${arg}=${next}`)
    i++
  }
  return out
}

function wholeFlag(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got "${value}"`)
  return Number(value)
}

/**
 * The file's bytes, reading no more than `max` + 1 of them: a file too large (or a device that
 * never ends) is refused by its size, not read into memory first.
 */
function readCapped(file: string, max: number): { text: string } | { problem: Problem } {
  const fd = openSync(file, 'r')
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a project file`)
    if (stat.isFile()) {
      const tooLarge = sizeProblem(stat.size, max)
      if (tooLarge) return { problem: tooLarge }
    }
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      total += n
      if (total > max) return { problem: { path: '', message: `the file holds more than ${max.toLocaleString('en-US')} bytes, the most a project file may hold` } }
    }
    return decodeProjectBytes(Buffer.concat(chunks, total))
  }
  finally {
    closeSync(fd)
  }
}

/**
 * Whether writing to `out` would write over `file`: the same file on disk (device and inode), be
 * `out` the same path, a symbolic link to it or a hard link of it. A file that does not exist yet
 * is never the project.
 */
function sameFile(out: string, file: string): boolean {
  if (resolve(out) === resolve(file)) return true
  try {
    const a = statSync(out)
    const b = statSync(file)
    return a.dev === b.dev && a.ino === b.ino
  }
  catch {
    return false
  }
}

/** Writes `data` to `path` and returns the exit status: 2, with the reason on one line, when it cannot. */
function writeOut(path: string, data: string | Uint8Array, say: (line: string) => void): number {
  try {
    writeFileSync(path, data)
    return 0
  }
  catch (e) {
    say(`budget: cannot write ${path}: ${(e as Error).message.split('\n')[0]}`)
    return 2
  }
}

/**
 * Runs the command and returns its exit status; a promise of it for `--format xlsx`, whose
 * workbook is built asynchronously.
 */
export interface RunOptions {
  /** True when the output goes to a terminal: CSV is then made harmless for it, as the table is. */
  terminal?: boolean
  /** The clock of the Monte Carlo progress (tests). */
  progress?: ProgressOptions
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, options: RunOptions = {}): number | Promise<number> {
  /** One line of stderr; text that quotes the file is made harmless for the terminal. */
  const say = (line: string) => err(`${visible(line)}\n`)
  if (argv[0] === 'import-budget') return import('./importBudget').then(m => m.importBudget(argv.slice(1), out, err))
  /** A fault of the tool, not of the file: one line, without a stack trace. */
  const fault = (e: unknown) => {
    say(`budget: unexpected error (a fault of this tool, not of the file; please report it): ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
  if (argv[0] === 'breakdown') return runBreakdown(argv.slice(1), out, err)
  try {
    let parsed
    const args = joinDashValues(argv)
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          'scenario': { type: 'string' },
          'format': { type: 'string', default: 'table' },
          'monte-carlo': { type: 'string' },
          'seed': { type: 'string' },
          'bom': { type: 'boolean' },
          'out': { type: 'string' },
          'help': { type: 'boolean', short: 'h' },
          'optimize': { type: 'boolean' },
          'iterations': { type: 'string' },
          'write': { type: 'string' },
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
    const iterations = wholeFlag(values['monte-carlo'], '--monte-carlo', 1, MAX_MONTE_CARLO_ITERATIONS)
    const seed = wholeFlag(values.seed, '--seed', 0, Number.MAX_SAFE_INTEGER) ?? 1
    if (values.seed !== undefined && iterations === undefined && !values.optimize) throw new UsageError('--seed needs --monte-carlo N or --optimize')
    const optIterations = wholeFlag(values.iterations, '--iterations', 1, 1_000_000_000)
    if ((optIterations !== undefined || values.write !== undefined) && !values.optimize) throw new UsageError(`${optIterations !== undefined ? '--iterations' : '--write'} needs --optimize`)
    if (values.write === '') throw new UsageError('--write needs a file name')
    if (iterations !== undefined && (format === 'csv' || format === 'xlsx')) throw new UsageError(`--monte-carlo works with --format table or json, not ${format}`)
    if (values.bom && format !== 'csv') throw new UsageError('--bom works with --format csv only')
    const outFile = values.out
    if (outFile === '') throw new UsageError('--out needs a file name')
    // A workbook is binary: it goes to a file, never to the terminal.
    if (format === 'xlsx' && outFile === undefined) throw new UsageError('--format xlsx needs --out FILE: a workbook is not written to the terminal')

    const file = positionals[0]!
    if (outFile !== undefined && sameFile(outFile, file)) throw new UsageError(`--out ${outFile} would overwrite the project file`)
    if (values.write !== undefined && sameFile(values.write, file)) throw new UsageError(`--write ${values.write} would overwrite the project file: write the new order to another file`)
    let read
    try {
      read = readCapped(file, MAX_PROJECT_BYTES)
    }
    catch (e) {
      if (e instanceof UsageError) throw e
      const code = (e as NodeJS.ErrnoException).code
      throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`)
    }
    const parsedProject = 'problem' in read ? { ok: false as const, problems: [read.problem] } : readProjectText(read.text)
    if (!parsedProject.ok) {
      const problems = parsedProject.problems
      const stopped = stoppedEarly(problems)
      const n = stopped ? problems.length - 1 : problems.length
      say(`${file}: ${stopped ? 'at least ' : ''}${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'}; nothing was computed`)
      // The first ones, then a count: a hostile file can break a rule a million times.
      for (const p of problems.slice(0, SHOWN_PROBLEMS)) say(formatProblem(p))
      if (n > SHOWN_PROBLEMS) say(`and ${(n - SHOWN_PROBLEMS).toLocaleString('en-US')} more problem${n - SHOWN_PROBLEMS === 1 ? '' : 's'}${stopped ? ` (${formatProblem(problems[problems.length - 1]!)})` : ''}`)
      return 2
    }
    let project = parsedProject.project
    if (values.scenario !== undefined && !project.scenarios.some(s => s.id === values.scenario))
      throw new UsageError(`no scenario "${values.scenario}" in ${file}; it has ${project.scenarios.map(s => s.id).join(', ')}`)

    if (values.optimize && !project.shoot) throw new UsageError(`--optimize needs a shoot plan: ${file} has no "shoot"`)
    const only = values.scenario
    let output: string
    let optimised: Optimised | undefined
    const runMonteCarlo = () => iterations === undefined
      ? undefined
      : monteCarloWithProgress(project, project.scenarios.filter(s => !only || s.id === only).map(s => s.id), { iterations, seed }, say, options.progress)
    try {
      if (values.optimize) {
        optimised = optimiseProject(project, { scenario: only, seed: values.seed === undefined ? undefined : seed, iterations: optIterations })
        project = optimised.project
        if (values.write !== undefined && writeOut(values.write, projectFileText(optimised), say) !== 0) return 2
      }
      const computed = computeProject(project)
      if (format === 'xlsx') {
        return budgetXlsx(project, computed, { scenarios: only ? [only] : undefined, shoot: { plans: shootPlanInputs(project, only ? [only] : undefined) } })
          .then(bytes => writeOut(outFile!, bytes, say), fault)
      }
      if (format === 'json') {
        const report = projectReport(project, { scenarios: only ? [only] : undefined }, computed)
        const mc = runMonteCarlo()
        if (mc) for (const s of report.scenarios) s.monteCarlo = monteCarloReport(mc.get(s.id)!, minorDigits(project.meta.currency))
        output = terminalSafeJson(`${JSON.stringify(optimised ? addOptimized(report, optimised) : report, null, 2)}\n`)
      }
      else if (format === 'csv') {
        output = budgetCsv(project, computed, { scenarios: only ? [only] : undefined, bom: values.bom })
        // Names are data: a terminal must show an escape sequence in one, not obey it.
        if (options.terminal && outFile === undefined) output = terminalSafeCsv(output)
      }
      else {
        const mc = runMonteCarlo()
        output = topsheet(project, computed, only, mc) + stripboards(project, computed, only) + (optimised ? optimisedLines(optimised) : '')
      }
    }
    catch (e) {
      // readProjectText refuses amounts out of the engine's range; this is a last guard.
      if (!(e instanceof RangeError)) throw e
      say(`${file}: ${e.message}; nothing was computed`)
      return 2
    }
    if (outFile !== undefined) return writeOut(outFile, output, say)
    out(output)
    return 0
  }
  catch (e) {
    if (e instanceof UsageError) {
      say(`budget: ${e.message}`)
      err(`${USAGE}\n`)
      return 2
    }
    return fault(e)
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)
if (isMain) {
  // Output piped into a command that stops reading (`| head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`budget: cannot write the output: ${e.message}\n`)
    process.exit(e.code === 'EPIPE' ? process.exitCode ?? 0 : 1)
  })
  void Promise.resolve(run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s), { terminal: process.stdout.isTTY === true }))
    .then((code) => { process.exitCode = code })
}
