import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/engine/types'
import { baselineIndex, formatPath, formatProblem, migrate, parseProject, parseProjectText } from '../../src/engine/validate'
import type { Migration } from '../../src/engine/validate'
import { fixtureJson } from '../support/builders'

/* eslint-disable @typescript-eslint/no-explicit-any -- tests poke at raw JSON on purpose */
type Doc = any

/** The fixture as raw JSON, changed by `edit`, then parsed: the problems as `path: message`. */
function problems(edit: (doc: Doc) => void): string[] {
  const doc: Doc = fixtureJson()
  edit(doc)
  const r = parseProject(doc)
  return r.ok ? [] : r.problems.map(formatProblem)
}

describe('the fixture', () => {
  it('is accepted as it is', () => {
    expect(problems(() => {})).toEqual([])
  })
})

describe('schemaVersion and migration', () => {
  it('refuses a newer version with a clear message', () => {
    expect(problems((d) => { d.schemaVersion = SCHEMA_VERSION + 1 })).toEqual([
      'schemaVersion: version 2 was written by a newer release of this tool; this one reads up to version 1. Update the tool to open it.',
    ])
  })

  it('refuses a file without schemaVersion', () => {
    expect(problems((d) => { delete d.schemaVersion })).toEqual(['schemaVersion: is required'])
  })

  it('refuses a version that is not a whole number ≥ 1', () => {
    expect(problems((d) => { d.schemaVersion = '1' })).toEqual(['schemaVersion: must be a whole number ≥ 1, got "1"'])
    expect(problems((d) => { d.schemaVersion = 0 })).toEqual(['schemaVersion: must be a whole number ≥ 1, got 0'])
    expect(problems((d) => { d.schemaVersion = 1.5 })).toEqual(['schemaVersion: must be a whole number ≥ 1, got 1.5'])
  })

  it('upgrades an older file step by step through an injected migrations table', () => {
    // Given a fake v1 → v2 step that renames meta.name to meta.title, and v2 → v3 that adds a field
    const steps: Record<number, Migration> = {
      1: ({ meta, ...rest }) => {
        const { name, ...m } = meta as Record<string, unknown>
        return { ...rest, meta: { ...m, title: name } }
      },
      2: doc => ({ ...doc, added: true }),
    }
    const v1 = { schemaVersion: 1, meta: { name: 'Old' } }
    // When migrating to version 2, then to version 3
    const to2 = migrate(v1, steps, 2)
    const to3 = migrate(v1, steps, 3)
    // Then each step ran once, and the version is stamped
    expect(to2).toEqual({ ok: true, doc: { schemaVersion: 2, meta: { title: 'Old' } } })
    expect(to3).toEqual({ ok: true, doc: { schemaVersion: 3, meta: { title: 'Old' }, added: true } })
    // A file already at version 2 only runs the second step
    expect(migrate({ schemaVersion: 2, meta: { title: 'New' } }, steps, 3))
      .toEqual({ ok: true, doc: { schemaVersion: 3, meta: { title: 'New' }, added: true } })
    expect(v1).toEqual({ schemaVersion: 1, meta: { name: 'Old' } })
  })

  it('reports a missing step and a newer version against the injected current version', () => {
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toEqual({
      ok: false, problem: { path: 'schemaVersion', message: 'no migration from version 1 to 2' },
    })
    const newer = migrate({ schemaVersion: 4 }, {}, 3)
    expect(newer.ok).toBe(false)
    if (!newer.ok) expect(formatProblem(newer.problem)).toBe(
      'schemaVersion: version 4 was written by a newer release of this tool; this one reads up to version 3. Update the tool to open it.',
    )
  })

  it('leaves a current file as it is (same object)', () => {
    const doc = { schemaVersion: SCHEMA_VERSION }
    const r = migrate(doc)
    expect(r.ok && r.doc).toBe(doc)
  })
})

describe('numbers', () => {
  it('refuses non-finite numbers', () => {
    expect(problems((d) => {
      d.lines[0].rate = Infinity
      d.meta.episodes = Number.NaN
      d.phases[3].lag = -Infinity
      d.fringes[0].percent = Number.NaN
      d.lines[1].qty = Infinity
      d.lines[2].qty = { of: 'episodes', times: Number.NaN }
    })).toEqual([
      'meta.episodes: must be a whole number ≥ 0',
      'phases[3].lag: must be a whole number',
      'fringes[0].percent: must be a percentage from 0 to 100',
      'lines[0].rate: must be a number ≥ 0',
      'lines[1].qty: must be a number ≥ 0',
      'lines[2].qty.times: must be a number ≥ 0',
    ])
  })

  it('wants whole numbers for days, episodes and count', () => {
    expect(problems((d) => {
      d.phases[0].days = 2.5
      d.meta.episodes = 80.5
      d.lines[0].count = 1.5
      d.phases[1].days = -1
      d.scenarios[1].overrides.episodes = 60.5
      d.scenarios[1].overrides.phases.shoot.days = 6.5
      d.scenarios[1].overrides.lines.dp.count = 0.5
    })).toEqual([
      'meta.episodes: must be a whole number ≥ 0',
      'phases[0].days: must be a whole number ≥ 0',
      'phases[1].days: must be a whole number ≥ 0',
      'lines[0].count: must be a whole number ≥ 0',
      'scenarios[1].overrides.episodes: must be a whole number ≥ 0',
      'scenarios[1].overrides.phases.shoot.days: must be a whole number ≥ 0',
      'scenarios[1].overrides.lines.dp.count: must be a whole number ≥ 0',
    ])
  })

  it('wants rate, amount, qty, times and minutesPerEpisode ≥ 0', () => {
    expect(problems((d) => {
      d.meta.minutesPerEpisode = -0.5
      d.lines[0].rate = -1
      d.lines[1].qty = -2
      d.lines[2].qty = { of: 'phase:shoot', times: -1 }
      d.levers[0].toolCost.amount = -800
      d.scenarios[1].overrides.lines.dp.rate = -2800
    })).toEqual([
      'meta.minutesPerEpisode: must be a number ≥ 0',
      'lines[0].rate: must be a number ≥ 0',
      'levers[0].toolCost.amount: must be a number ≥ 0',
      'scenarios[1].overrides.lines.dp.rate: must be a number ≥ 0',
      'lines[1].qty: must be a number ≥ 0',
      'lines[2].qty.times: must be a number ≥ 0',
    ])
  })

  it('wants percentages from 0 to 100', () => {
    expect(problems((d) => {
      d.fringes[0].percent = 101
      d.markups[0].percent = -1
      d.levers[0].reduction.high = 120
      d.levers[0].phaseDays.shoot.low = -5
      d.scenarios[1].adoption['ai-live-action'] = 150
    })).toEqual([
      'fringes[0].percent: must be a percentage from 0 to 100',
      'markups[0].percent: must be a percentage from 0 to 100',
      'levers[0].reduction.high: must be a percentage from 0 to 100',
      'levers[0].phaseDays.shoot.low: must be a percentage from 0 to 100',
      'scenarios[1].adoption.ai-live-action: must be a percentage from 0 to 100',
    ])
  })

  it('wants low ≤ likely ≤ high', () => {
    expect(problems((d) => {
      d.levers[0].reduction = { low: 40, likely: 33.3, high: 20 }
      d.levers[0].phaseDays.shoot = { low: 10, likely: 35, high: 25 }
    })).toEqual([
      'levers[0].reduction: needs low ≤ likely ≤ high (got 40 / 33.3 / 20)',
      'levers[0].phaseDays.shoot: needs low ≤ likely ≤ high (got 10 / 35 / 25)',
    ])
  })
})

describe('unique ids', () => {
  it.each([
    // [list, index of the item copied, message]
    ['phases', 0, 'phases[4].id: "script" is already the id of phases[0]'],
    ['sections', 1, 'sections[3].id: "cast" is already the id of sections[1]'],
    ['fringes', 0, 'fringes[1].id: "social" is already the id of fringes[0]'],
    ['lines', 2, 'lines[3].id: "camera" is already the id of lines[2]'],
    ['markups', 0, 'markups[1].id: "contingency" is already the id of markups[0]'],
    ['levers', 0, 'levers[1].id: "ai-live-action" is already the id of levers[0]'],
    ['scenarios', 1, 'scenarios[2].id: "ai" is already the id of scenarios[1]'],
  ])('refuses a duplicate id in %s', (list, at, message) => {
    expect(problems((d) => { d[list].push(structuredClone(d[list][at])) })).toEqual([message])
  })
})

describe('references', () => {
  it.each<[string, (d: Doc) => void, string]>([
    ['a line\'s section', (d) => { d.lines[0].section = 'nope' }, 'lines[0].section: no section with id "nope"'],
    ['a line\'s fringes', (d) => { d.lines[0].fringes = ['social', 'nope'] }, 'lines[0].fringes[1]: no fringe with id "nope"'],
    ['a phase\'s after', (d) => { d.phases[1].after = ['nope'] }, 'phases[1].after[0]: no phase with id "nope"'],
    ['a quantity\'s phase', (d) => { d.lines[1].qty = { of: 'phase:nope' } }, 'lines[1].qty.of: no phase with id "nope"'],
    ['a quantity basis', (d) => { d.lines[1].qty = { of: 'weeks' } }, 'lines[1].qty.of: must be "episodes", "minutes", "phase:<phase id>", "shoot-days", "cast:<cast id>" or "location:<location id>"'],
    ['targets.sections', (d) => { d.levers[0].targets.sections = ['crew', 'nope'] }, 'levers[0].targets.sections[1]: no section with id "nope"'],
    ['targets.lines', (d) => { d.levers[0].targets.lines = ['nope'] }, 'levers[0].targets.lines[0]: no line with id "nope"'],
    ['a phaseDays key', (d) => { d.levers[0].phaseDays.nope = { low: 1, likely: 2, high: 3 } }, 'levers[0].phaseDays.nope: no phase with id "nope"'],
    ['toolCost.section', (d) => { d.levers[0].toolCost.section = 'nope' }, 'levers[0].toolCost.section: no section with id "nope"'],
    ['a markup\'s sections', (d) => { d.markups[0].sections = ['nope'] }, 'markups[0].sections[0]: no section with id "nope"'],
    ['an adoption key', (d) => { d.scenarios[1].adoption.nope = 50 }, 'scenarios[1].adoption.nope: no lever with id "nope"'],
    ['overrides.phases', (d) => { d.scenarios[1].overrides.phases.nope = { days: 3 } }, 'scenarios[1].overrides.phases.nope: no phase with id "nope"'],
    ['overrides.lines', (d) => { d.scenarios[1].overrides.lines.nope = { rate: 3 } }, 'scenarios[1].overrides.lines.nope: no line with id "nope"'],
    ['overrides.fringes', (d) => { d.scenarios[1].overrides.fringes = { nope: { percent: 3 } } }, 'scenarios[1].overrides.fringes.nope: no fringe with id "nope"'],
    ['overrides.markups', (d) => { d.scenarios[1].overrides.markups = { nope: { percent: 3 } } }, 'scenarios[1].overrides.markups.nope: no markup with id "nope"'],
    ['an overridden quantity\'s phase', (d) => { d.scenarios[1].overrides.lines.dp.qty = { of: 'phase:nope' } }, 'scenarios[1].overrides.lines.dp.qty.of: no phase with id "nope"'],
    ['a key that is not a plain name', (d) => { d.scenarios[1].adoption['two words'] = 5 }, 'scenarios[1].adoption["two words"]: no lever with id "two words"'],
  ])('refuses a dangling reference in %s', (_, edit, message) => {
    expect(problems(edit)).toEqual([message])
  })

  it('refuses an id listed twice in one reference list', () => {
    expect(problems((d) => { d.lines[0].fringes = ['social', 'social'] })).toEqual(['lines[0].fringes[1]: "social" is listed twice'])
  })
})

describe('phases, fringes and the baseline', () => {
  it('refuses phases that wait on each other in a loop', () => {
    // script → post → shoot → prep → script
    expect(problems((d) => { d.phases[0].after = ['post'] })).toEqual([
      'phases[0].after: phases wait on each other in a loop: script → post → shoot → prep → script',
    ])
    expect(problems((d) => { d.phases[2].after = ['shoot'] })).toEqual([
      'phases[2].after: phases wait on each other in a loop: shoot → shoot',
    ])
  })

  it('refuses fringes on a cost line', () => {
    expect(problems((d) => { d.lines[2].fringes = ['social'] })).toEqual([
      'lines[2].fringes: fringes apply only to labor lines; make the line labor or remove its fringes',
    ])
    // An empty list is no fringe at all.
    expect(problems((d) => { d.lines[2].fringes = [] })).toEqual([])
  })

  it('refuses two baselines', () => {
    expect(problems((d) => { d.scenarios[1].baseline = true })).toEqual([
      'scenarios[1].baseline: only one scenario can be the baseline, and scenarios[0] already is',
    ])
  })

  it('takes the first scenario as baseline when none is flagged', () => {
    const doc: Doc = fixtureJson()
    delete doc.scenarios[0].baseline
    const r = parseProject(doc)
    expect(r.ok).toBe(true)
    expect(baselineIndex(doc)).toBe(0)
    expect(baselineIndex({ scenarios: [{ id: 'a', name: 'A', adoption: {} }, { id: 'b', name: 'B', adoption: {}, baseline: true }] })).toBe(1)
  })

  it('refuses a file without scenarios', () => {
    expect(problems((d) => { d.scenarios = [] })).toEqual(['scenarios: must hold at least one scenario'])
  })
})

describe('structure', () => {
  it('names each missing required field', () => {
    expect(problems((d) => {
      delete d.meta.title
      delete d.lines[0].rate
      delete d.lines[1].qty
      delete d.scenarios[0].adoption
    })).toEqual([
      'meta.title: is required',
      'lines[0].rate: is required',
      'lines[1].qty: is required',
      'scenarios[0].adoption: is required',
    ])
    expect(problems((d) => { delete d.phases })).toEqual(['phases: is required'])
  })

  it('names wrong choices and wrong types', () => {
    expect(problems((d) => {
      d.lines[0].kind = 'crew'
      d.sections[0].group = 'abc'
      d.levers[0].toolCost.per = 'week'
      d.scenarios[0].baseline = 'yes'
      d.meta.title = 42
      d.lines[1].qty = 'eight'
    })).toEqual([
      'meta.title: must be text',
      'sections[0].group: must be one of atl, btl, post, other',
      'lines[0].kind: must be labor or cost',
      'levers[0].toolCost.per: must be one of flat, episode, minute, month',
      'scenarios[0].baseline: must be true or false',
      'lines[1].qty: must be a number ≥ 0, or { "of": "episodes" | "minutes" | "phase:<id>" | "shoot-days" | "cast:<id>" | "location:<id>", "times": n }',
    ])
  })

  it('refuses an unknown currency and a malformed locale', () => {
    expect(problems((d) => {
      d.meta.currency = 'ABC'
      d.meta.locale = 'not a locale!'
    })).toEqual([
      'meta.currency: "ABC" is not an ISO 4217 currency code (e.g. CNY, USD)',
      'meta.locale: "not a locale!" is not a language tag (e.g. zh-CN, en-US)',
    ])
  })

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    const r = parseProjectText('{ "schemaVersion": 1, ')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]!.path).toBe('')
    expect(formatProblem(r.problems[0]!)).toBe('not valid JSON at line 1, column 23: expected a property name in double quotes, found the end of the text')
    const arr = parseProjectText('[]')
    expect(arr.ok ? [] : arr.problems.map(formatProblem)).toEqual(['a project file must be a JSON object'])
  })

  it('says that JSON with none of a project\'s parts is not a project file, rather than "schemaVersion: is required"', () => {
    const other = parseProjectText('{ "name": "my-app", "version": "1.0.0", "dependencies": {} }')
    expect(other.ok ? [] : other.problems.map(formatProblem)).toEqual([
      'not a project file: it has none of a project\'s parts (schemaVersion, meta, phases, sections, lines, markups, levers, scenarios)',
    ])
    // a project missing only its version is still told what is missing
    const noVersion = parseProjectText('{ "meta": {}, "lines": [] }')
    expect(noVersion.ok ? [] : noVersion.problems.map(formatProblem)).toEqual(['schemaVersion: is required'])
  })

  it('reads valid text', () => {
    const r = parseProjectText(JSON.stringify(fixtureJson()))
    expect(r.ok).toBe(true)
  })
})

describe('the whole file is refused, with every problem listed', () => {
  it('lists several structural problems at once', () => {
    // Given a file with five unrelated mistakes
    const doc: Doc = fixtureJson()
    doc.meta.episodes = -1
    doc.phases[1].days = 'seven'
    doc.lines[0].rate = -5
    doc.lines[2].qty = { of: 'hours' }
    doc.scenarios[1].adoption['ai-live-action'] = 101
    // When it is parsed
    const r = parseProject(doc)
    // Then no project comes back, and all five are named
    expect(r).not.toHaveProperty('project')
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'meta.episodes: must be a whole number ≥ 0',
      'phases[1].days: must be a whole number ≥ 0',
      'lines[0].rate: must be a number ≥ 0',
      'scenarios[1].adoption.ai-live-action: must be a percentage from 0 to 100',
      'lines[2].qty.of: must be "episodes", "minutes", "phase:<phase id>", "shoot-days", "cast:<cast id>" or "location:<location id>"',
    ])
  })

  it('lists several rule problems at once', () => {
    expect(problems((d) => {
      d.lines[0].section = 'nope'
      d.lines[2].fringes = ['social']
      d.levers[0].reduction = { low: 50, likely: 40, high: 60 }
      d.scenarios[1].baseline = true
      d.sections.push({ id: 'crew', name: 'Again' })
    })).toEqual([
      'sections[3].id: "crew" is already the id of sections[0]',
      'lines[0].section: no section with id "nope"',
      'lines[2].fringes: fringes apply only to labor lines; make the line labor or remove its fringes',
      'levers[0].reduction: needs low ≤ likely ≤ high (got 50 / 40 / 60)',
      'scenarios[1].baseline: only one scenario can be the baseline, and scenarios[0] already is',
    ])
  })
})

describe('unknown fields', () => {
  it('are kept as they are, and the input is not changed', () => {
    // Given a file with fields this version does not know, at several depths
    const doc: Doc = fixtureJson()
    doc['x-app'] = { theme: 'dark', panes: [1, 2] }
    doc.meta.producer = 'Studio'
    doc.lines[0].color = '#f00'
    doc.levers[0].targets.future = ['x']
    doc.scenarios[1].overrides.lines.dp.note = 'negotiated'
    const before = structuredClone(doc)
    // When it is parsed
    const r = parseProject(doc)
    // Then the project holds them untouched, and the input is unchanged
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.project).toStrictEqual(before)
    expect(r.project['x-app']).toEqual({ theme: 'dark', panes: [1, 2] })
    expect(r.project.meta.producer).toBe('Studio')
    expect(r.project.lines[0]!.color).toBe('#f00')
    expect(doc).toStrictEqual(before)
  })
})

describe('formatPath and formatProblem', () => {
  it('writes paths the way a user reads them', () => {
    expect(formatPath(['lines', 3, 'rate'])).toBe('lines[3].rate')
    expect(formatPath(['levers', 0, 'phaseDays', 'shoot'])).toBe('levers[0].phaseDays.shoot')
    expect(formatPath(['overrides', 'lines', 'a b'])).toBe('overrides.lines["a b"]')
    expect(formatProblem({ path: 'lines[3].rate', message: 'must be a number ≥ 0' })).toBe('lines[3].rate: must be a number ≥ 0')
    expect(formatProblem({ path: '', message: 'a project file must be a JSON object' })).toBe('a project file must be a JSON object')
  })
})

describe('a file with problems of both kinds', () => {
  it('lists the structural problems and the cross-file ones, each mistake once', () => {
    expect(problems((d) => {
      d.lines[0].rate = -1 // structure
      d.lines[0].section = 'nowhere' // same line: not reported twice
      d.lines[1].section = 'nowhere' // a dangling reference elsewhere
      d.phases[0].after = ['post'] // a loop
    })).toEqual([
      'lines[0].rate: must be a number ≥ 0',
      'phases[0].after: phases wait on each other in a loop: script → post → shoot → prep → script',
      'lines[1].section: no section with id "nowhere"',
    ])
  })
})

describe('a partly malformed file still gets every rule checked', () => {
  it('reports a duplicate line id beside a malformed `after`', () => {
    expect(problems((d) => {
      d.phases[1].after = 'script'
      d.lines[1].id = d.lines[0].id
    })).toEqual([
      'phases[1].after: must be a list',
      `lines[1].id: "${'dp'}" is already the id of lines[0]`,
    ])
  })

  it('reports a duplicate phase id without inventing a loop', () => {
    expect(problems((d) => { d.phases[1].id = 'script' })).toEqual([
      'phases[1].id: "script" is already the id of phases[0]',
      'phases[2].after[0]: no phase with id "prep"',
    ])
  })
})

describe('a scenario with several problems', () => {
  it('lists every problem of its adoption and overrides at once', () => {
    // Given mistakes of both kinds in one scenario's adoption and overrides
    expect(problems((d) => {
      const o = d.scenarios[1].overrides
      d.scenarios[1].adoption['ai-live-action'] = 150 // structure
      d.scenarios[1].adoption.nope = 10 // a lever that does not exist
      o.episodes = -3
      o.phases.shoot.days = 2.5
      o.phases.ghost = { days: 3 }
      o.lines.dp.rate = -1
      o.lines.dp.qty = { of: 'phase:ghost' } // same entry as the rate: named once, with it
      o.lines.nobody = { rate: 1 }
      o.fringes = { nope: { percent: 3 }, social: { percent: 200 } }
      o.markups = { nope: { percent: 3 } }
    })).toEqual([
      'scenarios[1].adoption.ai-live-action: must be a percentage from 0 to 100',
      'scenarios[1].overrides.episodes: must be a whole number ≥ 0',
      'scenarios[1].overrides.phases.shoot.days: must be a whole number ≥ 0',
      'scenarios[1].overrides.lines.dp.rate: must be a number ≥ 0',
      'scenarios[1].overrides.fringes.social.percent: must be a percentage from 0 to 100',
      'scenarios[1].adoption.nope: no lever with id "nope"',
      'scenarios[1].overrides.phases.ghost: no phase with id "ghost"',
      'scenarios[1].overrides.lines.nobody: no line with id "nobody"',
      'scenarios[1].overrides.fringes.nope: no fringe with id "nope"',
      'scenarios[1].overrides.markups.nope: no markup with id "nope"',
    ])
  })

  it('still leaves out what a malformed part makes meaningless', () => {
    expect(problems((d) => {
      d.scenarios[1].overrides.lines = ['dp']
      d.scenarios[1].adoption.nope = 10
    })).toEqual([
      'scenarios[1].overrides.lines: must be an object of id → value',
      'scenarios[1].adoption.nope: no lever with id "nope"',
    ])
    expect(problems((d) => {
      d.scenarios[1].overrides = 7
      d.scenarios[1].adoption.nope = 10
    })).toEqual([
      'scenarios[1].overrides: must be an object',
      'scenarios[1].adoption.nope: no lever with id "nope"',
    ])
  })
})
