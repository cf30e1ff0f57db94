/**
 * Chinese means Chinese: every line note of every preset has its Chinese alongside
 * (`l10n["zh-CN"].note`), in Chinese, and the Chinese keeps every figure of the English.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { figures } from './support/figures'

const DIR = join(import.meta.dirname, '..', 'presets')
const files = readdirSync(DIR).filter(f => f.endsWith('.json') && !['levers.json', 'review-tier.json'].includes(f))

interface NotedLine { id: string, note?: string, l10n?: Record<string, { note?: unknown }> }
const linesOf = (file: string) => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { lines: NotedLine[] }).lines

describe('figures (the checker itself)', () => {
  it('reads separators, decimals, k and 万, and a range written with one suffix', () => {
    expect(figures('CNY 250 x 80 episodes = CNY 20,000 (market CNY 10-30k per script)')).toEqual([80, 250, 10_000, 20_000, 30_000])
    expect(figures('250 元 × 80 集 = 20,000 元（市场价每部剧本 1万–3万元）')).toEqual([80, 250, 10_000, 20_000, 30_000])
    expect(figures('top stars CNY 15-30k')).toEqual(figures('头部明星 1.5万–3万元'))
    expect(figures('per 1.5-minute episode / 1.5 = CNY 133; 星島頭條 2026-01-29')).toEqual([1, 1.5, 1.5, 29, 133, 2026])
    // A figure changed, dropped or added is seen
    expect(figures('1万–3万元')).not.toEqual(figures('10-20k'))
    expect(figures('2,000-7,000 per day')).not.toEqual(figures('2,000 元'))
    expect(figures('two of the eight days')).not.toEqual(figures('8 天中的 2 天'))
    // Millions as English and Chinese write them
    expect(figures('CNY 3,000 cost, 500 million views; premium over CNY 1M')).toEqual(figures('成本 3,000 元、播放量 5亿次；精品剧超过 100万元'))
    expect(figures('Seedance 2.0 mini at CNY 23 per million tokens')).toEqual([2, 23])
  })
})

describe.each(files)('%s: line notes in Chinese', (file) => {
  const noted = linesOf(file).filter(l => (l.note ?? '') !== '')

  it('every line has a note, and every note its Chinese, written in Chinese', () => {
    expect(noted.length).toBe(linesOf(file).length)
    for (const l of noted) {
      const zh = l.l10n?.['zh-CN']?.note
      expect([l.id, typeof zh === 'string' && /[\u4e00-\u9fff]/.test(zh)]).toEqual([l.id, true])
      // No English sentence left in it: at most a name or a term (FilmLA, WGA, pay: span) between Chinese
      expect([l.id, /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(zh as string)]).toEqual([l.id, false])
      expect((zh as string).length).toBeLessThanOrEqual(2000)
    }
  })

  it('the Chinese note keeps every figure of the English one', () => {
    for (const l of noted) expect([l.id, figures(l.l10n!['zh-CN']!.note as string)]).toEqual([l.id, figures(l.note!)])
  })
})
