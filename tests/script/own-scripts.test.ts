/**
 * Scripts written as a producer's writers write them (integ15: "tried as a new user"): a 3-episode
 * Chinese 短剧 with 人物 lists, job titles in the lists and not in the cues, (OS)/(内心) cues,
 * 【字幕】 and 【闪回】 notes; and an English Fountain pilot with CONT'D, V.O. and parenthetical
 * extensions. Every scene, place and person must come out right with nothing fixed by hand.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScript } from '../../src/script'
import type { ScriptRead } from '../../src/script'
import { castKey } from '../../src/script/builder'

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/scripts', name), 'utf8')

function rows(r: ScriptRead): string[] {
  const loc = new Map(r.locations.map(l => [l.id, l.name]))
  const cast = new Map(r.cast.map(c => [c.id, c.name]))
  return r.scenes.map(s => `${s.episode} ${s.number} ${s.time} ${s.setting} ${loc.get(s.location)} [${s.cast.map(c => cast.get(c)).join(',')}]`)
}

describe('a producer’s own Chinese script', () => {
  const r = readScript(fixture('zh-own-3ep.txt'))

  it('reads its 9 scenes in 3 episodes, 7 places and 6 people, every line placed', () => {
    expect(r.refused).toBeUndefined()
    expect(r.title).toBe('替嫁新娘：总裁的契约妻')
    expect(rows(r)).toEqual([
      '1 1-1 night int 林家别墅·客厅 [林晚,林母,林薇]',
      '1 1-2 day ext 顾家老宅门口 [林晚,管家老陈]',
      '1 1-3 day int 顾家老宅·书房 [林晚,顾言琛]',
      '2 2-1 dawn int 顾家老宅 餐厅 [林晚,顾言琛,管家老陈]',
      '2 2-2 day int 顾氏集团·总裁办公室 [顾言琛,助理周航]',
      '2 2-3 night ext 医院门口 [林晚,林薇]',
      '3 3-1 night ext 医院门口 [林晚,林薇,顾言琛]',
      '3 3-2 night int-ext 车内 [林晚,顾言琛]',
      // 顾氏集团 总裁办公室 (a space) is the place 2-2 wrote with a dot
      '3 3-3 day int 顾氏集团·总裁办公室 [顾言琛,助理周航,林晚]',
    ])
    expect(r.locations).toHaveLength(7)
    expect(r.cast.map(c => c.name)).toEqual(['林晚', '林母', '林薇', '管家老陈', '顾言琛', '助理周航'])
    expect(r.problems).toEqual([])
  })

  it('a job title before a name in a cast list is the same person as the bare name in a cue', () => {
    expect(castKey('管家老陈')).toBe(castKey('老陈'))
    expect(castKey('助理周航')).toBe(castKey('周航'))
    expect(castKey('特助 周航')).toBe(castKey('周航'))
    // a title alone, or before a single character, is a name in its own right
    expect(castKey('助理')).toBe('助理')
    expect(castKey('医生王')).toBe('医生王')
    expect(castKey('林晚')).toBe('林晚')
  })

  it('keeps the title as written, its own full-width colon too', () => {
    expect(readScript('《替嫁新娘：总裁的契约妻》\n1-1 日 内 客厅\n').title).toBe('替嫁新娘：总裁的契约妻')
    expect(readScript('剧名：重生\n1-1 日 内 客厅\n').title).toBe('重生')
  })
})

describe('a producer’s own Fountain script', () => {
  const r = readScript(fixture('en-own.fountain'), {}, 'second-shift.fountain')

  it('reads its 5 scenes in 3 episodes, 4 places and 3 people, every line placed', () => {
    expect(r.refused).toBeUndefined()
    expect(r.title).toBe('Second Shift')
    expect(rows(r)).toEqual([
      '1 1 night int ST. BRIDGET\'S HOSPITAL - NURSES\' STATION [NORA,DR. REYES]',
      // CONTINUOUS keeps the night of the scene before
      '1 2 night ext HOSPITAL PARKING LOT [DR. REYES,MRS. REYES]',
      '2 1 day int ST. BRIDGET\'S HOSPITAL - ROOM 6 [MRS. REYES,NORA]',
      '2 2 night int-ext ELI\'S CAR - MOVING [DR. REYES]',
      '3 1 night int ST. BRIDGET\'S HOSPITAL - NURSES\' STATION [DR. REYES,NORA]',
    ])
    expect(r.cast.map(c => c.name)).toEqual(['NORA', 'DR. REYES', 'MRS. REYES'])
    expect(r.problems).toEqual([])
  })
})
