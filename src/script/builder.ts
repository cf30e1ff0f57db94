/**
 * Collects a breakdown while the lines are walked: scenes in script order, one location per
 * place and one cast member per person (the same name written twice, in any width, case or
 * spacing, or with a job title before it, is one entry, named as first written), and where every
 * line went.
 *
 * Ids: a scene is `e<episode>s<scene>` from its number (1-3 → e1s3, #12A# → e1s12a; a repeated
 * number gets -2, -3); locations are loc1, loc2… and cast members c1, c2… in order of first
 * appearance, so the same script always gives the same ids.
 */
import type { CastMember, Location, Scene, SceneSetting, SceneTime } from '../engine/types'
import { problemMessage, UNPLACED } from './problems'
import type { ProblemCode, ProblemParams } from './problems'
import type { LineKind, ScriptProblem } from './types'
import type { HeadingFields } from './zh'

/** The key two spellings of one name share: width, case, spaces and dots do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s·・.\-_'’"“”]/g, '')
}

/**
 * Job titles a Chinese script writes before a name in a cast list (`人物：林晚、管家老陈`) and
 * leaves off in the dialogue cues (`老陈：…`): 管家老陈 and 老陈 are one person.
 */
const ROLE_PREFIX = /^(?:管家|助理|特助|秘书|保镖|司机|医生|护士|律师|经理|经纪人|警官|保姆|佣人|女佣|前台|服务员|店员|店长|总裁|董事长|老板|主任|院长|校长|老师)(?=\p{Script=Han}{2})/u

/** The key two spellings of one person share: nameKey, and a job title before a name set aside. */
export function castKey(name: string): string {
  return nameKey(name).replace(ROLE_PREFIX, '')
}

/** CJK characters and Latin words of a text: its length for the minutes estimate. */
export function measure(text: string): { cjk: number, words: number } {
  let cjk = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F)
      || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)) cjk++
  }
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)?.length ?? 0
  return { cjk, words }
}

export class Builder {
  readonly locations: Location[] = []
  readonly cast: CastMember[] = []
  readonly scenes: Scene[] = []
  readonly sizes: { cjk: number, words: number }[] = []
  readonly problems: ScriptProblem[] = []
  readonly placed = new Map<number, LineKind>()
  title = ''
  /** The current episode: 1 until a marker or a heading says otherwise. */
  episode = 1
  /** The episode the last marker named, null before any marker. */
  marker: number | null = null
  /** The scene lines go to; null before the first heading and after an episode marker. */
  scene: Scene | null = null
  private readonly locationIds = new Map<string, string>()
  private readonly castIds = new Map<string, string>()
  /** nameKey of each name met, as a cue repeats the same few names thousands of times. */
  private readonly keys = new Map<string, string>()
  private readonly sceneIds = new Set<string>()
  private readonly counters = new Map<number, number>()

  constructor(private readonly unnamedPlace: string) {}

  place(line: number, kind: LineKind): void {
    this.placed.set(line, kind)
  }

  problem(line: number, text: string, code: ProblemCode, params: ProblemParams = {}): void {
    const unplaced = UNPLACED.has(code)
    this.problems.push({ line, text: text.slice(0, 200), message: problemMessage(code, params), code, params, placed: !unplaced })
    if (unplaced) this.placed.set(line, 'unplaced')
  }

  startEpisode(episode: number): void {
    this.episode = episode
    this.marker = episode
    this.scene = null
  }

  /** A new scene from its heading; `numberOf` writes its number from the episode and scene part. */
  startScene(h: HeadingFields, line: number, text: string, numberOf: (episode: number, part: string) => string): Scene {
    this.place(line, 'heading')
    let episode = this.episode
    if (h.episode !== null && Number.isFinite(h.episode) && h.episode >= 1) {
      if (this.marker !== null && h.episode !== this.marker)
        this.problem(line, text, 'episodeMismatch', { heading: h.episode, marker: this.marker })
      episode = h.episode
    }
    this.episode = episode
    const k = (this.counters.get(episode) ?? 0) + 1
    this.counters.set(episode, k)
    const part = h.scene ?? String(k)
    const base = `e${episode}s${part.toLowerCase().replace(/[^a-z0-9]+/g, '') || k}`
    let id = base
    for (let n = 2; this.sceneIds.has(id); n++) id = `${base}-${n}`
    const number = numberOf(episode, part)
    if (id !== base) this.problem(line, text, 'duplicate', { number, episode, id })
    this.sceneIds.add(id)
    const previous = this.scenes[this.scenes.length - 1]
    let time: SceneTime = h.time ?? (h.sameTime && previous ? previous.time : 'day')
    if (h.time === null && !h.sameTime) {
      time = 'day'
      this.problem(line, text, 'noTime', { time })
    }
    let setting: SceneSetting = 'int'
    if (h.setting) setting = h.setting
    else this.problem(line, text, 'noSetting')
    let place = h.location
    if (!place) {
      place = this.unnamedPlace
      this.problem(line, text, 'noPlace', { place })
    }
    const scene: Scene = { id, episode, number, time, setting, location: this.locationId(place), cast: [], minutes: 0 }
    this.scenes.push(scene)
    this.sizes.push({ cjk: 0, words: 0 })
    this.scene = scene
    for (const name of h.cast) this.addCast(name)
    return scene
  }

  /** Adds a person to the current scene (and to the cast when new). */
  addCast(name: string): void {
    const scene = this.scene
    let key = this.keys.get(name)
    if (key === undefined) {
      key = castKey(name)
      this.keys.set(name, key)
    }
    if (!scene || key === '') return
    let id = this.castIds.get(key)
    if (id === undefined) {
      id = `c${this.cast.length + 1}`
      this.castIds.set(key, id)
      this.cast.push({ id, name, pay: 'span' })
    }
    if (!scene.cast.includes(id)) scene.cast.push(id)
  }

  /** Counts spoken or acted text towards the current scene's length. */
  addText(text: string, action: boolean, asWritten = text): void {
    if (!this.scene) return
    const size = this.sizes[this.sizes.length - 1]!
    const m = measure(text)
    size.cjk += m.cjk
    size.words += m.words
    if (action && this.scene.summary === undefined && asWritten.trim() !== '')
      this.scene.summary = asWritten.trim().slice(0, 200)
  }

  private locationId(name: string): string {
    const key = nameKey(name) || name
    let id = this.locationIds.get(key)
    if (id === undefined) {
      id = `loc${this.locations.length + 1}`
      this.locationIds.set(key, id)
      this.locations.push({ id, name })
    }
    return id
  }
}
