/**
 * Hostile files for the command line and the CSV export (issue 14, "Files never lost"): each is
 * refused in words with where and why, or written so that no program runs what it holds.
 */
import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import type { RunOptions } from '../../src/cli/main'
import { terminalSafeCsv } from '../../src/cli/terminal'
import { computeProject } from '../../src/engine/compute'
import { readProjectText } from '../../src/engine/read'
import { MAX_PROBLEMS, STOPPED } from '../../src/engine/problems'
import { budgetCsv } from '../../src/export'
import { codeCell } from '../../src/export/csv'
import type { Project } from '../../src/engine/types'
import { fixtureJson } from '../support/builders'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw project files */

let dir = ''
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'budget-hostile-')) })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
function cli(argv: string[], options: RunOptions = {}) {
  let out = ''
  let err = ''
  const code = run(argv, (s) => { out += s }, (s) => { err += s }, options)
  if (typeof code !== 'number') throw new Error('expected a synchronous run')
  return { code, out, err }
}
const fixtureText = () => JSON.stringify(fixtureJson())

describe('--out never writes over the project file', () => {
  it.each(['symlink', 'hard link'])('refuses an --out that is a %s to the project', (kind) => {
    const project = file(`p-${kind}.json`, fixtureText())
    const link = join(dir, `link-${kind}.csv`)
    if (kind === 'symlink') symlinkSync(project, link)
    else linkSync(project, link)
    const r = cli([project, '--format', 'csv', '--out', link])
    expect(r.code).toBe(2)
    expect(r.err.split('\n')[0]).toBe(`budget: --out ${link} would overwrite the project file`)
    expect(readFileSync(project, 'utf8')).toBe(fixtureText())
  })

  it('still writes a new file, and another existing one', () => {
    const project = file('p-other.json', fixtureText())
    const other = file('other.csv', 'old')
    expect(cli([project, '--format', 'csv', '--out', other]).code).toBe(0)
    expect(readFileSync(other, 'utf8')).toMatch(/^Section code,/)
  })
})

describe('a million problems', () => {
  // 125,000 empty lines, each missing its 8 fields: 1,000,000 problems
  const text = () => fixtureText().replace(/"lines":\[.*?\],"markups"/, `"lines":[${Array(125_000).fill('{}').join(',')}],"markups"`)

  it('stops collecting after the first 1,000, and says so', () => {
    const read = readProjectText(text())
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(read.problems[0]).toEqual({ path: 'lines[0].id', message: 'is required' })
    expect(read.problems.at(-1)).toEqual(STOPPED)
  })

  it('prints the first 100 on the command line, then how many more', () => {
    const path = file('million.json', text())
    const r = cli([path])
    expect(r.code).toBe(2)
    const lines = r.err.trimEnd().split('\n')
    expect(lines[0]).toBe(`${path}: at least 1,000 problems; nothing was computed`)
    expect(lines).toHaveLength(102)
    expect(lines[101]).toBe(`and 900 more problems (${STOPPED.message})`)
  }, 20_000)

  it('names every problem of a small file, as before', () => {
    const doc = fixtureJson() as any
    doc.lines.push({}, {})
    const read = readProjectText(JSON.stringify(doc))
    expect(!read.ok && read.problems.filter(p => p.path.startsWith('lines[3]')).length).toBe(8)
  })
})

describe('encodings', () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = bigEndian ? 0xfe : 0xff
    bytes[1] = bigEndian ? 0xff : 0xfe
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff
      bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8
    }
    return bytes
  }

  it.each([false, true])('reads UTF-16 with its byte-order mark (big-endian: %s), Chinese names included', (bigEndian) => {
    const doc = fixtureJson() as any
    doc.meta.title = '重生之千金归来'
    const r = cli([file(`utf16-${bigEndian}.json`, utf16(JSON.stringify(doc), bigEndian)), '--format', 'json'])
    expect(r.err).toBe('')
    const json = JSON.parse(r.out)
    expect(json.title).toBe('重生之千金归来')
    expect(json.scenarios[1].total).toBe(124916.3)
  })

  it('refuses a Latin-1 file, naming the encoding and where', () => {
    const doc = fixtureJson() as any
    doc.meta.title = 'Café résumé'
    const latin1 = Uint8Array.from(JSON.stringify(doc), c => c.charCodeAt(0))
    const path = file('latin1.json', latin1)
    const at = JSON.stringify(doc).indexOf('é')
    const r = cli([path])
    expect(r.code).toBe(2)
    expect(r.err).not.toContain('�')
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${path}: 1 problem; nothing was computed`,
      `not UTF-8 text: byte 0xE9 at line 1, column ${at + 1} (byte ${at}) is not UTF-8; the file is probably in another encoding (Latin-1, Windows-1252, GBK…). Save it as UTF-8 and open it again`,
    ])
  })

  it('refuses a UTF-16 file cut in the middle of a character', () => {
    const r = cli([file('odd.json', Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]))])
    expect(r.err).toContain('not UTF-16LE text: the file starts with a UTF-16 byte-order mark but holds an odd number of bytes')
  })
})

describe('numbers beyond the exact range', () => {
  it.each([
    [2 ** 31, '2147483648'],
    [1e300, '1e+300'],
    [-(2 ** 31), '-2147483648'],
  ])('refuses a lag of %d with its path', (lag, shown) => {
    const doc = fixtureJson() as any
    doc.phases[1].lag = lag
    const read = readProjectText(JSON.stringify(doc))
    expect(read.ok ? [] : read.problems).toEqual([{ path: 'phases[1].lag', message: `out of range: ${shown} days; a lag is at most 2,147,483,647 days either way` }])
  })

  it('refuses a lag out of range in a scenario\'s overrides, naming it there', () => {
    const doc = fixtureJson() as any
    doc.scenarios[1].overrides.phases = { ...doc.scenarios[1].overrides.phases, prep: { lag: 1e300 } }
    const read = readProjectText(JSON.stringify(doc))
    expect(read.ok ? [] : read.problems).toEqual([{ path: 'scenarios[1].overrides.phases.prep.lag', message: 'out of range: 1e+300 days; a lag is at most 2,147,483,647 days either way' }])
  })

  it('refuses a schedule that ends past 2^31 − 1 days (and so past 2^53), made of phases each in range', () => {
    const doc = fixtureJson() as any
    // script 2^31 − 1 days, a lag of 2^31 − 1, prep 2^31 − 1 days, a lag of 2^31 − 1: 4 × (2^31 − 1) = 8,589,934,588 days
    doc.phases = [
      { id: 'script', name: 'Script', days: 2 ** 31 - 1 },
      { id: 'prep', name: 'Prep', days: 2 ** 31 - 1, after: ['script'], lag: 2 ** 31 - 1 },
      { id: 'shoot', name: 'Shoot', days: 0, after: ['prep'], lag: 2 ** 31 - 1 },
      { id: 'post', name: 'Post', days: 0, after: ['shoot'] },
    ]
    doc.lines.forEach((l: any) => { l.qty = 1 })
    doc.scenarios[1].overrides.phases = {}
    doc.levers[0].phaseDays = {}
    const read = readProjectText(JSON.stringify(doc))
    expect(read.ok ? [] : read.problems).toEqual([{ path: 'phases', message: 'out of range: the phases end after 8,589,934,588 calendar days; a schedule lasts at most 2,147,483,647 days' }])
  })
})

describe('CSV to a terminal', () => {
  it('shows ESC, BEL, carriage returns and bidi marks as escapes, keeping rows and tabs', () => {
    const doc = fixtureJson() as any
    doc.sections[0].name = 'Crew\u001b]0;pwned\u0007\u001b[2J'
    doc.lines[0].name = 'DP\u202eevil\rover'
    const path = file('ansi-csv.json', JSON.stringify(doc))
    const toTerminal = cli([path, '--format', 'csv'], { terminal: true })
    expect(toTerminal.code).toBe(0)
    expect(toTerminal.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(toTerminal.out).toContain('Crew\\x1b]0;pwned\\x07\\x1b[2J')
    expect(toTerminal.out).toContain('"DP\\u202eevil\\rover"')
    // a pipe or a file gets the cells as they are
    const piped = cli([path, '--format', 'csv'])
    expect(piped.out).toContain('Crew\u001b]0;pwned\u0007\u001b[2J')
    expect(terminalSafeCsv('a\tb\n')).toBe('a\tb\n')
  })
})

describe('CSV for spreadsheets', () => {
  const csvOf = (edit: (doc: any) => void) => {
    const doc = fixtureJson() as any
    edit(doc)
    const p = doc as Project
    return budgetCsv(p, computeProject(p))
  }
  /** Cells as a spreadsheet in a `;` locale splits them. */
  const semicolonCells = (csv: string) => (Papa.parse<string[]>(csv, { delimiter: ';' }).data).flat()
  const FORMULA = /^[=+\-@\t\r]/

  it.each([
    'Crew;=HYPERLINK("http://x","click")',
    'Crew; =1+1',
    'Crew;+cmd|\'/C calc\'!A0',
    'Crew;-2+3',
    'Crew;@SUM(A1)',
    'a;b;=1',
  ])('neutralises a formula after a ";" inside a name: %s', (name) => {
    const csv = csvOf((doc) => { doc.sections[0].name = name; doc.lines[0].name = name })
    for (const cell of semicolonCells(csv)) expect(cell.trimStart()).not.toMatch(/^[=+@]|^-[^\d]/)
    // and the comma reading still gives the name, only a ' before what would start a formula
    const cells = Papa.parse<string[]>(csv).data[1]!
    expect(cells[1]!.replace(/;( *)'/g, ';$1')).toBe(name)
  })

  it.each(['01', '04.10', '1E5', '3-5', '1/2', '12:30', 'true'])('keeps the account code %s as text: a leading tab, never a formula', (c) => {
    const csv = csvOf((doc) => { doc.sections[0].code = c; doc.lines[0].code = c })
    const row = Papa.parse<string[]>(csv).data[1]!
    expect(row[0]).toBe(`\t${c}`)
    expect(row[2]).toBe(`\t${c}`)
    expect(csv).not.toContain('="')
  })

  it.each(['=1+1', '\t=1+1', '+1', '-1', '@x', 'A-100', '2000-ATL'])('a code that is not a plain number is a neutralised text cell: %s', (c) => {
    const csv = csvOf((doc) => { doc.lines[0].code = c })
    const cell = Papa.parse<string[]>(csv).data[1]![2]!
    // a cell starts with a tab only when a number follows: a program that trims it finds no formula
    if (cell.startsWith('\t')) expect(cell.slice(1)).toMatch(/^\d/)
    else expect(cell).not.toMatch(FORMULA)
    expect(cell.startsWith('\'') || cell.startsWith('\t') ? cell.slice(1) : cell).toBe(c)
  })
})

describe('CSV cells, for any text (property)', () => {
  const FORMULA_START = /^[=+\-@\t\r]/
  /** Text rich in what starts formulas and splits cells. */
  const hostileText = fc.array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ';', ' ', '"', ',', '0', '1', '.', 'a', 'E', '\n'), { maxLength: 12 }).map(a => a.join(''))

  it('no cell a spreadsheet reads, with "," or ";" as separator, starts a formula', () => {
    fc.assert(fc.property(hostileText, hostileText, (name, code) => {
      const doc = fixtureJson() as any
      doc.sections[0].name = name
      doc.lines[0].name = name
      doc.lines[0].code = code.slice(0, 20)
      const p = doc as Project
      const csv = budgetCsv(p, computeProject(p))
      // With ",", the quotes hold; with ";", a spreadsheet sees quotes only at a cell's start, so
      // the worst case is that it sees none: rows split at every line break, cells at every ";".
      const commaCells = Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat()
      const semicolonCells = csv.split(/\r\n|\r|\n/).flatMap(r => r.split(';'))
      // an amount written bare (`-2500.00`) is a number, not a formula
      const number = /^-?\d+(\.\d+)?$/
      // (Calc reads " =1" as text; spaces after a ";" are taken as the worst case all the same)
      const rowStarts = semicolonCells.filter(c => !number.test(c.split(',')[0]!)).map(c => c.trimStart())
      for (const cells of [commaCells, rowStarts]) {
        for (const cell of cells.filter(c => !number.test(c))) {
          // a leading tab only ever comes before a digit, a decimal mark or TRUE / FALSE: a
          // program that trims it finds no formula
          expect(cell.replace(/^\t(?=[\d.,]|true|false)/i, '')).not.toMatch(FORMULA_START)
        }
      }
    }), { numRuns: 200 })
  })

  it('a code keeps its characters: only a leading tab or \' is added', () => {
    fc.assert(fc.property(hostileText, (code) => {
      const cell = codeCell(code)
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
      expect([code, `\t${code}`, `'${code}`]).toContain(unquoted.replace(/([;\r\n])( *)'/g, '$1$2'))
    }), { numRuns: 300 })
  })
})

describe('Monte Carlo from the command line', () => {
  it('says how long a long run will take, then its progress, on stderr', () => {
    // A clock that moves one second per reading: every slice seems slow.
    let t = 0
    const now = () => (t += 1000)
    const r = cli([file('mc.json', fixtureText()), '--format', 'json', '--monte-carlo', '300', '--seed', '5'], { progress: { now, everyMs: 1 } })
    expect(r.code).toBe(0)
    const lines = r.err.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^budget: Monte Carlo of 600 iterations \(2 scenarios × 300\) will take about \d+ (s|min \d+ s); Ctrl\+C stops it$/)
    expect(lines.slice(1, -1).every(l => /^budget: Monte Carlo \d+% done \(scenario "\w+"\), about .+ left$/.test(l))).toBe(true)
    expect(lines.at(-1)).toMatch(/^budget: Monte Carlo done in /)
    // the figures are those of a run without progress
    const quiet = cli([file('mc.json', fixtureText()), '--format', 'json', '--monte-carlo', '300', '--seed', '5'])
    expect(quiet.err).toBe('')
    expect(JSON.parse(r.out)).toEqual(JSON.parse(quiet.out))
  })
})
