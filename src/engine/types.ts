/**
 * The project file, schema version 1 (see docs/file-format.md and MODEL.md §1).
 * Money is in major units of `meta.currency`; percentages are 0–100.
 * Unknown fields are kept: every interface allows extra keys, which the engine ignores.
 */

export const SCHEMA_VERSION = 1

export type Extra = { [key: string]: unknown }

export interface Source extends Extra {
  title: string
  url?: string
  note?: string
}

export interface Meta extends Extra {
  title: string
  /** ISO 4217 code. */
  currency: string
  /** Default display language and number format, e.g. "zh-CN". */
  locale: string
  episodes: number
  minutesPerEpisode: number
  notes?: string
  sources?: Source[]
}

export interface Phase extends Extra {
  id: string
  name: string
  days: number
  /** Phases that must finish before this one starts. */
  after?: string[]
  /** Days between the latest predecessor's finish and this start; negative overlaps. */
  lag?: number
}

export type SectionGroup = 'atl' | 'btl' | 'post' | 'other'

export interface Section extends Extra {
  id: string
  name: string
  group?: SectionGroup
  /** Account code as accountants number them ("1400", "02.01"): shown and exported, never computed. */
  code?: string
}

export interface Fringe extends Extra {
  id: string
  name: string
  percent: number
}

/**
 * What a quantity follows: a phase's days, the episodes, the finished minutes, or the shoot plan
 * (MODEL.md §6.2): its packed days, a cast member's paid days, a location's days.
 */
export type QuantityBasis = 'episodes' | 'minutes' | `phase:${string}` | 'shoot-days' | `cast:${string}` | `location:${string}`

export interface LinkedQuantity extends Extra {
  of: QuantityBasis
  times?: number
}

export type Quantity = number | LinkedQuantity

export type LineKind = 'labor' | 'cost'

export interface Line extends Extra {
  id: string
  section: string
  name: string
  kind: LineKind
  qty: Quantity
  /** A label only: "day", "episode", "flat"… */
  unit: string
  count: number
  rate: number
  fringes?: string[]
  tags?: string[]
  /** Account code, at most 20 characters: shown and exported, never computed. */
  code?: string
  /** Free text of at most 2,000 characters: shown and exported with the line, never computed. */
  note?: string
}

export interface Markup extends Extra {
  id: string
  name: string
  percent: number
  /** Sections the markup applies to; all when absent. */
  sections?: string[]
}

export interface Range extends Extra {
  low: number
  likely: number
  high: number
}

export interface Targets extends Extra {
  kinds?: LineKind[]
  sections?: string[]
  tags?: string[]
  lines?: string[]
}

export type ToolCostPer = 'flat' | 'episode' | 'minute' | 'month'

export interface ToolCost extends Extra {
  /** Price of one generation (or of the tool, when `takes` is absent), major units. */
  amount: number
  per: ToolCostPer
  section: string
  /** Generations paid for per usable result: a range of numbers > 0 (1 when absent). */
  takes?: Range
}

export interface Lever extends Extra {
  id: string
  name: string
  targets?: Targets
  /** % of the targeted lines' cost removed at full adoption. */
  reduction?: Range
  /** Per phase id: % of the phase's days removed at full adoption. */
  phaseDays?: Record<string, Range>
  toolCost?: ToolCost
  /** Scene hours removed at full adoption (MODEL.md §6.1), on the scenes with any of `tags` (all when absent). */
  scenes?: LeverScenes
  source?: Source
}

export interface LeverScenes extends Extra {
  tags?: string[]
  hours: Range
}

export interface ScenarioOverrides extends Extra {
  episodes?: number
  minutesPerEpisode?: number
  phases?: Record<string, { days?: number, lag?: number } & Extra>
  lines?: Record<string, { qty?: Quantity, count?: number, rate?: number } & Extra>
  fringes?: Record<string, { percent?: number } & Extra>
  markups?: Record<string, { percent?: number } & Extra>
  /** Only when the project has a `shoot` (MODEL.md §6). */
  shoot?: { order?: string[], hoursPerDay?: number, moveHours?: number } & Extra
  scenes?: Record<string, { hours?: number, minutes?: number } & Extra>
}

export interface Scenario extends Extra {
  id: string
  name: string
  baseline?: boolean
  /** Lever id → adoption percent (0–100). Levers not named are at 0. */
  adoption: Record<string, number>
  overrides?: ScenarioOverrides
}

export interface Project extends Extra {
  schemaVersion: number
  meta: Meta
  phases: Phase[]
  sections: Section[]
  fringes?: Fringe[]
  lines: Line[]
  markups?: Markup[]
  levers?: Lever[]
  scenarios: Scenario[]
  /** The breakdown and shoot plan (MODEL.md §6), all optional. */
  locations?: Location[]
  cast?: CastMember[]
  scenes?: Scene[]
  shoot?: ShootPlan
}

/* ------------------------------------------------------------ breakdown and shoot plan (§6) */

export interface Location extends Extra {
  id: string
  name: string
  code?: string
}

/** span: paid from the first shooting day to the last, holds included; worked: the days worked. */
export type CastPay = 'span' | 'worked'

export interface CastMember extends Extra {
  id: string
  name: string
  pay: CastPay
}

export type SceneTime = 'day' | 'night' | 'dawn' | 'dusk'
export type SceneSetting = 'int' | 'ext' | 'int-ext'

export interface Scene extends Extra {
  id: string
  episode: number
  /** As written in the script, e.g. "1-1". */
  number: string
  time: SceneTime
  setting: SceneSetting
  location: string
  cast: string[]
  /** Screen minutes, estimated from the script when imported. */
  minutes: number
  /** Shoot hours; absent: minutes × shoot.hoursPerMinute. */
  hours?: number
  tags?: string[]
  summary?: string
}

export interface ShootPlan extends Extra {
  /** The phase whose days are the packed shoot days. */
  phase: string
  hoursPerDay: number
  /** Hours lost when the company moves to another location within a day (0 when absent). */
  moveHours?: number
  /** Shoot hours per screen minute, for scenes without `hours`. */
  hoursPerMinute: number
  /** The stripboard: scene ids in shooting order; scenes left out follow in file order. */
  order?: string[]
}

/** One problem found in a project file: where, and what is wrong. */
export interface Problem {
  /** e.g. "lines[3].rate" */
  path: string
  /** e.g. "must be a number ≥ 0" */
  message: string
}
