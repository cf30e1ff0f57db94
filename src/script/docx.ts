/**
 * A Word file (.docx, a zip) to lines of text: the paragraphs of word/document.xml, a line break
 * inside a paragraph starting a new line. Deleted text (tracked changes) and field codes are left out.
 */
import { unzipSync } from 'fflate'
import { walkXml } from './xml'

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4B && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The text of a .docx, one paragraph a line; null when it is not a Word document. */
export function docxText(bytes: Uint8Array): string | null {
  let xml: Uint8Array | undefined
  try {
    xml = unzipSync(bytes, { filter: f => f.name === 'word/document.xml' })['word/document.xml']
  }
  catch {
    return null
  }
  if (!xml) return null
  const lines: string[] = []
  let current = ''
  let inText = 0
  let inBody = false
  walkXml(new TextDecoder('utf-8').decode(xml), {
    open(name) {
      if (name === 'w:body') inBody = true
      else if (name === 'w:t') inText++
      else if (name === 'w:tab' && inText === 0) current += '\t'
      else if ((name === 'w:br' || name === 'w:cr') && inText === 0) { lines.push(current); current = '' }
    },
    close(name) {
      if (name === 'w:t' && inText > 0) inText--
      else if (name === 'w:p' && inBody) { lines.push(current); current = '' }
    },
    text(text) {
      if (inText > 0) current += text
    },
  })
  if (current) lines.push(current)
  return lines.join('\n')
}
