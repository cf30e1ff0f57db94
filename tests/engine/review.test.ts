/**
 * China's review tier by a scenario's total (MODEL.md §5), in integer fen.
 */
import { describe, expect, it } from 'vitest'
import tiers from '../../presets/review-tier.json'
import { REVIEW_THRESHOLDS, reviewThresholds, reviewTier } from '../../src/engine/review'

const yuan = (x: number) => x * 100

describe('reviewTier, thresholds in force since 2026-01-01 (the default)', () => {
  it('sends ¥3,000,000 and up to the national administration, and one fen less to the province', () => {
    expect(reviewTier(yuan(3_000_000))).toBe('national')
    expect(reviewTier(yuan(3_000_000) - 1)).toBe('provincial') // ¥2,999,999.99
    expect(reviewTier(yuan(50_000_000))).toBe('national')
  })

  it('sends ¥1,000,000 and up to the province, and one fen less to the platform', () => {
    expect(reviewTier(yuan(1_000_000))).toBe('provincial')
    expect(reviewTier(yuan(1_000_000) - 1)).toBe('platform') // ¥999,999.99
    expect(reviewTier(0)).toBe('platform')
  })

  it('is the same when the date is given', () => {
    expect(reviewTier(yuan(1_000_000), '2026-01-01')).toBe('provincial')
    expect(reviewTier(yuan(3_000_000), '2027-06-30')).toBe('national')
  })
})

describe('reviewTier, the thresholds before 2026-01-01', () => {
  it('used ¥1,000,000 for the national level and ¥300,000 for the province', () => {
    const on = '2025-12-31'
    expect(reviewTier(yuan(1_000_000), on)).toBe('national')
    expect(reviewTier(yuan(1_000_000) - 1, on)).toBe('provincial')
    expect(reviewTier(yuan(300_000), on)).toBe('provincial')
    expect(reviewTier(yuan(300_000) - 1, on)).toBe('platform')
  })

  it('applies the earliest set to any earlier day', () => {
    expect(reviewThresholds('2020-01-01')).toBe(REVIEW_THRESHOLDS.at(-1))
  })
})

describe('reviewThresholds', () => {
  it('keeps each set with the day it took effect, latest first', () => {
    expect(REVIEW_THRESHOLDS.map(t => [t.since, t.provincial, t.national])).toEqual([
      ['2026-01-01', 100_000_000, 300_000_000],
      ['2024-06-01', 30_000_000, 100_000_000],
    ])
    expect(reviewThresholds()).toBe(REVIEW_THRESHOLDS[0])
    expect(reviewThresholds('2025-12-31').since).toBe('2024-06-01')
    expect(reviewThresholds('2026-01-01').since).toBe('2026-01-01')
  })
})

describe('the AI micro-drama reading (AI微短剧, reported from 2026-07-01)', () => {
  it('sends ¥300,000 to the province and ¥800,000 to the NRTA, in fen, from 2026-07-01', () => {
    expect(reviewTier(29_999_999, undefined, 'ai')).toBe('platform')
    expect(reviewTier(30_000_000, undefined, 'ai')).toBe('provincial')
    expect(reviewTier(79_999_999, undefined, 'ai')).toBe('provincial')
    expect(reviewTier(80_000_000, undefined, 'ai')).toBe('national')
    // The general reading of the same ¥800,000: the platform.
    expect(reviewTier(80_000_000)).toBe('platform')
  })

  it('reads an AI micro-drama against the general thresholds before the AI ones took effect', () => {
    expect(reviewThresholds('2026-06-30', 'ai').since).toBe('2026-01-01')
    expect(reviewThresholds('2026-07-01', 'ai')).toMatchObject({ since: '2026-07-01', provincial: 30_000_000, national: 80_000_000 })
    expect(reviewTier(80_000_000, '2026-06-30', 'ai')).toBe('platform')
  })

  it('matches presets/review-tier.json, where its source lives', () => {
    const sourced = tiers.aiThresholds.at(-1)!
    const t = reviewThresholds(undefined, 'ai')
    expect([t.since, t.provincial, t.national]).toEqual([sourced.from, sourced.provincial * 100, sourced.national * 100])
  })
})
