import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { readProjectText } from '../../src/engine/read'
import { FIXTURE_PATH } from '../support/builders'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output */

const root = resolve(import.meta.dirname, '../..')
const SCRIPTS = resolve(root, 'tests/fixtures/scripts')
const script = (name: string) => join(SCRIPTS, name)
const NOT_A_SCRIPT = /^[^\n]+: This is not a script: [^\n]+; a script has scene headings such as "1-1 日 内 咖啡厅" or "INT. COFFEE SHOP - DAY"\.\n$/

function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = run(['breakdown', ...argv], (s) => { out += s }, (s) => { err += s })
  if (typeof code !== 'number') throw new Error('expected a synchronous run')
  return { code, out, err }
}

let dir = ''
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'budget-breakdown-')) })
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('breakdown SCRIPT', () => {
  it('prints the breakdown as JSON, scenes exactly as MODEL.md §6 has them', () => {
    const r = cli(script('zh-dash.txt'), '--format', 'json', '--minutes-per-episode', '1.5')
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const doc = JSON.parse(r.out) as any
    expect(Object.keys(doc)).toEqual(['locations', 'cast', 'scenes', 'problems'])
    expect(doc.locations).toEqual([{ id: 'loc1', name: '咖啡厅' }, { id: 'loc2', name: '沈家别墅门口' }, { id: 'loc3', name: '陆氏集团 总裁办公室' }])
    expect(doc.cast).toEqual([{ id: 'c1', name: '林夏', pay: 'span' }, { id: 'c2', name: '陆乘', pay: 'span' }, { id: 'c3', name: '助理小王', pay: 'span' }])
    expect(doc.scenes[0]).toEqual({ id: 'e1s1', episode: 1, number: '1-1', time: 'day', setting: 'int', location: 'loc1', cast: ['c1', 'c2'], minutes: 0.82, summary: '林夏擦着咖啡杯，门铃响起。' })
    // each episode's scenes share its 1.5 minutes exactly
    const sum = (e: number) => doc.scenes.filter((s: any) => s.episode === e).reduce((a: number, s: any) => a + Math.round(s.minutes * 100), 0)
    expect([sum(1), sum(2)]).toEqual([150, 150])
    expect(doc.problems).toEqual([])
  })

  it('prints a table with the counts, and the problems with their line numbers', () => {
    const r = cli(script('short.fountain'), '--words-per-minute', '100')
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe('The Offer: 4 scenes in 2 episodes, 4 locations, 2 cast members, 0.23 minutes')
    // scene 1: 7 words of action and 3 + 3 of dialogue (not the cues, not "(quietly)") at 100 a minute
    expect(lines[3]).toBe('1          1  day   int        0.13  COFFEE SHOP — LEO, MAYA')
    expect(r.out).toContain('2 problems:\n  line 34: .FLASHBACK - HOSPITAL — no time of day (日/夜, DAY/NIGHT) in the heading; taken as day\n')
  })

  it('prints CSV with names, the problems going to stderr', () => {
    const r = cli(script('short.fdx'), '--format', 'csv')
    expect(r.code).toBe(0)
    // at 180 words a minute: 7 + 4 + 2 = 13 words → 0.07; 5 + 1 = 6 words → 0.03
    expect(r.out.split('\n').slice(0, 3)).toEqual([
      'id,episode,number,time,setting,location,cast,minutes,summary',
      'e1s1,1,1,day,int,COFFEE SHOP,"LEO, MAYA",0.07,Maya wipes the counter. The bell rings.',
      'e1s2,1,2,night,ext,CITY STREET,LEO,0.03,Rain. Leo runs after her.',
    ])
    expect(r.err).toBe('')
  })

  it('writes CSV that a spreadsheet cannot run: a summary or a name that starts a formula is neutralised', () => {
    const file = join(dir, 'hostile.fountain')
    writeFileSync(file, 'INT. =HYPERLINK("x") - DAY\n\n@SUM(A1) opens the door.\n\nMAYA\nHello.\n')
    const r = cli(file, '--format', 'csv')
    expect(r.code).toBe(0)
    const row = r.out.split('\n')[1]!
    expect(row).toContain(',"\'=HYPERLINK(""x"")",')
    expect(row).toContain(',\'@SUM(A1) opens the door.')
  })

  it('adds the breakdown to a project with --into, and the project reads back', () => {
    // the example's scenario "ai" sets the shoot phase's days, which a plan's phase may not have (§6)
    const before = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as any
    const refusedOut = join(dir, 'no-plan.json')
    const refused = cli(script('zh-dash.txt'), '--into', FIXTURE_PATH, '--out', refusedOut)
    expect(refused.code).toBe(0)
    expect(refused.out).toContain('6 budget lines at rate 0; no shoot plan, as scenario "ai" sets the shooting phase\'s days (remove that override, then add the breakdown again).')
    const noPlan = JSON.parse(readFileSync(refusedOut, 'utf8')) as any
    expect(noPlan.shoot).toBeUndefined()
    expect(noPlan.scenarios).toEqual(before.scenarios)
    expect(readProjectText(JSON.stringify(noPlan)).ok).toBe(true)
    // without that override, the plan is added
    delete before.scenarios[1].overrides.phases
    const plain = join(dir, 'model-example.json')
    writeFileSync(plain, JSON.stringify(before))
    const out = join(dir, 'with-breakdown.json')
    const r = cli(script('zh-dash.txt'), '--into', plain, '--out', out)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^4 scenes in 2 episodes, 3 locations, 3 cast members, 3\.00 minutes\. Added to .*model-example\.json and written to .*with-breakdown\.json: 4 new scenes, 3 new locations, 3 new cast members, 6 budget lines at rate 0; a shoot plan on phase "shoot" at \d+(\.\d+)? shoot hours per screen minute\.\n$/)
    const doc = JSON.parse(readFileSync(out, 'utf8')) as any
    // the project's minutes per episode (1.5) are shared
    expect(doc.scenes.map((s: any) => s.minutes)).toEqual([0.82, 0.68, 1.1, 0.4])
    expect(doc.shoot).toMatchObject({ phase: 'shoot', hoursPerDay: 12, moveHours: 1, order: ['e1s1', 'e1s2', 'e2s1', 'e2s2'] })
    // the lines go after the last line of the project's own Cast section (as the Breakdown view's
    // "Add cast lines" puts them, unified in integ15), the locations in a new section at the end
    const follows = (l: any) => typeof l.qty === 'object' && /^(cast|location):/.test(l.qty.of)
    const added = doc.lines.filter(follows)
    expect(added.map((l: any) => [l.section, l.name, l.qty.of, l.rate])).toEqual([
      ['cast', '林夏', 'cast:c1', 0], ['cast', '陆乘', 'cast:c2', 0], ['cast', '助理小王', 'cast:c3', 0],
      ['locations', '咖啡厅', 'location:loc1', 0], ['locations', '沈家别墅门口', 'location:loc2', 0], ['locations', '陆氏集团 总裁办公室', 'location:loc3', 0],
    ])
    // everything the project had is still there
    expect(doc.lines.filter((l: any) => !follows(l))).toEqual(before.lines)
    expect(doc.lines.findIndex(follows)).toBe(before.lines.findLastIndex((l: any) => l.section === 'cast') + 1)
    expect(doc.scenarios).toEqual(before.scenarios)
    // the file is one the tool reads, lines following cast: and location: days included
    expect(readProjectText(JSON.stringify(doc)).ok).toBe(true)
  })

  it('refuses what is not a script with exit 2, one sentence and a heading example', () => {
    const letter = join(dir, 'letter.txt')
    writeFileSync(letter, 'Dear producer,\nplease read my idea.\n')
    const r1 = cli(letter)
    expect(r1.code).toBe(2)
    expect(r1.out).toBe('')
    expect(r1.err).toMatch(NOT_A_SCRIPT)
    expect(r1.err).toContain('no scene heading was found in it')
    const binary = join(dir, 'image.png')
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3]))
    expect(cli(binary).err).toMatch(NOT_A_SCRIPT)
    const huge = join(dir, 'huge.txt')
    const fd = openSync(huge, 'w')
    writeFileSync(fd, 'x', { flag: 'r+' })
    closeSync(fd)
    // a sparse file of 20 MB and one byte: refused by its size before it is read
    spawnSync('truncate', ['-s', '20000001', huge])
    const r3 = cli(huge)
    expect(r3.code).toBe(2)
    expect(r3.err).toMatch(NOT_A_SCRIPT)
    expect(r3.err).toContain('larger than 20 MB')
  })

  it('says what is wrong with a flag', () => {
    const usage = (r: ReturnType<typeof cli>, reason: string) => {
      expect(r.code).toBe(2)
      expect(r.err.split('\n')[0]).toBe(`budget: ${reason}`)
      expect(r.err.split('\n')[1]).toMatch(/^usage: npm run budget -- breakdown /)
    }
    usage(cli(), 'no script given')
    usage(cli(script('zh-dash.txt'), '--format', 'xlsx'), '--format must be table, json or csv, got "xlsx"')
    usage(cli(script('zh-dash.txt'), '--minutes-per-episode', '-1'), '--minutes-per-episode must be a number above 0 and at most 10,000, got "-1"')
    usage(cli(script('zh-dash.txt'), '--into', FIXTURE_PATH), '--into needs --out FILE')
    usage(cli(script('zh-dash.txt'), '--into', FIXTURE_PATH, '--out', FIXTURE_PATH), `--out ${FIXTURE_PATH} would overwrite the project file`)
    usage(cli(script('zh-dash.txt'), '--into', FIXTURE_PATH, '--out', join(dir, 'x.json'), '--phase', 'nope'), `no phase "nope" in ${FIXTURE_PATH}; it has script, prep, shoot, post`)
    usage(cli(join(dir, 'missing.txt')), `no such file: ${join(dir, 'missing.txt')}`)
  })

  it('runs as a command: exit 0 for a script, 2 for a project file', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx')
    const budget = (...args: string[]) => spawnSync(tsx, ['src/cli/main.ts', 'breakdown', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 })
    const ok = budget('tests/fixtures/scripts/zh-comma.txt', '--format', 'json')
    expect(ok.status).toBe(0)
    expect((JSON.parse(ok.stdout) as any).scenes).toHaveLength(4)
    const bad = budget('tests/fixtures/model-example.json')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(NOT_A_SCRIPT)
  }, 30_000)
})
