import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main'
import { readTalentInstance } from '../../src/optimiser'
import { microDrama } from '../support/microDrama'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON output and project files */

function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = run(argv, (s) => { out += s }, (s) => { err += s })
  if (typeof code !== 'number') throw new Error('expected a synchronous run')
  return { code, out, err }
}

let dir = ''
let tiny = ''
let drama = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-optimise-'))
  tiny = join(dir, 'tiny.json')
  writeFileSync(tiny, JSON.stringify(readTalentInstance(readFileSync(new URL('../fixtures/talent/tiny', import.meta.url), 'utf8'))))
  const p = microDrama({ scenes: 60, seed: 2 })
  drama = join(dir, 'drama.json')
  writeFileSync(drama, JSON.stringify({ ...p, scenarios: [...p.scenarios, { id: 'ai', name: 'AI', adoption: {} }] }))
})
afterAll(() => { rmSync(dir, { recursive: true, force: true }) })

describe('npm run budget -- FILE --optimize', () => {
  it('computes the figures with the optimised order and adds "optimized" to the JSON', () => {
    const r = cli(tiny, '--optimize', '--format', 'json')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const s = JSON.parse(r.out).scenarios[0]
    // tiny: 35 in file order (see talent.test.ts), 29 at best; 1 + 2 + 3 + 1 = 7 days either way.
    expect(s.optimized).toEqual({ totalBefore: 35, totalAfter: 29, daysBefore: 7, daysAfter: 7, proven: true })
    expect(s.total).toBe(29)
    expect(s.schedule.days).toBe(7)
  })

  it('says so in the table, and --write saves the order that the file then keeps', () => {
    const out = join(dir, 'tiny-optimised.json')
    const r = cli(tiny, '--optimize', '--write', out)
    expect(r.code).toBe(0)
    expect(r.out).toContain('\nOptimised order of baseline: total 35.00 → 29.00 (−17.1%), shoot days 7 → 7, proven optimal\n')
    const written = JSON.parse(readFileSync(out, 'utf8'))
    expect([...written.shoot.order].sort()).toEqual(['s1', 's2', 's3', 's4'])
    expect(JSON.parse(cli(out, '--format', 'json').out).scenarios[0].total).toBe(29)
  })

  it('optimises one scenario into its own override, the same for the same seed and iterations', () => {
    const out = join(dir, 'drama-ai.json')
    const a = cli(drama, '--optimize', '--scenario', 'ai', '--seed', '7', '--iterations', '3000', '--format', 'json', '--write', out)
    expect(a.code).toBe(0)
    const b = cli(drama, '--optimize', '--scenario', 'ai', '--seed', '7', '--iterations', '3000', '--format', 'json')
    expect(b.out).toBe(a.out)
    const s = JSON.parse(a.out).scenarios.find((x: any) => x.id === 'ai')
    expect(s.optimized.totalAfter).toBeLessThan(s.optimized.totalBefore)
    expect(s.optimized.proven).toBe(false)
    expect(s.total).toBe(s.optimized.totalAfter)
    const written = JSON.parse(readFileSync(out, 'utf8'))
    const source = JSON.parse(readFileSync(drama, 'utf8'))
    expect(written.shoot.order).toEqual(source.shoot.order)
    expect(written.scenarios[1].overrides.shoot.order).toEqual(s.schedule.order)
  })

  it('refuses flags that make no sense, with the reason', () => {
    const usage = (r: ReturnType<typeof cli>, reason: string) => {
      expect(r.code).toBe(2)
      expect(r.err.split('\n')[0]).toBe(`budget: ${reason}`)
    }
    usage(cli(tiny, '--iterations', '10'), '--iterations needs --optimize')
    usage(cli(tiny, '--write', join(dir, 'x.json')), '--write needs --optimize')
    usage(cli(tiny, '--optimize', '--write', tiny), `--write ${tiny} would overwrite the project file: write the new order to another file`)
    usage(cli(tiny, '--optimize', '--iterations', '0'), '--iterations must be a whole number from 1 to 1,000,000,000, got "0"')
    const plain = join(dir, 'plain.json')
    const { shoot: _s, scenes: _c, cast: _k, locations: _l, ...rest } = JSON.parse(readFileSync(tiny, 'utf8'))
    writeFileSync(plain, JSON.stringify({ ...rest, lines: [] }))
    usage(cli(plain, '--optimize'), `--optimize needs a shoot plan: ${plain} has no "shoot"`)
  })
})
