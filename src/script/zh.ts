/**
 * The lines of a Chinese micro-drama or TV script (短剧剧本): episode markers, scene headings in
 * their many orders, cast lists and dialogue cues. Each reader takes one NFKC-normalised, trimmed
 * line and returns null when the line is not of its kind.
 */
import type { SceneSetting, SceneTime } from '../engine/types'
import { NUM, ZH_SETTING, ZH_TIME, joinSettings, readNumber } from './words'

export interface HeadingFields {
  /** Episode written in the heading (1-1, 第3集第2场), else null: the current episode. */
  episode: number | null
  /** The scene's number as written in its part of the heading ("1", "12A"), else null. */
  scene: string | null
  time: SceneTime | null
  setting: SceneSetting | null
  location: string
  /** Names listed in the heading itself (… 人物:林夏、陆乘). */
  cast: string[]
  /** "same time as before" (Fountain CONTINUOUS / LATER). */
  sameTime?: boolean
}

const EPISODE = new RegExp(`^#*\\s*第\\s*${NUM}\\s*集(?:$|[\\s:,、.。\\-—–]+(.*)$|(?=[《(“"]))(.*)$`)

/** 第1集 / 第一集 / 第1集:标题 → the episode number and its title ('' when none). */
export function zhEpisode(line: string): { episode: number, title: string } | null {
  if (line.length > 60) return null
  const m = EPISODE.exec(line)
  if (!m) return null
  const episode = readNumber(m[1]!)
  if (!Number.isFinite(episode) || episode < 1) return null
  const title = (m[2] ?? m[3] ?? '').trim()
  if (/[。!?！？]$/.test(title) && title.length > 20) return null
  return { episode, title }
}

// The number at the start of a heading: 1-1, 第3集 第2场, 第2场, 场2, 3集2场.
const DASH = '\\s*[-—–_~·.]\\s*'
const START = new RegExp(
  `^(?:#\\s*)?(?:【\\s*)?(?:(\\d+)${DASH}(\\d+[A-Za-z]?)(?![\\d.])(?:场(?:景|次)?)?`
  + `|(?:第\\s*${NUM}\\s*集\\s*[,、.。\\s]*)?第\\s*${NUM}\\s*场`
  + `|${NUM}\\s*集\\s*${NUM}\\s*场`
  + `|场(?:景|次)?\\s*${NUM}(?![\\d-]))`,
)
/** 12、日 内 咖啡厅 / 12. 夜 外 街道: a scene numbered within its episode (needs a time or 内/外). */
const LISTED = /^(\d+)\s*[、.)]\s*(?=\S)/
const SEPARATORS = /[\s,、。;:/|()【】[\]「」]+/
const CAST_TAIL = /(?:出场)?(?:人物|角色)\s*:\s*(.*)$/

/** The names of a cast list: separated by 、 , ; or spaces, "(女主)" and a final 等 dropped. */
export function splitNames(text: string): string[] {
  return text.split(/[、,;/\s]+/)
    .map(n => n.replace(/\([^)]*\)?$/, '').replace(/等(?:人)?$/, '').trim())
    .filter(n => n.length > 0 && n.length <= 20)
}

/** One field word: a time, a setting, or both run together (日内, 夜外, 内景夜). */
function fieldWord(token: string): { time?: SceneTime, setting?: SceneSetting } | null {
  const time = ZH_TIME.get(token)
  if (time) return { time }
  const setting = ZH_SETTING.get(token)
  if (setting) return { setting }
  for (let i = 1; i < token.length; i++) {
    const a = token.slice(0, i)
    const b = token.slice(i)
    const [t1, s1] = [ZH_TIME.get(a), ZH_SETTING.get(b)]
    if (t1 && s1) return { time: t1, setting: s1 }
    const [s2, t2] = [ZH_SETTING.get(a), ZH_TIME.get(b)]
    if (s2 && t2) return { time: t2, setting: s2 }
  }
  return null
}

/**
 * A Chinese scene heading: a number, then the time, the setting and the place in any order,
 * separated by spaces , 、 。 or /: `1-1 日 内 咖啡厅`, `23-1,外,武当山玄岳门,日`, `第3集 第2场 夜 外 街道`.
 * Returns null when the line does not start like one; `{ error }` when it starts like one but
 * reads as a sentence, not a heading.
 */
export function zhHeading(line: string): HeadingFields | { error: string } | null {
  const m = START.exec(line) ?? LISTED.exec(line)
  if (!m) return null
  const listed = m.length === 2
  let episode: number | null = null
  let scene: string | null = null
  if (listed) scene = m[1]!
  else if (m[1] !== undefined) { episode = Number(m[1]); scene = m[2]! }
  else if (m[4] !== undefined) { episode = m[3] !== undefined ? readNumber(m[3]) : null; scene = String(readNumber(m[4])) }
  else if (m[6] !== undefined) { episode = readNumber(m[5]!); scene = String(readNumber(m[6])) }
  else scene = String(readNumber(m[7]!))
  let rest = line.slice(m[0].length)
  const cast: string[] = []
  const tail = CAST_TAIL.exec(rest)
  if (tail) {
    cast.push(...splitNames(tail[1]!))
    rest = rest.slice(0, tail.index)
  }
  if (!listed && rest !== '' && !/^[\s,、。;:/|()【】[\]」-]/.test(rest)) return null // 1-12345 or 第2场戏里… : not a heading
  let time: SceneTime | null = null
  let setting: SceneSetting | null = null
  const places: { start: number, end: number }[] = []
  const re = new RegExp(SEPARATORS.source, 'g')
  let at = 0
  const tokens: { text: string, start: number }[] = []
  for (const sep of rest.matchAll(re)) {
    if (sep.index > at) tokens.push({ text: rest.slice(at, sep.index), start: at })
    at = sep.index + sep[0].length
  }
  if (at < rest.length) tokens.push({ text: rest.slice(at), start: at })
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    // 内/外 arrives as 内, 外 next to each other
    const f = fieldWord(tok.text)
    if (f) {
      if (f.time && !time) time = f.time
      if (f.setting) setting = joinSettings(setting, f.setting)
      continue
    }
    places.push({ start: tok.start, end: tok.start + tok.text.length })
  }
  let location = ''
  if (places.length > 0) {
    const contiguous = places.every((p, i) => i === 0 || tokens.findIndex(t => t.start === p.start) === tokens.findIndex(t => t.start === places[i - 1]!.start) + 1)
    location = contiguous
      ? rest.slice(places[0]!.start, places[places.length - 1]!.end)
      : places.map(p => rest.slice(p.start, p.end)).join(' ')
    location = location.replace(/^[-—]+|[-—]+$/g, '').trim()
  }
  if (listed && time === null && setting === null) return null // 1. a numbered paragraph
  if (time === null && setting === null && location === '')
    return { error: 'a scene number without a time (日/夜), 内/外 or a place' }
  if (time === null && setting === null && (location.length > 24 || /[。!?！？…]/.test(rest)))
    return { error: 'starts like a scene heading but reads as a sentence: no time (日/夜), no 内/外 and a long place' }
  return { episode, scene, time, setting, location, cast }
}

/** 人物:林夏、陆乘 / 出场人物:… → the names; null when the line is not a cast list. */
export function zhCastList(line: string): string[] | null {
  const m = /^(?:出场)?(?:人物|角色|演员)(?:表)?\s*:\s*(.*)$/.exec(line)
  return m ? splitNames(m[1]!) : null
}

/** Cue words that are not people. */
const NOT_CAST = new Set(['时间', '地点', '场景', '字幕', '画外音', '旁白', '备注', '注', '道具', '服装', '化妆', '特效', '音效', '音乐', '镜头', '转场', '剧名', '片名', '集名', '标题', '梗概', '简介', '本集看点', '看点', '钩子', '卡点', '内容', '主题', '时长', '景别', '人物小传', '故事梗概', '剧情', 'BGM', 'OS', 'VO', 'V.O.', 'O.S.'])

/**
 * A dialogue cue, 名字:台词 / 名字(哭):… / 名字(OS):… / 名字VO:…, with the text spoken on the same
 * line ('' when it follows on the next one). `cast` is false for 旁白, 字幕 and the like.
 */
export function zhCue(line: string): { name: string, text: string, cast: boolean } | null {
  const m = /^([^\s:,。!?！？、△▲【(“"']{1,12}?)\s*(\([^)]{0,16}\))?\s*:\s*(.*)$/.exec(line)
  if (!m) return null
  let name = m[1]!
  if (/[说道问喊叫笑骂想]$/.test(name) && name.length > 1) return null // 她说:… is action, not a cue
  if (/^\d+$/.test(name)) return null
  name = name.replace(/(?:OS|VO|os|vo|画外音|内心)$/, '').trim() || name
  return { name, text: m[3]!.trim(), cast: !NOT_CAST.has(name) && !NOT_CAST.has(m[1]!) }
}

/** 【闪回】, 【字幕:三年后】, (闪回结束), 切至:, 黑场 — a note; null otherwise. */
export function zhNote(line: string): boolean {
  if (/^【[^】]*】/.test(line)) return true
  if (/^\([^)]*\)$/.test(line) && line.length <= 40) return true
  return /^(?:——|--)?\s*(?:闪回|回忆|切至|切到|转场|黑场|淡入|淡出|叠化|画面|字幕|插入|完|全剧终|本集完|未完待续)(?:结束)?\s*(?:——|--|:|$)/.test(line)
}

/** △ / ▲ action: the text after the mark; null otherwise. */
export function zhAction(line: string): string | null {
  const m = /^[△▲▽●*]\s*(.*)$/.exec(line)
  return m ? m[1]! : null
}

/** A title line: 《剧名》 or 剧名:…, else null. */
export function zhTitle(line: string): string | null {
  const m = /^(?:《([^》]+)》|(?:剧名|片名|标题|Title)\s*:\s*(.+))/.exec(line)
  return m ? (m[1] ?? m[2]!).trim() : null
}

/** A field of a heading written on its own line under a bare scene number: 时间:日, 地点:咖啡厅, 内景. */
export function zhFieldLine(line: string): string | null {
  const m = /^(?:时间|地点|场景|场地|景别|内外景?|内\/外景?)\s*:\s*(.+)$/.exec(line)
  if (m) return m[1]!.trim()
  return ZH_SETTING.has(line) || ZH_TIME.has(line) ? line : null
}
