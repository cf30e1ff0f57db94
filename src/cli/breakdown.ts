/**
 * `npm run budget -- breakdown SCRIPT [--format table|json|csv] [--minutes-per-episode M]
 *  [--chars-per-minute N] [--words-per-minute N] [--into PROJECT --out FILE [--phase ID]]`
 *
 * Reads a script (Chinese, Fountain, Final Draft, Word; see src/script) into its breakdown and
 * prints it, or with --into writes the project with the breakdown, a shoot plan and a budget line
 * per cast member and location added. Exit status: 0 when read, 2 for a file that is not a script,
 * a bad flag or an invalid project, 1 for a fault of the tool.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readProjectText } from '../engine/read'
import { csvText } from '../export/cells'
import { formatProblem } from '../engine/validate'
import { applyBreakdown } from '../script/apply'
import { MAX_SCRIPT_BYTES, readScriptBytes, refusal } from '../script'
import type { MinutesRule, ScriptRead } from '../script'
import { terminalSafeJson, visible } from './terminal'

export const BREAKDOWN_USAGE = 'usage: npm run budget -- breakdown <script> [--format table|json|csv] [--minutes-per-episode M | --chars-per-minute N | --words-per-minute N] [--into <project.json> --out <file> [--phase ID]]'

class UsageError extends Error {}

function positiveFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 10_000) throw new UsageError(`${flag} must be a number above 0 and at most 10,000, got "${value}"`)
  return n
}

function readBytes(file: string): Uint8Array | 'tooLarge' {
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a script`)
    size = stat.size
  }
  catch (e) {
    if (e instanceof UsageError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`)
  }
  if (size > MAX_SCRIPT_BYTES) return 'tooLarge'
  return new Uint8Array(readFileSync(file))
}

const VALUE_OPTIONS = new Set(['--format', '--minutes-per-episode', '--chars-per-minute', '--words-per-minute', '--into', '--out', '--phase'])

/** `--minutes-per-episode -1` is that option with the value -1 (parseArgs would call it ambiguous). */
function dashValues(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if (VALUE_OPTIONS.has(arg) && next !== undefined && /^-\d|^-\.\d/.test(next)) { out.push(`${arg}=${next}`); i++ }
    else out.push(arg)
  }
  return out
}

/** A CSV text cell, made safe to open in a spreadsheet as the app's exports are. */
const csvCell = csvText

function rows(read: ScriptRead): { scene: ScriptRead['scenes'][number], location: string, cast: string[] }[] {
  const loc = new Map(read.locations.map(l => [l.id, l.name]))
  const cast = new Map(read.cast.map(c => [c.id, c.name]))
  return read.scenes.map(s => ({ scene: s, location: loc.get(s.location) ?? s.location, cast: s.cast.map(c => cast.get(c) ?? c) }))
}

function counts(read: ScriptRead): string {
  const episodes = new Set(read.scenes.map(s => s.episode)).size
  const minutes = read.scenes.reduce((sum, s) => sum + s.minutes, 0)
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`
  return `${n(read.scenes.length, 'scene')} in ${n(episodes, 'episode')}, ${n(read.locations.length, 'location')}, ${n(read.cast.length, 'cast member')}, ${minutes.toFixed(2)} minutes`
}

function problemLines(read: ScriptRead): string[] {
  return read.problems.map(p => visible(`line ${p.line}: ${p.text} — ${p.message}`))
}

function table(read: ScriptRead): string {
  const out = [visible(read.title ? `${read.title}: ${counts(read)}` : counts(read)), '']
  out.push(`${'Scene'.padEnd(8)}${'Ep'.padStart(4)}  ${'Time'.padEnd(6)}${'Setting'.padEnd(9)}${'Min'.padStart(6)}  Location — cast`)
  for (const r of rows(read)) {
    const s = r.scene
    out.push(visible(`${s.number.padEnd(8)}${String(s.episode).padStart(4)}  ${s.time.padEnd(6)}${s.setting.padEnd(9)}${s.minutes.toFixed(2).padStart(6)}  ${r.location}${r.cast.length ? ` — ${r.cast.join(', ')}` : ''}`))
  }
  if (read.problems.length > 0) out.push('', `${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}:`, ...problemLines(read).map(l => `  ${l}`))
  return out.join('\n') + '\n'
}

function csv(read: ScriptRead): string {
  const out = ['id,episode,number,time,setting,location,cast,minutes,summary']
  for (const r of rows(read)) {
    const s = r.scene
    out.push([s.id, String(s.episode), s.number, s.time, s.setting, r.location, r.cast.join(', '), String(s.minutes), s.summary ?? ''].map(csvCell).join(','))
  }
  return out.join('\n') + '\n'
}

function json(read: ScriptRead): string {
  const problems = read.problems.map(p => ({ line: p.line, text: p.text, message: p.message, placed: p.placed }))
  return terminalSafeJson(`${JSON.stringify({ locations: read.locations, cast: read.cast, scenes: read.scenes, problems }, null, 2)}\n`)
}

export function runBreakdown(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const say = (line: string) => err(`${visible(line)}\n`)
  try {
    let parsed
    try {
      parsed = parseArgs({
        args: dashValues(argv),
        allowPositionals: true,
        options: {
          'format': { type: 'string', default: 'table' },
          'minutes-per-episode': { type: 'string' },
          'chars-per-minute': { type: 'string' },
          'words-per-minute': { type: 'string' },
          'into': { type: 'string' },
          'out': { type: 'string' },
          'phase': { type: 'string' },
          'help': { type: 'boolean', short: 'h' },
        },
      })
    }
    catch (e) {
      throw new UsageError((e as Error).message.split('\n')[0]!)
    }
    const { values, positionals } = parsed
    if (values.help) { out(`${BREAKDOWN_USAGE}\n`); return 0 }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no script given' : `one script expected, got ${positionals.length}`)
    const format = values.format
    if (format !== 'table' && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be table, json or csv, got "${format}"`)
    const perEpisode = positiveFlag(values['minutes-per-episode'], '--minutes-per-episode')
    const cpm = positiveFlag(values['chars-per-minute'], '--chars-per-minute')
    const wpm = positiveFlag(values['words-per-minute'], '--words-per-minute')
    if (perEpisode !== undefined && (cpm !== undefined || wpm !== undefined)) throw new UsageError('--minutes-per-episode shares an episode\'s minutes; --chars-per-minute and --words-per-minute set a fixed rate instead: give one or the other')
    if ((values.into === undefined) !== (values.out === undefined)) throw new UsageError(values.into === undefined ? '--out needs --into PROJECT' : '--into needs --out FILE')
    if (values.phase !== undefined && values.into === undefined) throw new UsageError('--phase needs --into PROJECT')
    const file = positionals[0]!
    if (values.out !== undefined && [file, values.into].some(f => f !== undefined && resolve(f) === resolve(values.out!)))
      throw new UsageError(`--out ${values.out} would overwrite ${resolve(values.out) === resolve(file) ? 'the script' : 'the project file'}`)

    let project = null
    if (values.into !== undefined) {
      let text: string
      try { text = readFileSync(values.into, 'utf8') }
      catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        throw new UsageError(code === 'ENOENT' ? `no such file: ${values.into}` : `cannot read ${values.into}: ${(e as Error).message.split('\n')[0]}`)
      }
      const read = readProjectText(text)
      if (!read.ok) {
        say(`${values.into}: ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}; nothing was written`)
        for (const p of read.problems) say(formatProblem(p))
        return 2
      }
      project = read.project
      if (values.phase !== undefined && !project.phases.some(p => p.id === values.phase))
        throw new UsageError(`no phase "${values.phase}" in ${values.into}; it has ${project.phases.map(p => p.id).join(', ')}`)
    }
    const rule: MinutesRule = cpm !== undefined || wpm !== undefined
      ? { mode: 'rate', charsPerMinute: cpm, wordsPerMinute: wpm }
      : perEpisode !== undefined || project
        ? { mode: 'share', minutesPerEpisode: perEpisode ?? project!.meta.minutesPerEpisode }
        : { mode: 'rate' }

    const bytes = readBytes(file)
    const read = bytes === 'tooLarge' ? { refused: refusal('tooLarge') } as ScriptRead : readScriptBytes(bytes, file, { minutes: rule })
    if (read.refused) {
      say(`${file}: ${read.refused.message}`)
      return 2
    }
    if (project) {
      const { project: next, summary } = applyBreakdown(project, read, { phase: values.phase })
      try { writeFileSync(values.out!, `${JSON.stringify(next, null, 2)}\n`) }
      catch (e) {
        say(`budget: cannot write ${values.out}: ${(e as Error).message.split('\n')[0]}`)
        return 2
      }
      const refused = summary.planRefused?.map(id => `"${id}"`).join(', ')
      const plan = summary.shoot
        ? `; a shoot plan on phase "${summary.shoot.phase}" at ${summary.shoot.hoursPerMinute} shoot hours per screen minute`
        : project.shoot ? '; the project\'s shoot plan kept'
          : refused ? `; no shoot plan, as scenario ${refused} sets the shooting phase's days (remove that override, then add the breakdown again)`
            : '; no shoot plan (no phase called shooting: name one with --phase)'
      out(visible(`${counts(read)}. Added to ${values.into} and written to ${values.out}: ${summary.scenes} new scenes${summary.replaced ? ` (${summary.replaced} replaced)` : ''}, ${summary.locations} new locations, ${summary.cast} new cast members, ${summary.lines} budget lines at rate 0${plan}.`) + '\n')
      if (read.problems.length > 0) for (const l of problemLines(read)) err(`${l}\n`)
      return 0
    }
    if (format === 'json') out(json(read))
    else if (format === 'csv') {
      out(csv(read))
      for (const l of problemLines(read)) err(`${l}\n`)
    }
    else out(table(read))
    return 0
  }
  catch (e) {
    if (e instanceof UsageError) {
      say(`budget: ${e.message}`)
      err(`${BREAKDOWN_USAGE}\n`)
      return 2
    }
    say(`budget: unexpected error (a fault of this tool, not of the file; please report it): ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}
