import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { parseProject } from '../../src/engine/validate'
import { GBK_TEXT, MMB_CSV, chineseXlsx, gbk } from '../import/fixtures'

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await run(['import-budget', ...argv], (s) => { out += s }, (s) => { err += s })
  return { code, out, err }
}

let dir = ''
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'import-budget-')) })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('npm run budget -- import-budget', () => {
  it('writes the project and prints what it found, the totals check and the rows not read', async () => {
    const src = file('night-shift.csv', MMB_CSV)
    const outFile = join(dir, 'night-shift.json')
    const r = await cli(src, '--out', outFile)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toBe([
      `Sheet "night-shift" (CSV UTF-8, separator ,), header on row 3`,
      'Currency: USD (from the sheet\'s marks)',
      'Found: 4 lines in 2 sections, 1 markup; total 30,360.00 USD',
      'Sheet totals against the computed ones:',
      '  row 7  Account Total for 1100: sheet 8,000.00, computed 8,000.00  ok',
      '  row 12  Account Total for 1200: sheet 19,600.00, computed 19,600.00  ok',
      '  row 14  TOTAL: sheet 30,360.00, computed 30,360.00  ok',
      'Rows not read (1):',
      '  row 11 "Stunt double": Amount: "TBD" is not a number: not read',
      `Wrote ${outFile}`,
      '',
    ].join('\n'))
    const project = JSON.parse(readFileSync(outFile, 'utf8'))
    expect(parseProject(project).ok).toBe(true)
    expect(project.scenarios).toEqual([{ id: 'baseline', name: 'Traditional', baseline: true, adoption: {} }])
    expect(project.lines.map((l: { code: string }) => l.code)).toEqual(['1101', '1102', '1201', '1202'])
  })

  it('shows a difference and the line it comes from', async () => {
    const src = file('wrong.xlsx', await chineseXlsx({ wrongTotal: true }))
    const r = await cli(src, '--sheet', '预算')
    expect(r.code).toBe(0)
    expect(r.out).toContain('  row 9  小计: sheet 81,000.00, computed 80,600.00  differs by -400.00\n    row 8  配角: sheet 26,000.00, computed 25,600.00\n')
    expect(r.out).toContain('Give --out FILE to write the project.')
  })

  it('--format json gives the summary, with the project when there is no --out', async () => {
    const r = await cli(file('gbk.csv', gbk(GBK_TEXT)), '--format', 'json')
    expect(r.code).toBe(0)
    const data = JSON.parse(r.out)
    expect(data).toMatchObject({ currency: 'CNY', currencyFrom: 'sheet', lines: 3, sections: 2, markups: 1, total: 68340, notRead: [], out: null })
    expect(data.checks).toEqual([
      { row: 7, label: '后期小计', sheet: 47000, computed: 47000, lines: [] },
      { row: 9, label: '总计', sheet: 68340, computed: 68340, lines: [] },
    ])
    expect(data.project.meta.currency).toBe('CNY')
  })

  it('asks for the currency when the sheet shows none, and takes --currency', async () => {
    const src = file('plain.csv', 'Description,Qty,Rate\nEditor,10,300\n')
    const r = await cli(src)
    expect(r.code).toBe(2)
    expect(r.err).toBe(`budget import-budget: ${src}: the sheet shows no currency mark (¥, $, 元, USD…): give --currency CODE\n`)
    const given = await cli(src, '--currency', 'eur')
    expect(given.code).toBe(0)
    expect(given.out).toContain('Currency: EUR (as given)\nFound: 1 line in 1 section, 0 markups; total 3,000.00 EUR\n')
  })

  it('exits 2 with a reason for a file that is not a budget', async () => {
    const notes = await cli(file('notes.csv', 'hello,world\n1,2\n'))
    expect(notes.code).toBe(2)
    expect(notes.err).toMatch(/notes\.csv is not a budget: no header row found in sheet "notes"/)
    const fake = await cli(file('fake.xlsx', 'not a zip'))
    expect(fake.code).toBe(2)
    expect(fake.err).toMatch(/fake\.xlsx is not a budget: the file cannot be read: not an XLSX file/)
    expect((await cli(join(dir, 'missing.csv'))).err).toMatch(/no such file/)
    const flag = await cli(src(), '--format', 'csv')
    expect(flag.code).toBe(2)
    expect(flag.err).toMatch(/--format must be table or json, got "csv"\nusage: /)
    function src() { return file('x.csv', MMB_CSV) }
  })
})
