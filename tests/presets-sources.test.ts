/**
 * Chinese means Chinese: every source a preset cites (`meta.sources`) has its note in Chinese
 * alongside (`l10n["zh-CN"].note`), keeping every figure of the English; a title we wrote
 * ourselves (a description, not a published headline) has its Chinese too. A published title is a
 * citation and stays as published.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { figures, hasChinese, hasEnglishSentence } from './support/figures'

const DIR = join(import.meta.dirname, '..', 'presets')
const files = readdirSync(DIR).filter(f => f.endsWith('.json') && !['levers.json', 'review-tier.json'].includes(f))

interface CitedSource { title: string, url?: string, note?: string, l10n?: Record<string, { title?: unknown, note?: unknown }> }
const sourcesOf = (file: string) => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { meta: { sources: CitedSource[] } }).meta.sources

/** A title we wrote: our estimates, or an article described because its headline was not recorded. */
const ourOwnTitle = (title: string) => /our estimates$|not recorded|our research notes/.test(title)

describe('the checks themselves', () => {
  it('tells our own titles from published ones', () => {
    expect(ourOwnTitle('Crew day rates, post-production and material costs: our estimates')).toBe(true)
    expect(ourOwnTitle('NetEase (163.com) article on micro-drama crews (2024), as recorded in our research notes; headline not recorded')).toBe(true)
    expect(ourOwnTitle('China\'s minidrama producers set their sights on challenging Netflix (KrASIA / Nikkei, 2024)')).toBe(false)
  })
  it('sees an English sentence left in a Chinese text, not a name between Chinese', () => {
    expect(hasEnglishSentence('据 SAG-AFTRA 竖屏剧协议（Verticals Agreement）')).toBe(false)
    expect(hasEnglishSentence('Runway API 积分 as recorded in our notes')).toBe(true)
  })
})

describe.each(files)('%s: sources in Chinese', (file) => {
  const sources = sourcesOf(file)

  it('cites sources, every one with a note, and every note its Chinese, written in Chinese', () => {
    expect(sources.length).toBeGreaterThan(10)
    for (const [i, s] of sources.entries()) {
      const zh = s.l10n?.['zh-CN']?.note
      expect([i, typeof s.note === 'string' && s.note !== '']).toEqual([i, true])
      expect([i, typeof zh === 'string' && hasChinese(zh)]).toEqual([i, true])
      expect([i, hasEnglishSentence(zh as string)]).toEqual([i, false])
      expect((zh as string).length).toBeLessThanOrEqual(2000)
    }
  })

  it('the Chinese note keeps every figure of the English one', () => {
    for (const [i, s] of sources.entries()) expect([i, figures(s.l10n!['zh-CN']!.note as string)]).toEqual([i, figures(s.note!)])
  })

  it('a title we wrote has its Chinese, keeping its figures; a published title has none', () => {
    for (const [i, s] of sources.entries()) {
      const zh = s.l10n!['zh-CN']!.title
      if (ourOwnTitle(s.title)) {
        expect([i, typeof zh === 'string' && hasChinese(zh) && !hasEnglishSentence(zh)]).toEqual([i, true])
        expect([i, figures(zh as string)]).toEqual([i, figures(s.title)])
      }
      else if (zh !== undefined) expect([i, figures(zh as string)]).toEqual([i, figures(s.title)])
    }
  })
})

describe('the sources of the levers and of the review tiers', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>
  const leverSources = (file: string) => ((read(file).levers ?? []) as { source?: CitedSource }[]).flatMap(l => (l.source ? [l.source] : []))
  const tiers = read('review-tier.json') as unknown as { thresholds: { source: CitedSource }[], aiThresholds: { source: CitedSource }[], specialSubjects: { source: CitedSource } }
  const all = [
    ...[...files, 'levers.json'].flatMap(leverSources),
    ...[...tiers.thresholds, ...tiers.aiThresholds, tiers.specialSubjects].map(t => t.source),
  ]

  it('a title with a Chinese one keeps its figures; every title we wrote or summed up in English has one', () => {
    const translated = all.filter(s => s.l10n?.['zh-CN']?.title !== undefined)
    expect(translated.length).toBeGreaterThan(20)
    for (const s of translated) {
      const zh = s.l10n!['zh-CN']!.title as string
      expect([s.title, hasChinese(zh) && !hasEnglishSentence(zh)]).toEqual([s.title, true])
      expect([s.title, figures(zh)]).toEqual([s.title, figures(s.title)])
    }
    // Our own wording (a summary after the published title, a description, "not recorded") is never left in English
    for (const s of all) {
      if (/not recorded|: .* per |^NRTA issues|^Fujian Daily/.test(s.title)) expect([s.title, s.l10n?.['zh-CN']?.title !== undefined]).toEqual([s.title, true])
    }
  })
})
