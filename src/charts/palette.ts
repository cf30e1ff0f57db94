/**
 * Chart colours. One colour per section everywhere (by the section's stable index), baseline grey
 * against the scenario's blue, savings green and added costs orange.
 */

/** A calm qualitative palette (Tableau 10), distinguishable side by side and in print. */
export const SECTION_PALETTE: readonly string[] = [
  '#4e79a7', // blue
  '#f28e2b', // orange
  '#59a14f', // green
  '#e15759', // red
  '#76b7b2', // teal
  '#edc948', // yellow
  '#b07aa1', // purple
  '#ff9da7', // pink
  '#9c755f', // brown
  '#bab0ac', // warm grey
]

/** The colour of the section at `index` (its position in the project's section list); wraps around. */
export function sectionColor(index: number): string {
  const n = SECTION_PALETTE.length
  const i = Number.isFinite(index) ? Math.trunc(index) : 0
  return SECTION_PALETTE[((i % n) + n) % n]!
}

/** The baseline (traditional) series. */
export const BASELINE_GREY = '#94a3b8'
/** The current scenario (e.g. AI-assisted). */
export const SCENARIO_BLUE = '#2563eb'
/** A saving: a negative change in a waterfall. */
export const SAVING_GREEN = '#16a34a'
/** An added cost: a positive change in a waterfall (e.g. AI tools). */
export const COST_ORANGE = '#ea580c'
/** A total bar (the starting total of a waterfall). */
export const TOTAL_SLATE = '#475569'

/** Text colour used by the charts. */
export const TEXT_SLATE = '#334155'
/** Grid lines and axis borders. */
export const GRID_GREY = '#e2e8f0'
