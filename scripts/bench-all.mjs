#!/usr/bin/env node
/**
 * `npm run bench`: the engine's Vitest benchmarks (summarised against their targets), then every
 * timing script, each in its own process, one after the other: the browser timings
 * (tests/browser/*-timing.ts, in Chromium) and the optimiser's (tests/optimiser/bench.ts).
 * Exits 1 when any of them misses a target or fails; runs them all either way.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const run = (cmd, args) => {
  console.error(`\n$ ${[cmd, ...args].join(' ')}`)
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1
}
const bin = name => join(root, 'node_modules', '.bin', name)

let failed = 0
failed += run(bin('vitest'), ['bench', '--run', '--outputJson', 'test-results/bench.json']) === 0 ? 0 : 1
failed += run(process.execPath, ['scripts/bench-summary.mjs']) === 0 ? 0 : 1
const scripts = [
  ...readdirSync(join(root, 'tests/browser')).filter(f => f.endsWith('-timing.ts')).sort().map(f => `tests/browser/${f}`),
  ...['tests/optimiser/bench.ts'].filter(f => existsSync(join(root, f))),
]
for (const script of scripts) failed += run(bin('tsx'), [script]) === 0 ? 0 : 1
if (failed > 0) {
  console.error(`\nbench: ${failed} step(s) missed a target or failed`)
  process.exitCode = 1
}
