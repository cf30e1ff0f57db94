/**
 * A small, tolerant XML reader for Final Draft and Word files: it walks the tags and text of a
 * document and calls back, with no DOM (so it runs in a worker and the command line). It never
 * throws: broken markup reads as far as it can.
 */

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, at: number): void
  close(name: string): void
  text(text: string): void
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0' }

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))
      return Number.isInteger(code) && code >= 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : whole
    }
    return ENTITY[e.toLowerCase()] ?? whole
  })
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? '')
  return out
}

/** Walks `xml`; `at` is the offset of each opening tag (for line numbers). */
export function walkXml(xml: string, handler: XmlHandler): void {
  let i = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    if (lt < 0) { handler.text(unescapeXml(xml.slice(i))); return }
    if (lt > i) handler.text(unescapeXml(xml.slice(i, lt)))
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      i = end < 0 ? n : end + 3
      continue
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      handler.text(xml.slice(lt + 9, end < 0 ? n : end))
      i = end < 0 ? n : end + 3
      continue
    }
    const gt = xml.indexOf('>', lt + 1)
    if (gt < 0) return
    const tag = xml.slice(lt + 1, gt)
    i = gt + 1
    if (tag[0] === '?' || tag[0] === '!') continue
    if (tag[0] === '/') { handler.close(tag.slice(1).trim()); continue }
    const selfClosing = tag.endsWith('/')
    const body = selfClosing ? tag.slice(0, -1) : tag
    const space = body.search(/\s/)
    const name = space < 0 ? body : body.slice(0, space)
    handler.open(name, space < 0 ? {} : attributes(body.slice(space)), lt)
    if (selfClosing) handler.close(name)
  }
}
