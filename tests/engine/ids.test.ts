/**
 * Ids are data: an id named like an Object.prototype member (`toString`, `constructor`,
 * `__proto__`…) is an id like any other, everywhere in the engine and in validation.
 * Every project here is read from JSON text, where `"__proto__": …` is an own key.
 */
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import { projectReport } from '../../src/engine/report'
import { tornado } from '../../src/engine/uncertainty'
import type { Project } from '../../src/engine/types'
import { formatProblem, parseProjectText } from '../../src/engine/validate'
import { LISTS, ORDINARY, PROTO_NAMES as NAMES, idsProjectText as projectText } from '../support/hostile'
import type { Ids } from '../support/hostile'

function read(text: string): Project {
  const r = parseProjectText(text)
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'))
  return r.project
}

/** Every figure the engine gives for a project, with the ids left out (lists keep their order). */
function figures(project: Project) {
  const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v: unknown) => {
    if (k === 'id' || k === 'lever' || k === 'section' || k === 'scenario') return undefined
    // a line's levers: their ids, in lever order
    if (k === 'levers' && Array.isArray(v) && v.every(x => typeof x === 'string')) return v.length
    return v
  })) as unknown
  return {
    report: strip(projectReport(project, { monteCarlo: { iterations: 200, seed: 3 } })),
    tornado: project.scenarios.map(s => strip(tornado(project, s))),
    lines: strip(computeScenario(project, project.scenarios[1]!.id).lines),
  }
}

const expected = figures(read(projectText(ORDINARY)))

describe('ids named like Object.prototype members compute exactly like ordinary ids', () => {
  it('the ordinary project computes, and uses every reference', () => {
    const p = read(projectText(ORDINARY))
    const ai = computeScenario(p, 'ai')
    expect(ai.lines.find(l => l.id === 'dp')!.rate).toBe(2800) // the line override applies
    expect(ai.phases.find(p => p.id === 'shoot')!.plannedDays).toBe(7) // the phase override applies
    expect(ai.lines.find(l => l.id === 'dp')!.levers).toEqual(['ai-shots', 'other'])
  })

  describe.each(LISTS)('a %s', (list) => {
    it.each(NAMES)('named %s', (name) => {
      const text = projectText({ ...ORDINARY, [list]: name })
      const project = read(text)
      expect(figures(project)).toEqual(expected)
      // and nothing was added to Object.prototype on the way
      expect(Object.getPrototypeOf(project)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>).days).toBeUndefined()
    })
  })

  it.each(NAMES)('every list at once using %s', (name) => {
    const all = Object.fromEntries(LISTS.map(l => [l, name])) as unknown as Ids
    expect(figures(read(projectText(all)))).toEqual(expected)
  })
})

/** The ordinary project, with one edit made on the parsed JSON; keys are set as own properties. */
function edited(edit: (doc: Doc) => void): string[] {
  const doc = JSON.parse(projectText(ORDINARY)) as Doc
  edit(doc)
  const r = parseProjectText(JSON.stringify(doc))
  return r.ok ? [] : r.problems.map(formatProblem)
}
/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON edited on purpose */
type Doc = any
/** `obj[key] = value` that never touches a prototype, even for `__proto__`. */
function setOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
}

describe('a reference to a missing id named like that is still refused', () => {
  describe.each(NAMES)('named %s', (name) => {
    it('a lever', () => {
      expect(edited(d => setOwn(d.scenarios[1].adoption, name, 50))).toEqual([`scenarios[1].adoption.${name}: no lever with id "${name}"`])
    })
    it('a line', () => {
      expect(edited((d) => {
        d.levers[0].targets.lines.push(name)
        setOwn(d.scenarios[1].overrides.lines, name, { rate: 1 })
      })).toEqual([
        `levers[0].targets.lines[2]: no line with id "${name}"`,
        `scenarios[1].overrides.lines.${name}: no line with id "${name}"`,
      ])
    })
    it('a phase', () => {
      expect(edited((d) => {
        d.phases[2].after.push(name)
        d.lines[2].qty = { of: `phase:${name}` }
        setOwn(d.levers[1].phaseDays, name, { low: 1, likely: 2, high: 3 })
        setOwn(d.scenarios[1].overrides.phases, name, { days: 1 })
      })).toEqual([
        `phases[2].after[1]: no phase with id "${name}"`,
        `lines[2].qty.of: no phase with id "${name}"`,
        `levers[1].phaseDays.${name}: no phase with id "${name}"`,
        `scenarios[1].overrides.phases.${name}: no phase with id "${name}"`,
      ])
    })
    it('a section', () => {
      expect(edited((d) => {
        d.lines[3].section = name
        d.markups[0].sections.push(name)
        d.levers[0].targets.sections.push(name)
        d.levers[0].toolCost.section = name
      })).toEqual([
        `lines[3].section: no section with id "${name}"`,
        `markups[0].sections[2]: no section with id "${name}"`,
        `levers[0].targets.sections[2]: no section with id "${name}"`,
        `levers[0].toolCost.section: no section with id "${name}"`,
      ])
    })
    it('a fringe', () => {
      expect(edited((d) => {
        d.lines[1].fringes.push(name)
        setOwn(d.scenarios[1].overrides.fringes, name, { percent: 1 })
      })).toEqual([
        `lines[1].fringes[2]: no fringe with id "${name}"`,
        `scenarios[1].overrides.fringes.${name}: no fringe with id "${name}"`,
      ])
    })
    it('a markup', () => {
      expect(edited(d => setOwn(d.scenarios[1].overrides.markups, name, { percent: 1 }))).toEqual([
        `scenarios[1].overrides.markups.${name}: no markup with id "${name}"`,
      ])
    })
    it('a scenario', () => {
      const project = read(projectText(ORDINARY))
      expect(() => computeScenario(project, name)).toThrow(`no scenario with id "${name}"`)
    })
  })
})

describe('values under such keys are checked like any other', () => {
  it.each(NAMES)('%s', (name) => {
    const ids = { ...ORDINARY, lever: name, phase: name, line: name, fringe: name, markup: name }
    const doc = JSON.parse(projectText(ids)) as Doc
    setOwn(doc.scenarios[1].adoption, name, 150)
    setOwn(doc.scenarios[1].overrides.phases, name, { days: 2.5 })
    setOwn(doc.scenarios[1].overrides.lines, name, { rate: -1 })
    setOwn(doc.scenarios[1].overrides.fringes, name, { percent: 101 })
    setOwn(doc.scenarios[1].overrides.markups, name, { percent: 'ten' })
    setOwn(doc.levers[0].phaseDays, name, { low: 1, likely: 2 })
    const r = parseProjectText(JSON.stringify(doc))
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      `levers[0].phaseDays.${name}.high: is required`,
      `scenarios[1].adoption.${name}: must be a percentage from 0 to 100`,
      `scenarios[1].overrides.phases.${name}.days: must be a whole number ≥ 0`,
      `scenarios[1].overrides.lines.${name}.rate: must be a number ≥ 0`,
      `scenarios[1].overrides.fringes.${name}.percent: must be a percentage from 0 to 100`,
      `scenarios[1].overrides.markups.${name}.percent: must be a percentage from 0 to 100`,
    ])
  })

  it('refuses a list where an object of id → value belongs', () => {
    const doc = JSON.parse(projectText(ORDINARY)) as Doc
    doc.scenarios[0].adoption = []
    const r = parseProjectText(JSON.stringify(doc))
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['scenarios[0].adoption: must be an object of id → value'])
  })
})
