/**
 * How full each page of a PDF is, measured on the page as printed (text, rules and pictures alike):
 * poppler's `pdftoppm -gray` draws every page as a small greyscale PGM, and the lowest row holding
 * a pixel darker than near-white marks where the page's content ends. The printed margins are left
 * out (the page number sits in the bottom one), so a page's fill is the share of its content box,
 * from the top margin down, that is used: 1 for a full page, about 0.05 for the running header alone.
 *
 * `parsePgm`, `inkBottom` and `fillOf` are pure (unit-tested in pageFill.test.ts on hand-made
 * pictures); `pdfPageFills` runs pdftoppm (Debian's poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Throws, saying how to get it, when poppler-utils (pdftotext, pdftoppm, pdfinfo) is missing. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdftoppm', 'pdfinfo']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' })
    }
    catch {
      throw new Error(`${tool} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils); .ci/run does.`)
    }
  }
}

export interface Pgm {
  width: number
  height: number
  /** One grey value per pixel (0 black … `maxval` white), row by row. */
  pixels: Uint8Array
  maxval: number
}

/** Reads a binary greyscale PGM (`P5`, 8-bit), with `#` comments in its header. */
export function parsePgm(bytes: Uint8Array): Pgm {
  const fields: number[] = []
  let magic = ''
  let i = 0
  const space = (b: number) => b === 0x20 || b === 0x09 || b === 0x0A || b === 0x0D
  while (fields.length < 3) {
    while (i < bytes.length && space(bytes[i]!)) i++
    if (bytes[i] === 0x23) { // '#': a comment to the end of its line
      while (i < bytes.length && bytes[i] !== 0x0A) i++
      continue
    }
    const start = i
    while (i < bytes.length && !space(bytes[i]!)) i++
    if (start === i) throw new Error(`PGM header cut short at byte ${i}`)
    const token = new TextDecoder().decode(bytes.subarray(start, i))
    if (!magic) {
      if (token !== 'P5') throw new Error(`not a binary PGM: starts with "${token.slice(0, 8)}", expected "P5"`)
      magic = token
      continue
    }
    const n = Number(token)
    if (!Number.isInteger(n) || n <= 0) throw new Error(`PGM header: "${token}" is not a positive whole number`)
    fields.push(n)
  }
  const [width, height, maxval] = fields as [number, number, number]
  if (maxval > 255) throw new Error(`PGM with 16-bit pixels (maxval ${maxval}): only 8-bit is read`)
  const start = i + 1 // one whitespace byte after maxval
  const pixels = bytes.subarray(start, start + width * height)
  if (pixels.length < width * height) throw new Error(`PGM of ${width}×${height} holds only ${pixels.length} pixels`)
  return { width, height, pixels, maxval }
}

/**
 * The lowest row (0 at the top) within rows [from, to) holding a pixel darker than `white` (a share of
 * maxval: 0.95 counts light rules and anti-aliased text as ink); -1 when those rows are blank.
 */
export function inkBottom(pgm: Pgm, from = 0, to = pgm.height, white = 0.95): number {
  const limit = white * pgm.maxval
  for (let y = Math.min(to, pgm.height) - 1; y >= Math.max(0, from); y--) {
    const row = pgm.pixels.subarray(y * pgm.width, (y + 1) * pgm.width)
    if (row.some(v => v < limit)) return y
  }
  return -1
}

/** Margins of the printed page, in pixels of the picture. */
export interface Margins {
  top: number
  bottom: number
}

/** Share (0–1) of the page's content box, from its top, down to the lowest ink in it; 0 for a blank page. */
export function fillOf(pgm: Pgm, margins: Margins): number {
  const top = Math.round(margins.top)
  const bottom = pgm.height - Math.round(margins.bottom)
  const y = inkBottom(pgm, top, bottom)
  return y < 0 ? 0 : (y + 1 - top) / (bottom - top)
}

/** Each page's fill (`fillOf`), drawn at `dpi` with margins given in millimetres. */
export function pdfPageFills(pdfPath: string, margins: { topMm: number, bottomMm: number }, dpi = 20): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'page-fill-'))
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', pdfPath, join(dir, 'p')])
    // p-1.pgm … or p-01.pgm …: the page number is zero-padded to the count's width.
    const files = readdirSync(dir).filter(f => f.endsWith('.pgm')).sort((a, b) => pageNo(a) - pageNo(b))
    const px = dpi / 25.4
    return files.map(f => fillOf(parsePgm(readFileSync(join(dir, f))), { top: margins.topMm * px, bottom: margins.bottomMm * px }))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const pageNo = (file: string) => Number(/-(\d+)\.pgm$/.exec(file)![1])
