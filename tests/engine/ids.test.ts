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

const NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'] as const

interface Ids { lever: string, line: string, phase: string, section: string, fringe: string, markup: string, scenario: string }
type List = keyof Ids
const LISTS: List[] = ['lever', 'line', 'phase', 'section', 'fringe', 'markup', 'scenario']
const ORDINARY: Ids = { lever: 'ai-shots', line: 'dp', phase: 'shoot', section: 'crew', fringe: 'social', markup: 'contingency', scenario: 'ai' }

/**
 * A project whose chosen item of each list has the id given, referenced in every way a file can
 * name it: after, qty of phase, line section and fringes, markup sections, lever targets,
 * phaseDays and tool-cost section, adoption and every kind of override.
 */
function projectText(ids: Ids): string {
  const q = JSON.stringify
  return `{
  "schemaVersion": 1,
  "meta": { "title": "Ids", "currency": "CNY", "locale": "zh-CN", "episodes": 80, "minutesPerEpisode": 1.5 },
  "phases": [
    { "id": "script", "name": "Script", "days": 10 },
    { "id": ${q(ids.phase)}, "name": "Shooting", "days": 8, "after": ["script"], "lag": 1 },
    { "id": "post", "name": "Post", "days": 12, "after": [${q(ids.phase)}], "lag": -3 }
  ],
  "sections": [
    { "id": ${q(ids.section)}, "name": "Crew" },
    { "id": "cast", "name": "Cast" },
    { "id": "tools", "name": "AI tools" }
  ],
  "fringes": [
    { "id": ${q(ids.fringe)}, "name": "Social insurance", "percent": 12 },
    { "id": "housing", "name": "Housing fund", "percent": 7 }
  ],
  "lines": [
    { "id": ${q(ids.line)}, "section": ${q(ids.section)}, "name": "DP", "kind": "labor", "qty": { "of": ${q(`phase:${ids.phase}`)} }, "unit": "day", "count": 1, "rate": 3000, "fringes": [${q(ids.fringe)}] },
    { "id": "gaffer", "section": ${q(ids.section)}, "name": "Gaffer", "kind": "labor", "qty": { "of": ${q(`phase:${ids.phase}`)}, "times": 1.5 }, "unit": "day", "count": 2, "rate": 1200.5, "fringes": ["housing", ${q(ids.fringe)}] },
    { "id": "lead", "section": "cast", "name": "Lead", "kind": "labor", "qty": { "of": "phase:post" }, "unit": "day", "count": 1, "rate": 5000 },
    { "id": "edit", "section": "cast", "name": "Edit suite", "kind": "cost", "qty": { "of": "minutes" }, "unit": "minute", "count": 1, "rate": 33.3 }
  ],
  "markups": [
    { "id": ${q(ids.markup)}, "name": "Contingency", "percent": 10, "sections": [${q(ids.section)}, "cast"] },
    { "id": "fee", "name": "Fee", "percent": 5 }
  ],
  "levers": [
    { "id": ${q(ids.lever)}, "name": "AI shots",
      "targets": { "sections": [${q(ids.section)}, "cast"], "lines": [${q(ids.line)}, "lead"] },
      "reduction": { "low": 20, "likely": 33.3, "high": 40 },
      "phaseDays": { ${q(ids.phase)}: { "low": 10, "likely": 25, "high": 35 } },
      "toolCost": { "amount": 80, "per": "minute", "section": "tools" } },
    { "id": "other", "name": "Other", "targets": { "kinds": ["labor"] }, "reduction": { "low": 5, "likely": 10, "high": 20 },
      "phaseDays": { "post": { "low": 0, "likely": 20, "high": 30 } } }
  ],
  "scenarios": [
    { "id": "base", "name": "Traditional", "baseline": true, "adoption": {} },
    { "id": ${q(ids.scenario)}, "name": "AI-assisted", "adoption": { ${q(ids.lever)}: 80, "other": 50 },
      "overrides": { "episodes": 60,
        "phases": { ${q(ids.phase)}: { "days": 7 }, "post": { "lag": -2 } },
        "lines": { ${q(ids.line)}: { "rate": 2800 }, "lead": { "count": 2 } },
        "fringes": { ${q(ids.fringe)}: { "percent": 10 } },
        "markups": { ${q(ids.markup)}: { "percent": 8 } } } },
    { "id": "full", "name": "All in", "adoption": { ${q(ids.lever)}: 100 } }
  ]
}`
}

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
