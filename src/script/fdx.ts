/**
 * A Final Draft file (.fdx, XML) to blocks: each Paragraph of the script's Content with its Type
 * (Scene Heading, Action, Character, Dialogue, Parenthetical, Transition…), its text and the line
 * of the file it starts on. Title page, headers and settings are left out.
 */
import type { Block } from './walk'
import { walkXml } from './xml'

const SKIP = new Set(['TitlePage', 'HeaderAndFooter', 'ElementSettings', 'SmartType', 'ScriptNotes', 'Revisions', 'SplitState', 'PageLayout'])

export function isFdx(text: string): boolean {
  return /<FinalDraft[\s>]/.test(text.slice(0, 4096))
}

export function fdxBlocks(xml: string): Block[] {
  const blocks: Block[] = []
  const stack: string[] = []
  let skipping = 0
  let inContent = 0
  let para: Block | null = null
  let inText = 0
  let line = 1
  let counted = 0
  const lineAt = (at: number) => {
    for (let i = xml.indexOf('\n', counted); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) line++
    counted = Math.max(counted, at)
    return line
  }
  walkXml(xml, {
    open(name, attrs, at) {
      stack.push(name)
      if (SKIP.has(name)) skipping++
      else if (name === 'Content') inContent++
      else if (name === 'Paragraph' && inContent > 0 && skipping === 0) {
        if (para) blocks.push(para) // the one before was never closed
        para = { line: lineAt(at), text: '', type: attrs.Type ?? 'General', number: attrs.Number }
        inText = 0
      }
      else if (name === 'Text' && para) inText++
    },
    close(name) {
      // tolerate a missing close tag: unwind to the last open tag of this name
      const k = stack.lastIndexOf(name)
      if (k < 0) return
      for (const open of stack.splice(k)) {
        if (SKIP.has(open)) skipping--
        else if (open === 'Content') inContent--
        else if (open === 'Text' && inText > 0) inText--
        else if (open === 'Paragraph' && para) {
          blocks.push(para)
          para = null
        }
      }
    },
    text(text) {
      if (para && inText > 0) para.text += text
    },
  })
  if (para) blocks.push(para)
  return blocks
}
