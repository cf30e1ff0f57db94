import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readScript, readScriptBytes } from '../../src/script'
import type { ScriptRead } from '../../src/script'
import { enCue, enHeading } from '../../src/script/en'

const bytes = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/scripts', name)))

function rows(r: ScriptRead): string[] {
  const loc = new Map(r.locations.map(l => [l.id, l.name]))
  const cast = new Map(r.cast.map(c => [c.id, c.name]))
  return r.scenes.map(s => `${s.id} ${s.number} ${s.time} ${s.setting} ${loc.get(s.location)} [${s.cast.map(c => cast.get(c)).join(',')}]`)
}

describe('Fountain', () => {
  it('reads headings with their setting, time and scene number', () => {
    expect(enHeading('INT. COFFEE SHOP - DAY #12#')).toMatchObject({ scene: '12', time: 'day', setting: 'int', location: 'COFFEE SHOP' })
    expect(enHeading('EXT. CITY STREET - NIGHT')).toMatchObject({ time: 'night', setting: 'ext', location: 'CITY STREET' })
    expect(enHeading('INT./EXT. CAR - DUSK')).toMatchObject({ time: 'dusk', setting: 'int-ext', location: 'CAR' })
    expect(enHeading('I/E HOUSE - KITCHEN - DAWN')).toMatchObject({ time: 'dawn', setting: 'int-ext', location: 'HOUSE - KITCHEN' })
    expect(enHeading('EST. SKYLINE - SUNSET')).toMatchObject({ time: 'dusk', setting: 'ext', location: 'SKYLINE' })
    expect(enHeading('.FLASHBACK - HOSPITAL')).toMatchObject({ time: null, setting: null, location: 'FLASHBACK - HOSPITAL' })
    expect(enHeading('INT. OFFICE - CONTINUOUS')).toMatchObject({ time: null, sameTime: true, location: 'OFFICE' })
    expect(enHeading('Int and ext walls are painted.')).toBeNull()
    expect(enHeading('...and then')).toBeNull()
  })

  it('strips cue extensions', () => {
    expect(enCue('MAYA (V.O.)')).toBe('MAYA')
    expect(enCue('LEO (O.S.)')).toBe('LEO')
    expect(enCue('LEO (CONT\'D)')).toBe('LEO')
    expect(enCue('@McClane')).toBe('McClane')
    expect(enCue('CUT TO:')).toBeNull()
    expect(enCue('Maya')).toBeNull()
  })

  it('reads a screenplay with a title page, episode sections, cues and notes', () => {
    const r = readScriptBytes(bytes('short.fountain'), 'short.fountain')
    expect(r.form).toBe('fountain')
    expect(r.title).toBe('The Offer')
    expect(rows(r)).toEqual([
      'e1s1 1 day int COFFEE SHOP [LEO,MAYA]',
      'e1s2 2 night ext CITY STREET []',
      'e2s1 1 dusk int-ext LEO\'S CAR [LEO]',
      'e2s2 2 day int FLASHBACK - HOSPITAL []',
    ])
    expect(r.cast.map(c => c.name)).toEqual(['LEO', 'MAYA'])
    // the forced heading has no time and no setting: placed, with two guesses reported
    expect(r.problems.map(p => [p.line, p.code, p.placed])).toEqual([[34, 'noTime', true], [34, 'noSetting', true]])
    expect([1, 2, 3].map(l => r.placed.get(l))).toEqual(['title', 'title', 'title'])
    expect(r.placed.get(15)).toBe('dialogue') // (quietly)
    expect(r.placed.get(22)).toBe('note') // CUT TO:
    expect(r.placed.get(38)).toBe('note') // [[…]]
    expect(r.placed.get(31)).toBe('action') // Maya (not in capitals: action)
  })

  it('keeps the time of the scene before for CONTINUOUS', () => {
    const r = readScript('INT. HALL - NIGHT\n\nShe runs.\n\nINT. STAIRS - CONTINUOUS\n\nStill running.\n')
    expect(r.scenes.map(s => s.time)).toEqual(['night', 'night'])
    expect(r.problems).toEqual([])
  })
})

describe('Final Draft', () => {
  it('reads paragraphs by their type and leaves the title page out', () => {
    const r = readScriptBytes(bytes('short.fdx'), 'short.fdx')
    expect(r.form).toBe('fdx')
    expect(rows(r)).toEqual([
      'e1s1 1 day int COFFEE SHOP [LEO,MAYA]',
      // "Leo (O.S.)" is LEO
      'e1s2 2 night ext CITY STREET [LEO]',
    ])
    expect(r.scenes[0]!.summary).toBe('Maya wipes the counter. The bell rings.')
    expect(r.placed.get(4)).toBe('heading')
    expect(r.placed.get(13)).toBe('dialogue') // parenthetical
    expect(r.placed.get(25)).toBe('note') // transition
    expect(r.problems).toEqual([])
  })

  it('survives broken markup', () => {
    const r = readScript('<FinalDraft><Content><Paragraph Type="Scene Heading"><Text>INT. ROOM - DAY</Text><Paragraph Type="Action"><Text>Dust &amp; light')
    expect(rows(r)).toEqual(['e1s1 1 day int ROOM []'])
  })
})

describe('Word', () => {
  const doc = (paras: string[]) => zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${
      paras.map(p => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${p}</w:p>`).join('')}</w:body></w:document>`),
  })

  it('reads the paragraphs of word/document.xml as lines', () => {
    const r = readScriptBytes(doc([
      '<w:r><w:t>第1集</w:t></w:r>',
      '<w:r><w:t xml:space="preserve">1-1 日 </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>内 咖啡厅</w:t></w:r>',
      '<w:r><w:t>△林夏擦杯子。</w:t></w:r><w:r><w:br/><w:t>陆乘：美式。</w:t></w:r>',
      '<w:r><w:delText>删掉的字</w:delText></w:r>',
      '<w:r><w:t>1-2 夜 外 街道</w:t></w:r>',
      '<w:r><w:t>林夏（OS）：我不能回头。</w:t></w:r>',
    ]), 'script.docx')
    expect(r.form).toBe('docx')
    expect(rows(r)).toEqual(['e1s1 1-1 day int 咖啡厅 [陆乘]', 'e1s2 1-2 night ext 街道 [林夏]'])
    expect(r.scenes[0]!.summary).toBe('林夏擦杯子。')
    expect(r.problems).toEqual([])
  })

  it('refuses a zip that is not a Word document', () => {
    const r = readScriptBytes(zipSync({ 'a.txt': strToU8('hello') }), 'a.docx')
    expect(r.refused?.code).toBe('notWord')
  })
})

describe('encodings', () => {
  const expected = ['e1s1 1-1 day int 咖啡厅 [林夏,陆乘]', 'e1s2 1-2 night ext 街道 [林夏]']
  it.each(['zh-gbk.txt', 'zh-utf16le.txt', 'zh-utf16be.txt', 'zh-bom.txt'])('reads %s', (name) => {
    const r = readScriptBytes(bytes(name), name)
    expect(rows(r)).toEqual(expected)
    expect(r.problems).toEqual([])
  })

  it('reads UTF-16 without a byte order mark by its zero bytes', () => {
    const le = bytes('zh-utf16le.txt').subarray(2)
    const be = bytes('zh-utf16be.txt').subarray(2)
    expect(rows(readScriptBytes(le, 'a.txt'))).toEqual(expected)
    expect(rows(readScriptBytes(be, 'a.txt'))).toEqual(expected)
  })

  it('refuses binary data and text without a scene heading, saying why with a heading example', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    expect(readScriptBytes(png, 'x.png').refused).toEqual({
      code: 'binary',
      message: 'This is not a script: it holds binary data, not text; a script has scene headings such as "1-1 日 内 咖啡厅" or "INT. COFFEE SHOP - DAY".',
    })
    expect(readScript('Dear producer,\nhere is my idea.\n').refused?.code).toBe('noHeading')
  })
})
