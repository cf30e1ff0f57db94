/**
 * `npm run budget -- <file.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N --seed S]`
 * Exit status: 0 on success, 2 for a missing or invalid file or a bad flag, 1 for a fault of the
 * tool itself. Whatever the file holds, the answer is figures or reasons, never a stack trace.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { computeProject } from '../engine/compute'
import { formatProblem } from '../engine/validate'
import { readProjectText } from '../engine/read'
import { projectReport } from '../engine/report'
import { MAX_PROJECT_BYTES, sizeProblem } from '../engine/text'
import type { Problem } from '../engine/types'
import { MAX_MONTE_CARLO_ITERATIONS, monteCarlo } from '../engine/uncertainty'
import { budgetCsv, budgetXlsx } from '../export'
import { shootPlanInputs } from '../app/shoot/exportPlans'
import { topsheet } from './format'
import { stripboards } from './stripboard'
import { terminalSafeJson, visible } from './terminal'

const USAGE = 'usage: npm run budget -- <project.json> [--scenario ID] [--format table|json|csv|xlsx] [--bom] [--out FILE] [--monte-carlo N [--seed S]]'

class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--scenario', '--format', '--monte-carlo', '--seed', '--out'])
const FLAGS = new Set(['--help', '-h', '--bom'])

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
    return { text: Buffer.concat(chunks, total).toString('utf8') }
  }
  finally {
    closeSync(fd)
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
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  /** One line of stderr; text that quotes the file is made harmless for the terminal. */
  const say = (line: string) => err(`${visible(line)}\n`)
  /** A fault of the tool, not of the file: one line, without a stack trace. */
  const fault = (e: unknown) => {
    say(`budget: unexpected error (a fault of this tool, not of the file; please report it): ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
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
    if (values.seed !== undefined && iterations === undefined) throw new UsageError('--seed needs --monte-carlo N')
    if (iterations !== undefined && (format === 'csv' || format === 'xlsx')) throw new UsageError(`--monte-carlo works with --format table or json, not ${format}`)
    if (values.bom && format !== 'csv') throw new UsageError('--bom works with --format csv only')
    const outFile = values.out
    if (outFile === '') throw new UsageError('--out needs a file name')
    // A workbook is binary: it goes to a file, never to the terminal.
    if (format === 'xlsx' && outFile === undefined) throw new UsageError('--format xlsx needs --out FILE: a workbook is not written to the terminal')

    const file = positionals[0]!
    if (outFile !== undefined && resolve(outFile) === resolve(file)) throw new UsageError(`--out ${outFile} would overwrite the project file`)
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
      const n = parsedProject.problems.length
      say(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was computed`)
      for (const p of parsedProject.problems) say(formatProblem(p))
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
        return budgetXlsx(project, computed, { scenarios: only ? [only] : undefined, shoot: { plans: shootPlanInputs(project, only ? [only] : undefined) } })
          .then(bytes => writeOut(outFile!, bytes, say), fault)
      }
      if (format === 'json') {
        const report = projectReport(project, {
          scenarios: only ? [only] : undefined,
          monteCarlo: iterations ? { iterations, seed } : undefined,
        }, computed)
        output = terminalSafeJson(`${JSON.stringify(report, null, 2)}\n`)
      }
      else if (format === 'csv') {
        output = budgetCsv(project, computed, { scenarios: only ? [only] : undefined, bom: values.bom })
      }
      else {
        const mc = iterations
          ? new Map(project.scenarios.filter(s => !only || s.id === only).map(s => [s.id, monteCarlo(project, s, { iterations, seed })]))
          : undefined
        output = topsheet(project, computed, only, mc) + stripboards(project, computed, only)
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
  void Promise.resolve(run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s)))
    .then((code) => { process.exitCode = code })
}
