import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateMinutes, readScript, readScriptBytes } from '../../src/script'
import { lengthOf } from '../../src/script/minutes'

const PIECES = [
  '第1集', '第二集:标题', '1-1 日 内 咖啡厅', '2-3,外,街道,夜', '第3场 黄昏 内外 天台', '2-3', '3-5个人走进来。',
  '△她推门而入。', '林夏:你好', '陆乘(OS):', '人物:林夏、陆乘', '【闪回】', '【字幕:三年后】', '(闪回结束)',
  'INT. HOUSE - DAY', 'EXT. STREET - NIGHT #4#', '.FLASHBACK', 'MAYA (V.O.)', '(beat)', 'Hello there.', 'CUT TO:',
  '# Episode 2', '= synopsis', '[[note]]', '[[', ']]', '/*', '*/', 'Title: X', '   indented', '', '   ', '\t', '\u3000',
  '\u0001\u0002', '\uFEFF', '《剧名》', '旁白:那一年', '1. 她想起了过去',
]

/** Script-like text: lines from the pieces above and arbitrary strings, joined by any line ending. */
const scriptText = fc.tuple(
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([lines, eol]) => lines.join(eol))

describe('the reader on any text', () => {
  it('never throws, and places or reports every non-blank line', () => {
    fc.assert(fc.property(scriptText, fc.constantFrom<('chinese' | 'fountain' | undefined)>(undefined, 'chinese', 'fountain'), (text, form) => {
      const r = readScript(text, { form })
      if (r.refused) {
        expect(r.scenes).toEqual([])
        return
      }
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)
      lines.forEach((line, i) => {
        const kind = r.placed.get(i + 1)
        if (line.normalize('NFKC').trim() === '') {
          expect(kind).toBeUndefined()
          return
        }
        expect(kind, `line ${i + 1}: ${JSON.stringify(line)}`).toBeDefined()
        if (kind === 'unplaced') expect(r.problems.some(p => p.line === i + 1 && !p.placed)).toBe(true)
      })
      // every scene names existing entries, with no repeats; ids are unique
      const locs = new Set(r.locations.map(l => l.id))
      const cast = new Set(r.cast.map(c => c.id))
      expect(new Set(r.scenes.map(s => s.id)).size).toBe(r.scenes.length)
      for (const s of r.scenes) {
        expect(locs.has(s.location)).toBe(true)
        expect(s.cast.every(c => cast.has(c))).toBe(true)
        expect(new Set(s.cast).size).toBe(s.cast.length)
        expect(Number.isInteger(s.episode) && s.episode >= 1).toBe(true)
      }
    }), { numRuns: 400 })
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.fdx', 'a.docx', 'a.fountain'), (bytes, name) => {
      const r = readScriptBytes(bytes, name)
      expect(r.refused === undefined || typeof r.refused.message === 'string').toBe(true)
    }), { numRuns: 300 })
  })
})

const sizes = fc.array(fc.record({ cjk: fc.nat(3000), words: fc.nat(500) }), { minLength: 1, maxLength: 30 })

describe('minutes', () => {
  it('share an episode\'s minutes exactly, and a longer scene never gets fewer', () => {
    fc.assert(fc.property(sizes, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 600 }), (list, episodes, hundredths) => {
      const scenes = list.map((_, i) => ({ episode: (i % episodes) + 1 }))
      const minutes = estimateMinutes(scenes, list, { mode: 'share', minutesPerEpisode: hundredths / 100 })
      for (let e = 1; e <= episodes; e++) {
        const idx = scenes.flatMap((s, i) => (s.episode === e ? [i] : []))
        if (idx.length === 0) continue
        expect(Math.round(idx.reduce((sum, i) => sum + minutes[i]! * 100, 0))).toBe(hundredths)
        for (const a of idx) for (const b of idx)
          if (lengthOf(list[a]!) > lengthOf(list[b]!)) expect(minutes[a]!).toBeGreaterThanOrEqual(minutes[b]!)
      }
    }))
  })

  it('at a fixed rate, a longer scene never gets fewer minutes anywhere in the script', () => {
    fc.assert(fc.property(sizes, fc.integer({ min: 50, max: 2000 }), fc.integer({ min: 50, max: 500 }), (list, cpm, wpm) => {
      const minutes = estimateMinutes(list.map(() => ({ episode: 1 })), list, { mode: 'rate', charsPerMinute: cpm, wordsPerMinute: wpm })
      for (let a = 0; a < list.length; a++) for (let b = 0; b < list.length; b++)
        if (lengthOf(list[a]!, cpm, wpm) > lengthOf(list[b]!, cpm, wpm)) expect(minutes[a]!).toBeGreaterThanOrEqual(minutes[b]!)
    }))
  })

  it('shares by text length: 300 and 150 characters of a 1.5-minute episode get 1 and 0.5', () => {
    const text = `1-1 日 内 客厅\n△${'好'.repeat(300)}\n1-2 夜 内 客厅\n林夏:${'好'.repeat(150)}\n`
    expect(readScript(text, { minutes: { mode: 'share', minutesPerEpisode: 1.5 } }).scenes.map(s => s.minutes)).toEqual([1, 0.5])
    // at the default rate of 500 characters a minute: 0.6 and 0.3
    expect(readScript(text, { minutes: { mode: 'rate' } }).scenes.map(s => s.minutes)).toEqual([0.6, 0.3])
    // 360 words at 180 words a minute: 2 minutes
    expect(readScript(`INT. ROOM - DAY\n\n${'word '.repeat(360)}\n`, { minutes: { mode: 'rate' } }).scenes[0]!.minutes).toBe(2)
  })

  it('gives a 1.01-minute episode of three equal scenes 0.34, 0.34 and 0.33 (largest remainder)', () => {
    const m = estimateMinutes([{ episode: 1 }, { episode: 1 }, { episode: 1 }], [{ cjk: 10, words: 0 }, { cjk: 10, words: 0 }, { cjk: 10, words: 0 }], { mode: 'share', minutesPerEpisode: 1.01 })
    expect(m).toEqual([0.34, 0.34, 0.33])
  })
})
