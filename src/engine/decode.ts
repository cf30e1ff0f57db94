/**
 * A project file's bytes as text, the way the app reads them: UTF-8 (with or without a
 * byte-order mark), or UTF-16 when the file starts with its byte-order mark (Windows Notepad
 * saves "Unicode" so). Bytes that are not UTF-8 (a Latin-1 or GBK file) are refused and named,
 * never shown as `Caf� r�sum�`.
 */
import type { Problem } from './types'

/** The text of the bytes, or why they are not text this tool reads. */
export function decodeProjectBytes(bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be')
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) }
  }
  catch {
    const at = firstInvalidUtf8(body)
    const offset = at + (body === bytes ? 0 : 3)
    const byte = bytes[offset] ?? 0
    const { line, column } = lineOf(bytes, offset)
    return {
      problem: {
        path: '',
        message: `not UTF-8 text: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} (byte ${offset.toLocaleString('en-US')}) is not UTF-8; the file is probably in another encoding (Latin-1, Windows-1252, GBK…). Save it as UTF-8 and open it again`,
      },
    }
  }
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): { text: string } | { problem: Problem } {
  if (body.length % 2 !== 0)
    return { problem: { path: '', message: `not ${encoding.toUpperCase()} text: the file starts with a UTF-16 byte-order mark but holds an odd number of bytes` } }
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body) }
  }
  catch {
    return { problem: { path: '', message: `not ${encoding.toUpperCase()} text: the file starts with a UTF-16 byte-order mark but holds an unpaired surrogate` } }
  }
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1
    if (n < 0) return i
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]
      if (d === undefined || (d & 0xc0) !== 0x80) return i
    }
    // Overlong three-byte forms, surrogates and code points past U+10FFFF.
    const d1 = b[i + 1] ?? 0
    if ((c === 0xe0 && d1 < 0xa0) || (c === 0xed && d1 > 0x9f) || (c === 0xf0 && d1 < 0x90) || (c === 0xf4 && d1 > 0x8f)) return i
    i += n + 1
  }
  return b.length
}

function lineOf(b: Uint8Array, at: number): { line: number, column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < at; i++) {
    if (b[i] === 0x0a) {
      line++
      start = i + 1
    }
  }
  return { line, column: at - start + 1 }
}
