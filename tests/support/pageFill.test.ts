import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillOf, inkBottom, parsePgm, pdfPageFills } from './pageFill'

/** A binary PGM of `rows` (grey values), with a comment in its header as pdftoppm may write. */
function pgm(rows: number[][]): Uint8Array {
  const head = new TextEncoder().encode(`P5\n# hand-made\n${rows[0]!.length} ${rows.length}\n255\n`)
  return new Uint8Array([...head, ...rows.flat()])
}

const W = 255
/** 4 pixels wide, 10 rows: white but for a dark pixel in row 6 and a "page number" in row 9. */
const page = pgm([
  [W, W, W, W], // 0: top margin
  [0, 0, 0, 0], // 1: the running header
  [W, W, W, W],
  [W, W, W, W],
  [W, 250, W, W], // 4: lighter than 95 % of white: paper, not ink
  [W, W, W, W],
  [W, W, 240, W], // 6: a light grey rule counts
  [W, W, W, W],
  [W, W, W, W], // 8: bottom margin
  [W, 0, W, W], // 9: the page number, in the margin
])

describe('parsePgm', () => {
  it('reads the size, the depth and every pixel, past a comment', () => {
    const p = parsePgm(page)
    expect([p.width, p.height, p.maxval]).toEqual([4, 10, 255])
    expect(p.pixels).toHaveLength(40)
    expect(p.pixels[4 * 6 + 2]).toBe(240)
    expect(p.pixels[4 * 9 + 1]).toBe(0)
  })

  it('refuses what it cannot read, saying what', () => {
    expect(() => parsePgm(new TextEncoder().encode('P2\n2 1\n255\n0 0\n'))).toThrow('not a binary PGM: starts with "P2"')
    expect(() => parsePgm(new TextEncoder().encode('P5\n2 x\n255\n'))).toThrow('"x" is not a positive whole number')
    expect(() => parsePgm(new TextEncoder().encode('P5\n2 2\n65535\n'))).toThrow('16-bit')
    expect(() => parsePgm(new Uint8Array([...new TextEncoder().encode('P5 3 3 255\n'), 0, 0]))).toThrow('holds only 2 pixels')
  })
})

describe('inkBottom and fillOf', () => {
  it('finds the lowest non-white row, in the rows asked', () => {
    const p = parsePgm(page)
    expect(inkBottom(p)).toBe(9)
    expect(inkBottom(p, 0, 9)).toBe(6)
    expect(inkBottom(p, 2, 6)).toBe(-1)
  })

  it('measures the content box between the margins: the page number does not count', () => {
    // Content rows 1–7 (seven rows); ink down to row 6: six of the seven.
    expect(fillOf(parsePgm(page), { top: 1, bottom: 2 })).toBeCloseTo(6 / 7, 10)
    // Only the header: one row of seven.
    const header = pgm([[W, W], [0, 0], [W, W], [W, W], [W, W], [W, W], [W, W], [W, W], [W, W], [0, W]])
    expect(fillOf(parsePgm(header), { top: 1, bottom: 2 })).toBeCloseTo(1 / 7, 10)
    // Nothing at all but the page number: empty.
    const blank = pgm([[W, W], [W, W], [W, W], [W, 0]])
    expect(fillOf(parsePgm(blank), { top: 1, bottom: 1 })).toBe(0)
  })
})

/** A two-page A4 PDF: page 1 black from its top edge down to its middle, page 2 only a mark low in its bottom margin. */
function twoPagePdf(): string {
  const contents = ['0 0 0 rg 0 421 595 421 re f', '0 0 0 rg 500 14 30 10 re f']
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>',
    ...contents.map(c => `<< /Length ${c.length} >>\nstream\n${c}\nendstream`),
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((o, i) => {
    const at = body.length
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
    return at
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return body
}

let poppler = true
try {
  execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' })
}
catch {
  poppler = false
}

describe.skipIf(!poppler)('pdfPageFills (pdftoppm)', () => {
  it('gives each page\'s fill of its content box, margins in millimetres', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-fill-test-'))
    try {
      const path = join(dir, 'two.pdf')
      writeFileSync(path, twoPagePdf())
      const [first, second, ...rest] = pdfPageFills(path, { topMm: 12, bottomMm: 13 })
      expect(rest).toEqual([])
      // Ink to the page's middle (148.5 mm of 297): (148.5 − 12) / (297 − 12 − 13) of the box, to a pixel (1.27 mm).
      expect(first).toBeGreaterThan((148.5 - 12 - 1.3) / 272)
      expect(first).toBeLessThan((148.5 - 12 + 1.3) / 272)
      expect(second).toBe(0)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
