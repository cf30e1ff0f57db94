/**
 * China's tiered review of online micro-dramas (MODEL.md §5): the level that files and reviews a
 * production, by its investment (here a scenario's total, in CNY). Special subjects go to the
 * national level whatever the budget; this function knows only the amount.
 */

export type ReviewTier = 'platform' | 'provincial' | 'national'

/** One set of thresholds and the day it took effect. Amounts in fen (CNY minor units). */
export interface ReviewThresholds {
  /** First day in force, ISO `YYYY-MM-DD`. */
  since: string
  /** From this total up (inclusive): the provincial bureau. */
  provincial: number
  /** From this total up (inclusive): the national administration (NRTA). */
  national: number
  /** What set them. */
  source: string
}

/** Every set, latest first. */
export const REVIEW_THRESHOLDS: readonly ReviewThresholds[] = [
  {
    since: '2026-01-01',
    provincial: 100_000_000, // ¥1,000,000
    national: 300_000_000, // ¥3,000,000
    source: 'NRTA notice adjusting the micro-drama classification (关于调整微短剧分类分层标准的通知), in force 2026-01-01',
  },
  {
    since: '2024-06-01',
    provincial: 30_000_000, // ¥300,000
    national: 100_000_000, // ¥1,000,000
    source: 'NRTA tiered review of micro-dramas (分类分层审核), in force 2024-06-01',
  },
]

/**
 * The separate, lower thresholds for AI-generated micro-dramas (AI微短剧), latest first, as reported
 * from 2026-07-01 (presets/review-tier.json `aiThresholds`). Which reading applies is the
 * producer's call (a project setting): the sources do not define an AI micro-drama.
 */
export const AI_REVIEW_THRESHOLDS: readonly ReviewThresholds[] = [
  {
    since: '2026-07-01',
    provincial: 30_000_000, // ¥300,000
    national: 80_000_000, // ¥800,000
    source: 'NRTA network audiovisual department, management notice on the classification of AI micro-dramas (管理提示（AI微短剧分类分层标准）), reported by CCTV News 2026-06-25, in force 2026-07-01',
  },
]

/** Which thresholds a production is read against: the general ones, or those of AI micro-dramas. */
export type ReviewReading = 'general' | 'ai'

/**
 * The reading of a project's review tier: the AI micro-drama thresholds when the producer says it
 * is one (`meta.aiMicroDrama: true`, a setting kept in the file), the general ones otherwise.
 */
export function reviewReading(project: { meta: Record<string, unknown> }): ReviewReading {
  return project.meta.aiMicroDrama === true ? 'ai' : 'general'
}

/**
 * The thresholds in force on `on` (ISO `YYYY-MM-DD`): the latest set by default; the earliest set
 * for any day before it. An AI micro-drama is read against the AI thresholds from the day they
 * took effect, and against the general ones before.
 */
export function reviewThresholds(on?: string, reading: ReviewReading = 'general'): ReviewThresholds {
  if (reading === 'ai') {
    const ai = on === undefined ? AI_REVIEW_THRESHOLDS[0] : AI_REVIEW_THRESHOLDS.find(t => t.since <= on)
    if (ai) return ai
  }
  if (on === undefined) return REVIEW_THRESHOLDS[0]!
  return REVIEW_THRESHOLDS.find(t => t.since <= on) ?? REVIEW_THRESHOLDS[REVIEW_THRESHOLDS.length - 1]!
}

/**
 * The review tier of a production whose total is `totalFen` (integer fen), under the thresholds in
 * force on `on` (the current ones by default) for its reading. Compared in integer fen, so
 * ¥1,000,000.00 is provincial and ¥999,999.99 is not.
 */
export function reviewTier(totalFen: number, on?: string, reading: ReviewReading = 'general'): ReviewTier {
  const t = reviewThresholds(on, reading)
  return totalFen >= t.national ? 'national' : totalFen >= t.provincial ? 'provincial' : 'platform'
}
