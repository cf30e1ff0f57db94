/**
 * Walks the lines of a script in order and places each one: title, episode marker, scene
 * heading, cast list, action, dialogue cue, dialogue or note, or reports it as a problem.
 * Chinese scripts and Fountain share the headings and episode markers; their cues differ.
 */
import { Builder } from './builder'
import { enCue, enEpisode, enHeading, enNote, titleKey } from './en'
import { zhAction, zhCastList, zhCue, zhEpisode, zhFieldLine, zhHeading, zhNote, zhTitle } from './zh'
import type { HeadingFields } from './zh'

/** One line of text, or one paragraph of a Final Draft or Word file, with its line number. */
export interface Block {
  line: number
  text: string
  /** The paragraph type of a Final Draft file ("Scene Heading", "Action", "Character"…). */
  type?: string
  /** A Final Draft scene heading's number. */
  number?: string
}

export type TextForm = 'chinese' | 'fountain'

const zhNumber = (episode: number, part: string) => `${episode}-${part}`
const enNumber = (_episode: number, part: string) => part
/** Control characters, as a binary file read as text holds. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\uFFFD]/

/** A heading of either kind; the number is written as the form writes it. */
function heading(text: string): { fields: HeadingFields, zh: boolean } | { error: 'sentence' | 'bareNumber' } | null {
  const en = enHeading(text)
  if (en) return { fields: en, zh: false }
  const zh = zhHeading(text)
  if (zh === null) return null
  if ('error' in zh) return { error: zh.error.startsWith('a scene number') ? 'bareNumber' : 'sentence' }
  return { fields: zh, zh: true }
}

/** Places a line of action, dialogue or a cue that needs a scene: outside one it is front matter or a problem. */
function needsScene(b: Builder, line: number, text: string, seenHeading: boolean, what: string): boolean {
  if (b.scene) return true
  if (!seenHeading) b.place(line, 'front')
  else b.problem(line, text, 'noScene', { what, episode: b.episode })
  return false
}

export function walk(blocks: readonly Block[], form: TextForm, unnamedPlace: string): Builder {
  const b = new Builder(unnamedPlace)
  let seenHeading = false
  let firstLine = true
  let titlePage = form === 'fountain'
  let inDialogue = false
  let pendingDialogue = false
  let blankBefore = true
  let multiline: '*/' | ']]' | null = null

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = block.text.normalize('NFKC').trim()
    if (text === '') {
      blankBefore = true
      inDialogue = false
      pendingDialogue = false
      titlePage = false
      continue
    }
    const line = block.line
    const wasBlank = blankBefore
    blankBefore = false
    const first = firstLine
    firstLine = false
    if (CONTROL.test(text)) { b.problem(line, text, 'control'); continue }

    if (multiline) {
      b.place(line, 'note')
      if (text.includes(multiline)) multiline = null
      continue
    }
    if (/^\/\*/.test(text) || (form === 'fountain' && /^\[\[/.test(text))) {
      b.place(line, 'note')
      const end = text.startsWith('/*') ? '*/' : ']]'
      if (!text.slice(2).includes(end)) multiline = end
      continue
    }
    if (titlePage && !seenHeading && (titleKey(text) !== null || (!first && /^\s/.test(block.text)))) {
      const value = titleKey(text)
      if (value && /^title/i.test(text) && !b.title) b.title = value
      b.place(line, 'title')
      continue
    }
    titlePage = false

    if (block.type !== undefined) {
      const done = typedBlock(b, block, text, seenHeading)
      if (done === 'heading') seenHeading = true
      if (done !== 'text') continue
    }

    let h = heading(text)
    if (h && 'error' in h && h.error === 'bareNumber') {
      // 1-1 / 第1场 alone, its fields on the lines below (时间:日, 地点:咖啡厅(内), 内景)
      const fields: string[] = []
      const used: number[] = []
      let j = i + 1
      for (; j < blocks.length && fields.length < 4; j++) {
        const next = blocks[j]!.text.normalize('NFKC').trim()
        if (next === '') continue
        const field = zhFieldLine(next)
        if (field === null) break
        fields.push(field)
        used.push(blocks[j]!.line)
      }
      const joined = fields.length > 0 ? heading(`${text} ${fields.join(' ')}`) : null
      if (joined && !('error' in joined)) {
        h = joined
        for (const l of used) b.place(l, 'heading')
        i = j - 1
      }
    }
    if (h && 'error' in h) { b.problem(line, text, h.error); continue }
    if (h) {
      b.startScene(h.fields, line, text, h.zh ? zhNumber : enNumber)
      seenHeading = true
      inDialogue = pendingDialogue = false
      continue
    }
    const ep = zhEpisode(text) ?? enEpisode(text)
    if (ep) {
      b.startEpisode(ep.episode)
      b.place(line, 'episode')
      continue
    }
    const names = zhCastList(text)
    if (names) {
      for (const n of names) b.addCast(n)
      b.place(line, 'cast-list')
      continue
    }
    const title = !seenHeading && !b.scene ? zhTitle(text) : null
    if (title !== null) {
      // the title as written, full-width punctuation kept
      if (!b.title) b.title = zhTitle(block.text.trim().replace(/^(剧名|片名|标题|Title)\s*：/i, '$1:')) ?? title
      b.place(line, 'title')
      continue
    }
    if (block.type !== undefined) {
      if (zhNote(text) || enNote(text)) b.place(line, 'note')
      else if (needsScene(b, line, text, seenHeading, 'action')) { b.place(line, 'action'); b.addText(text, true, block.text.trim()) }
    }
    else if (form === 'fountain') fountainLine(b, blocks, i, text, block.text.trim(), wasBlank, seenHeading)
    else chineseLine(b, text, block.text.trim(), line, seenHeading)
    inDialogue = b.placed.get(line) === 'character' || (inDialogue && b.placed.get(line) === 'dialogue')
    if (first && b.placed.get(line) === 'front') {
      b.place(line, 'title')
      if (!b.title && text.length <= 40) b.title = text
    }
  }
  return b

  function chineseLine(b: Builder, text: string, raw: string, line: number, seen: boolean): void {
    if (zhNote(text)) { b.place(line, 'note'); pendingDialogue = false; return }
    const action = zhAction(text)
    if (action !== null) {
      pendingDialogue = false
      if (needsScene(b, line, text, seen, 'action')) { b.place(line, 'action'); b.addText(action, true, raw.replace(/^[△▲▽●*]\s*/, '')) }
      return
    }
    const cue = zhCue(text)
    if (cue && (b.scene || !seen || cue.cast)) {
      if (!needsScene(b, line, text, seen, 'dialogue')) return
      if (cue.cast) b.addCast(cue.name)
      b.place(line, 'dialogue')
      b.addText(cue.text, false)
      pendingDialogue = cue.text === ''
      return
    }
    if (!b.scene) { b.place(line, 'front'); return }
    b.place(line, pendingDialogue ? 'dialogue' : 'action')
    b.addText(text, !pendingDialogue, raw)
    pendingDialogue = false
  }

  function fountainLine(b: Builder, all: readonly Block[], i: number, text: string, raw: string, wasBlank: boolean, seen: boolean): void {
    const line = all[i]!.line
    if (inDialogue) {
      b.place(line, 'dialogue')
      if (!/^\(.*\)$/.test(text)) b.addText(text.replace(/^~/, ''), false)
      return
    }
    if (enNote(text)) { b.place(line, 'note'); return }
    const next = all[i + 1]
    const cue = wasBlank && next && next.text.trim() !== '' ? enCue(text) : null
    if (cue) {
      if (!needsScene(b, line, text, seen, 'dialogue')) return
      b.addCast(cue)
      b.place(line, 'character')
      return
    }
    if (!needsScene(b, line, text, seen, 'action')) return
    b.place(line, 'action')
    b.addText(text.replace(/^!/, ''), true, raw.replace(/^!/, ''))
  }
}

/**
 * A paragraph of a Final Draft file, placed by its type: 'heading' for a scene heading, 'placed'
 * for a cue, dialogue or note, 'text' when its type (Action, General…) leaves it to be read as a line.
 */
function typedBlock(b: Builder, block: Block, text: string, seen: boolean): 'heading' | 'placed' | 'text' {
  const line = block.line
  switch (block.type) {
    case 'Scene Heading': {
      const en = enHeading(text, false)
      const zh = en ? null : zhHeading(text)
      const zhOk = zh !== null && !('error' in zh)
      const h: HeadingFields = en ?? (zhOk ? zh : { episode: null, scene: null, time: null, setting: null, location: text, cast: [] })
      if (block.number && /^[\w.-]+$/.test(block.number)) h.scene = block.number
      b.startScene(h, line, text, zhOk ? zhNumber : enNumber)
      return 'heading'
    }
    case 'Character':
      if (needsScene(b, line, text, seen, 'dialogue')) {
        b.addCast(text.replace(/\s*\^$/, '').replace(/\s*\([^)]*\)/g, '').trim())
        b.place(line, 'character')
      }
      return 'placed'
    case 'Dialogue': case 'Parenthetical': case 'Lyrics':
      if (needsScene(b, line, text, seen, 'dialogue')) {
        b.place(line, 'dialogue')
        if (block.type !== 'Parenthetical') b.addText(text, false)
      }
      return 'placed'
    case 'Transition': case 'New Act': case 'End of Act': case 'Outline': case 'Outline Body':
      b.place(line, 'note')
      return 'placed'
    case 'Cast List':
      for (const n of zhCastList(text) ?? text.split(/[,、]/)) if (n.trim()) b.addCast(n.trim())
      b.place(line, 'cast-list')
      return 'placed'
    default:
      return 'text'
  }
}
