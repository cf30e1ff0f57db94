/**
 * Hostile but well-formed inputs shared by the engine and CLI tests: very long phase chains,
 * deep nesting, ids named like Object.prototype members.
 */

export type ChainOrder = 'forward' | 'reverse'

/**
 * A valid project (as plain JSON) whose `n` phases of one day each wait on one another in a
 * single chain. `forward` lists each phase after the one it waits on; `reverse` lists each phase
 * before it, so that ordering them walks the whole chain at once. With `loop`, the first phase of
 * the chain also waits on the last one. A 10-day line follows the last phase of the chain.
 */
export function chainProject(n: number, order: ChainOrder, loop = false): Record<string, unknown> {
  const id = (k: number) => `p${k}`
  // k-th phase of the chain (0 starts): in file position k (forward) or n − 1 − k (reverse).
  const chain = Array.from({ length: n }, (_, k) => ({
    id: id(k),
    name: `Phase ${k}`,
    days: 1,
    ...(k > 0 ? { after: [id(k - 1)] } : loop ? { after: [id(n - 1)] } : {}),
  }))
  const phases = order === 'forward' ? chain : chain.slice().reverse()
  return {
    schemaVersion: 1,
    meta: { title: `Chain of ${n}`, currency: 'CNY', locale: 'zh-CN', episodes: 10, minutesPerEpisode: 2 },
    phases,
    sections: [{ id: 'crew', name: 'Crew' }],
    lines: [{ id: 'crew', section: 'crew', name: 'Crew', kind: 'labor', qty: { of: `phase:${id(n - 1)}` }, unit: 'day', count: 2, rate: 100 }],
    levers: [{ id: 'fast', name: 'Faster', phaseDays: { [id(n - 1)]: { low: 100, likely: 100, high: 100 } } }],
    scenarios: [
      { id: 'base', name: 'Base', baseline: true, adoption: {} },
      { id: 'ai', name: 'AI', adoption: { fast: 100 } },
    ],
  }
}

/** `{"a":{"a":…1…}}` nested `depth` levels deep. */
export function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

/** Ids named like Object.prototype members: an id like any other. */
export const PROTO_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'] as const

export interface Ids { lever: string, line: string, phase: string, section: string, fringe: string, markup: string, scenario: string }
export type List = keyof Ids
export const LISTS: List[] = ['lever', 'line', 'phase', 'section', 'fringe', 'markup', 'scenario']
export const ORDINARY: Ids = { lever: 'ai-shots', line: 'dp', phase: 'shoot', section: 'crew', fringe: 'social', markup: 'contingency', scenario: 'ai' }

/**
 * A project whose chosen item of each list has the id given, referenced in every way a file can
 * name it: after, qty of phase, line section and fringes, markup sections, lever targets,
 * phaseDays and tool-cost section, adoption and every kind of override.
 */
export function idsProjectText(ids: Ids): string {
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

