/**
 * The script reader (issue 15): a Chinese micro-drama or TV script, a Fountain screenplay, a
 * Final Draft .fdx or a Word .docx, as text or bytes, to a breakdown (MODEL.md §6) with the
 * problems met. Pure (no DOM, no Node) and it never throws: the worst input is refused with a reason.
 */
import { decodeText, looksBinary } from './decode'
import { docxText, isZip } from './docx'
import { enHeading } from './en'
import { fdxBlocks, isFdx } from './fdx'
import { DEFAULT_RULE, estimateMinutes } from './minutes'
import type { MinutesRule, ReadOptions, Refusal, RefusalCode, ScriptBreakdown, ScriptForm, ScriptRead } from './types'
import { walk } from './walk'
import type { Block, TextForm } from './walk'
import { zhHeading } from './zh'

export type { LineKind, MinutesRule, ReadOptions, Refusal, ScriptBreakdown, ScriptProblem, ScriptRead } from './types'
export { CHARS_PER_MINUTE, WORDS_PER_MINUTE, estimateMinutes } from './minutes'

/** The largest script read: 20 MB (an 80-episode script is well under 1 MB). */
export const MAX_SCRIPT_BYTES = 20_000_000

export const HEADING_EXAMPLES = '"1-1 日 内 咖啡厅" or "INT. COFFEE SHOP - DAY"'

const WHY: Record<RefusalCode, string> = {
  binary: 'it holds binary data, not text',
  tooLarge: 'it is larger than 20 MB, more than any script',
  noHeading: 'no scene heading was found in it',
  notWord: 'it is a zip archive but not a Word document',
  fault: 'it could not be read',
}

export function refusal(code: RefusalCode): Refusal {
  return { code, message: `This is not a script: ${WHY[code]}; a script has scene headings such as ${HEADING_EXAMPLES}.` }
}

function refused(code: RefusalCode, form: ScriptForm = 'chinese'): ScriptRead {
  return { locations: [], cast: [], scenes: [], problems: [], form, title: '', episodes: [], sizes: [], placed: new Map(), refused: refusal(code) }
}

/** 'fountain' when English scene headings outnumber Chinese ones. */
export function textForm(lines: readonly string[]): TextForm {
  let en = 0
  let zh = 0
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (enHeading(line, false)) en++
    else if (/^[\d第场]/.test(line)) {
      const h = zhHeading(line.normalize('NFKC'))
      if (h && !('error' in h)) zh++
    }
  }
  return en > zh ? 'fountain' : 'chinese'
}

function fromBlocks(blocks: Block[], form: TextForm, scriptForm: ScriptForm, options: ReadOptions): ScriptRead {
  const b = walk(blocks, form, form === 'fountain' ? 'UNSPECIFIED' : '未注明地点')
  if (b.scenes.length === 0) return refused('noHeading', scriptForm)
  const minutes = estimateMinutes(b.scenes, b.sizes, options.minutes ?? DEFAULT_RULE)
  b.scenes.forEach((s, i) => { s.minutes = minutes[i]! })
  const episodes: number[] = []
  for (const s of b.scenes) episodes[s.episode] = (episodes[s.episode] ?? 0) + 1
  return {
    locations: b.locations, cast: b.cast, scenes: b.scenes, problems: b.problems,
    form: scriptForm, title: b.title, episodes, sizes: b.sizes, placed: b.placed,
  }
}

function textBlocks(text: string): { blocks: Block[], lines: string[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)
  return { blocks: lines.map((t, i) => ({ line: i + 1, text: t })), lines }
}

/** Reads script text; `name` (a file name) may say its form (.fountain, .fdx). */
export function readScript(text: string, options: ReadOptions = {}, name = ''): ScriptRead {
  try {
    if (text.length > MAX_SCRIPT_BYTES) return refused('tooLarge')
    if (/\.fdx$/i.test(name) || isFdx(text)) return fromBlocks(fdxBlocks(text), 'fountain', 'fdx', options)
    const { blocks, lines } = textBlocks(text)
    const form = options.form ?? (/\.(fountain|spmd)$/i.test(name) ? 'fountain' : textForm(lines))
    return fromBlocks(blocks, form, form, options)
  }
  catch {
    return refused('fault')
  }
}

/** Reads the bytes of a script file: text in any of the encodings above, an .fdx or a .docx. */
export function readScriptBytes(bytes: Uint8Array, name = '', options: ReadOptions = {}): ScriptRead {
  try {
    if (bytes.length > MAX_SCRIPT_BYTES) return refused('tooLarge')
    if (isZip(bytes)) {
      const text = docxText(bytes)
      if (text === null) return refused('notWord', 'docx')
      const { blocks, lines } = textBlocks(text)
      const form = options.form ?? textForm(lines)
      return fromBlocks(blocks, form, 'docx', options)
    }
    const { text, encoding } = decodeText(bytes)
    if (looksBinary(bytes, encoding)) return refused('binary')
    return readScript(text, options, name)
  }
  catch {
    return refused('fault')
  }
}

/** The breakdown with its scenes' minutes estimated again under `rule` (the scenes are copied). */
export function withMinutes(read: ScriptRead, rule: MinutesRule): ScriptBreakdown {
  const minutes = estimateMinutes(read.scenes, read.sizes, rule)
  return { ...read, scenes: read.scenes.map((s, i) => ({ ...s, minutes: minutes[i]! })) }
}
