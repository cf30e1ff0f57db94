/**
 * readProjectText: what the app and the command line do with any text a producer opens.
 * Each case gives every problem as `path: message`, or a project that computes; none throws.
 */
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { readProjectText } from '../../src/engine/read'
import { formatProblem } from '../../src/engine/validate'
import { FIXTURE_PATH, fixtureJson } from '../support/builders'
import { chainProject, nested } from '../support/hostile'
import { readFileSync } from 'node:fs'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON edited on purpose */
type Doc = any

const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8')

function read(text: string): string[] {
  const r = readProjectText(text)
  return r.ok ? [] : r.problems.map(formatProblem)
}

function edited(edit: (doc: Doc) => void): string {
  const doc: Doc = fixtureJson()
  edit(doc)
  return JSON.stringify(doc, null, 2)
}

describe('readProjectText', () => {
  it('reads a valid file, and one that starts with a byte-order mark', () => {
    const plain = readProjectText(FIXTURE_TEXT)
    const bom = readProjectText(`\uFEFF${FIXTURE_TEXT}`)
    expect(plain.ok && bom.ok).toBe(true)
    if (!plain.ok || !bom.ok) return
    expect(bom.project).toEqual(plain.project)
    expect(computeProject(bom.project).scenarios[1]!.result.total).toBe(12_491_630)
  })

  it('refuses text that is not JSON, saying where', () => {
    expect(read(FIXTURE_TEXT.replace('"episodes": 80,', '"episodes": 80,,'))).toEqual([
      'not valid JSON at line 7, column 20: expected a property name in double quotes, found ","',
    ])
    expect(read(FIXTURE_TEXT.slice(0, 100))).toEqual(['not valid JSON at line 6, column 3: expected a property name in double quotes, found the end of the text'])
    expect(read('')).toEqual(['not valid JSON at line 1, column 1: expected a value, found the end of the text'])
  })

  it('refuses JSON that is not an object', () => {
    expect(read('[]')).toEqual(['a project file must be a JSON object'])
    expect(read(`[${FIXTURE_TEXT}]`)).toEqual(['a project file must be a JSON object'])
    expect(read('"project"')).toEqual(['a project file must be a JSON object'])
    expect(read('null')).toEqual(['a project file must be a JSON object'])
  })

  it('lists every problem of a file of the wrong shape', () => {
    expect(read('{"schemaVersion": 1, "meta": {"title": 7}, "phases": {}, "lines": [{}]}')).toEqual([
      'meta.title: must be text',
      'meta.currency: is required',
      'meta.locale: is required',
      'meta.episodes: is required',
      'meta.minutesPerEpisode: is required',
      'phases: must be a list',
      'sections: is required',
      'lines[0].id: is required',
      'lines[0].section: is required',
      'lines[0].name: is required',
      'lines[0].kind: is required',
      'lines[0].qty: is required',
      'lines[0].unit: is required',
      'lines[0].count: is required',
      'lines[0].rate: is required',
      'scenarios: is required',
    ])
  })

  it('refuses a newer schema version with a clear message', () => {
    expect(read(edited((d) => { d.schemaVersion = 2 }))).toEqual([
      'schemaVersion: version 2 was written by a newer release of this tool; this one reads up to version 1. Update the tool to open it.',
    ])
  })

  it('reads 10 MB of text, and refuses more than 20 MB, giving the size', () => {
    const ten = readProjectText(edited((d) => { d.meta.notes = 'n'.repeat(10_000_000) }))
    expect(ten.ok && ten.project.meta.notes!.length).toBe(10_000_000)
    expect(read(edited((d) => { d.meta.notes = '注'.repeat(7_000_000) }))).toEqual([
      'the file is 21 MB (21,003,176 bytes); a project file may be at most 20 MB (20,000,000 bytes)',
    ])
  }, 10_000)

  it('reads markup in names as the text it is', () => {
    const r = readProjectText(edited((d) => {
      d.meta.title = '<script>alert(1)</script>'
      d.lines[0].name = '<img src=x onerror=alert(1)>'
      d.sections[0].name = '"; DROP TABLE lines; --'
    }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.project.meta.title).toBe('<script>alert(1)</script>')
    expect(r.project.lines[0]!.name).toBe('<img src=x onerror=alert(1)>')
  })

  it('names every amount out of range, and refuses numbers beyond any double', () => {
    expect(read(edited((d) => {
      for (const l of d.lines) l.rate = 1e308
    }))).toEqual([
      'lines[0].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY',
      'lines[1].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY',
      'lines[2].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY',
    ])
    // 1e309 is Infinity once parsed
    expect(read(FIXTURE_TEXT.replace('"rate": 3000', '"rate": 1e309').replace('"episodes": 80', '"episodes": -1e309'))).toEqual([
      'meta.episodes: must be a whole number ≥ 0',
      'lines[0].rate: must be a number ≥ 0',
    ])
    // and can skip the amounts when asked
    expect(readProjectText(edited((d) => { d.lines[0].rate = 1e308 }), { amounts: false }).ok).toBe(true)
  })

  it('keeps __proto__ keys as data, never as a prototype', () => {
    const text = FIXTURE_TEXT
      .replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": true, "title": "x"},')
      .replace('"title": "Rebirth of the Heiress",', '"title": "Rebirth of the Heiress", "__proto__": null,')
    const r = readProjectText(text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(Object.getPrototypeOf(r.project)).toBe(Object.prototype)
    expect(Object.hasOwn(r.project, '__proto__')).toBe(true)
    expect((r.project as Doc).polluted).toBeUndefined()
    expect(({} as Doc).polluted).toBeUndefined()
    expect(computeProject(r.project).scenarios[1]!.result.total).toBe(12_491_630)
    // a __proto__ key where an id goes is an id that must exist
    expect(read(FIXTURE_TEXT.replace('"adoption": {}', '"adoption": {"__proto__": 50}'))).toEqual([
      'scenarios[0].adoption.__proto__: no lever with id "__proto__"',
    ])
  })

  it('refuses a value nested 20,000 deep, naming where, before parsing it', () => {
    const text = FIXTURE_TEXT.replace('"overrides": {', `"overrides": { "x-ui": ${nested(20_000)},`)
    expect(read(text)).toEqual([
      'scenarios[1].overrides.x-ui.a: holds values nested more than 64 levels deep (line 44, column 330); a project file nests at most 64 levels',
    ])
  })

  it('computes 50,000 chained phases, and refuses a loop through them', () => {
    expect(read(JSON.stringify(chainProject(50_000, 'reverse')))).toEqual([])
    expect(read(JSON.stringify(chainProject(50_000, 'forward', true)))[0]).toMatch(/^phases\[0\]\.after: phases wait on each other in a loop: p0 → p49999 → p49998 → /)
  }, 10_000)

  it('never throws, whatever the text', () => {
    for (const text of ['{', '}', '[[[', '"', '\\', '{"schemaVersion": 1e400}', '{"schemaVersion": "1"}', '\u0000', '\uD800', '{"a":1}'.repeat(3)])
      expect(() => readProjectText(text)).not.toThrow()
  })
})
