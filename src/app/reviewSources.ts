/**
 * The sources of China's review-tier thresholds, as presets/review-tier.json cites them: that
 * file is the one place they live. The engine (src/engine/review.ts) holds the amounts it
 * computes with; here each set of thresholds is matched to its sourced entry by its date.
 */
import tiers from '../../presets/review-tier.json'
import type { Source } from '@/engine/types'

export interface SourcedThresholds {
  /** First day in force, ISO `YYYY-MM-DD`. */
  from: string
  /** Lower bounds of the provincial and the national level, in fen. */
  provincial: number
  national: number
  source: Source
}

const fen = (yuan: number) => Math.round(yuan * 100)
const sourced = (t: { from: string, provincial: number, national: number, source: Source }): SourcedThresholds =>
  ({ from: t.from, provincial: fen(t.provincial), national: fen(t.national), source: t.source })

/** Every general set, oldest first. */
export const THRESHOLD_SOURCES: readonly SourcedThresholds[] = tiers.thresholds.map(sourced)
/** The separate, lower thresholds for AI micro-dramas (not applied by the app: see the file's note). */
export const AI_THRESHOLD_SOURCES: readonly SourcedThresholds[] = tiers.aiThresholds.map(sourced)
/** The source saying that special subjects go to the national level whatever the budget. */
export const SPECIAL_SUBJECTS_SOURCE: Source = tiers.specialSubjects.source

/** The sourced set in force from `since`, and the one before it. */
export function thresholdSources(since: string): { current: SourcedThresholds | undefined, before: SourcedThresholds | undefined } {
  const i = THRESHOLD_SOURCES.findIndex(t => t.from === since)
  return { current: THRESHOLD_SOURCES[i], before: i > 0 ? THRESHOLD_SOURCES[i - 1] : undefined }
}
