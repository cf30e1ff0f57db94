import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScript } from '../../src/script'
import type { ScriptRead } from '../../src/script'
import { zhHeading, zhCue, zhEpisode } from '../../src/script/zh'
import { readNumber } from '../../src/script/words'

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/scripts', name), 'utf8')

/** Scenes as readable rows: number, time, setting, place, cast names. */
function rows(r: ScriptRead): string[] {
  const loc = new Map(r.locations.map(l => [l.id, l.name]))
  const cast = new Map(r.cast.map(c => [c.id, c.name]))
  return r.scenes.map(s => `${s.id} ${s.number} ${s.time} ${s.setting} ${loc.get(s.location)} [${s.cast.map(c => cast.get(c)).join(',')}]`)
}

describe('Chinese headings', () => {
  it('reads 集-场 时间 内/外 地点 with its fields in any order and separator', () => {
    expect(zhHeading('1-1 日 内 咖啡厅')).toMatchObject({ episode: 1, scene: '1', time: 'day', setting: 'int', location: '咖啡厅' })
    expect(zhHeading('23-1,外,武当山玄岳门,日')).toMatchObject({ episode: 23, scene: '1', time: 'day', setting: 'ext', location: '武当山玄岳门' })
    expect(zhHeading('5-12、夜、内/外、车内')).toMatchObject({ episode: 5, scene: '12', time: 'night', setting: 'int-ext', location: '车内' })
    expect(zhHeading('2-3。黄昏。外。天台')).toMatchObject({ time: 'dusk', setting: 'ext', location: '天台' })
    expect(zhHeading('7-2 沈家 客厅 日内')).toMatchObject({ time: 'day', setting: 'int', location: '沈家 客厅' })
    expect(zhHeading('第3集 第2场 清晨 内外 紫霄宫')).toMatchObject({ episode: 3, scene: '2', time: 'dawn', setting: 'int-ext', location: '紫霄宫' })
    expect(zhHeading('第十二场 雨夜 外 街道')).toMatchObject({ episode: null, scene: '12', time: 'night', setting: 'ext', location: '街道' })
    expect(zhHeading('1-4 日 内 办公室 人物:林夏、陆乘')).toMatchObject({ location: '办公室', cast: ['林夏', '陆乘'] })
  })

  it('maps every time word of the issue', () => {
    const time = (w: string) => (zhHeading(`1-1 ${w} 内 房间`) as { time: string }).time
    expect(['日', '白天', '早', '午', '下午'].map(time)).toEqual(Array(5).fill('day'))
    expect(['夜', '晚', '雨夜', '雪夜', '深夜'].map(time)).toEqual(Array(5).fill('night'))
    expect(['晨', '清晨', '黎明'].map(time)).toEqual(Array(3).fill('dawn'))
    expect(['昏', '黄昏', '傍晚'].map(time)).toEqual(Array(3).fill('dusk'))
  })

  it('is not fooled by numbers that start a sentence', () => {
    expect(zhHeading('3-5个人走进来。')).toBeNull()
    expect(zhHeading('1. 她想起了过去')).toBeNull()
    expect(zhHeading('2-1 他们在门口争吵了很久,谁也不肯让步,直到天黑。')).toEqual({ error: expect.stringContaining('sentence') })
  })

  it('reads episode markers and cues', () => {
    expect(zhEpisode('第1集')).toEqual({ episode: 1, title: '' })
    expect(zhEpisode('第一集')).toEqual({ episode: 1, title: '' })
    expect(zhEpisode('第二十三集:重逢')).toEqual({ episode: 23, title: '重逢' })
    expect(zhEpisode('第1集里他说的话')).toBeNull()
    expect(readNumber('一百零五')).toBe(105)
    expect(zhCue('林夏(哭):别走!')).toEqual({ name: '林夏', text: '别走!', cast: true })
    expect(zhCue('陆乘(OS):我在。')).toEqual({ name: '陆乘', text: '我在。', cast: true })
    expect(zhCue('陆乘VO:我在。')).toMatchObject({ name: '陆乘' })
    expect(zhCue('旁白:那一年。')).toMatchObject({ cast: false })
    expect(zhCue('她说:我不去。')).toBeNull()
  })
})

describe('Chinese scripts', () => {
  it('reads a script with 1-1 headings, cast lists, cues, notes and two episodes', () => {
    const r = readScript(fixture('zh-dash.txt'))
    expect(r.form).toBe('chinese')
    expect(r.title).toBe('重生之豪门千金')
    expect(rows(r)).toEqual([
      'e1s1 1-1 day int 咖啡厅 [林夏,陆乘]',
      'e1s2 1-2 night ext 沈家别墅门口 [林夏]',
      'e2s1 2-1 day int 陆氏集团 总裁办公室 [助理小王,陆乘,林夏]',
      // the same place written twice is one location
      'e2s2 2-2 dusk ext 咖啡厅 [陆乘]',
    ])
    expect(r.scenes[0]!.summary).toBe('林夏擦着咖啡杯，门铃响起。')
    expect(r.problems).toEqual([])
    // the character notes before the first scene are front matter, not cast
    expect(r.placed.get(4)).toBe('front')
    expect(r.placed.get(18)).toBe('note') // 【闪回】
    expect(r.placed.get(29)).toBe('note') // 【字幕:三天后】
  })

  it('reads comma headings with the time last and 第N集 第N场 forms', () => {
    const r = readScript(fixture('zh-comma.txt'))
    expect(rows(r)).toEqual([
      'e23s1 23-1 day ext 武当山玄岳门 [张三丰,宋远桥,殷梨亭]',
      'e23s2 23-2 night int 紫霄宫大殿 [殷梨亭,张三丰]',
      'e3s2 3-2 dawn int-ext 紫霄宫大殿 [张三丰]',
      // 紫霄宫 大殿 (3-2) is the place first written 紫霄宫大殿: one location
      'e3s3 3-3 dusk int-ext 紫霄宫大殿 []',
    ])
    expect(r.locations).toHaveLength(2)
  })

  it('reads 第N场, 场N and numbered headings, cues on their own line, and merges Maya and MAYA', () => {
    const r = readScript(fixture('zh-scenes.txt'))
    expect(r.title).toBe('逆袭人生')
    expect(rows(r)).toEqual([
      'e1s1 1-1 day int 咖啡厅 [林夏,陆乘]',
      'e1s2 1-2 night ext 咖啡厅 [林夏]',
      'e2s3 2-3 dawn int 沈家 客厅 [沈母]',
      'e2s1 2-1 dusk ext 天台 [Maya]',
    ])
    expect(r.placed.get(9)).toBe('dialogue') // 我不会放弃的。 after 林夏:
    expect(r.placed.get(10)).toBe('action')
  })

  it('reads a scene number whose time, place and 内/外 follow on lines of their own', () => {
    const r = readScript('第1集\n第1场\n时间：日\n地点：咖啡厅（内）\n人物：林夏、陆乘\n△林夏推门。\n1-2场 夜 外 街道\n△雨。\n1-3\n外景\n夜\n△风。\n')
    expect(rows(r)).toEqual(['e1s1 1-1 day int 咖啡厅 [林夏,陆乘]', 'e1s2 1-2 night ext 街道 []', 'e1s3 1-3 night ext 未注明地点 []'])
    expect([2, 3, 4, 9, 10, 11].map(l => r.placed.get(l))).toEqual(Array(6).fill('heading'))
    expect(r.problems.map(p => [p.line, p.code])).toEqual([[9, 'noPlace']])
  })

  it('reads a script as many are posted: headings with the place first, 场景一, OS cues, 旁白 and 本集完', () => {
    const r = readScript(fixture('zh-web.txt'))
    expect(r.title).toBe('闪婚后，豪门老公宠上天')
    expect(rows(r)).toEqual([
      'e1s1 1-1 day int 医院走廊 [苏念,护士]',
      'e1s2 1-2 night int 陆氏集团顶楼 [陆景深,助理]',
      'e2s1 2-1 day ext 民政局门口 [苏念,陆景深]',
      'e2s2 2-2 night int 陆家别墅 客厅 [苏念,陆景深,陆母]',
    ])
    // 编剧:某某 before the first scene is front matter; 旁白 speaks but is no cast member
    expect(r.placed.get(2)).toBe('front')
    expect(r.placed.get(26)).toBe('dialogue')
    expect(r.placed.get(27)).toBe('note')
    expect(r.problems).toEqual([])
  })

  it('reports what it cannot place, with the line number', () => {
    const r = readScript('第1集\n1-1 日 内 客厅\n△她坐下。\n第2集\n△没有场景的动作。\n林夏:我在哪?\n2-1 咖啡厅\n△好。\n2-2\n')
    expect(r.problems.map(p => [p.line, p.code, p.placed])).toEqual([
      [5, 'noScene', false],
      [6, 'noScene', false],
      [7, 'noTime', true],
      [7, 'noSetting', true],
      [9, 'bareNumber', false],
    ])
    expect(r.problems[0]!.message).toBe('action after episode 2 starts and before its first scene heading: no scene to put it in')
    expect(r.scenes.map(s => s.id)).toEqual(['e1s1', 'e2s1'])
  })

  it('gives a repeated scene number its own id and says so', () => {
    const r = readScript('1-1 日 内 客厅\n△a\n1-1 夜 内 客厅\n△b\n')
    expect(r.scenes.map(s => s.id)).toEqual(['e1s1', 'e1s1-2'])
    expect(r.problems).toMatchObject([{ line: 3, code: 'duplicate', placed: true }])
  })
})
