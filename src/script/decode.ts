/**
 * Bytes of a text script to text: UTF-8 with or without a byte order mark, UTF-16 LE/BE with one
 * (or without, told by where its zero bytes fall), else GB18030 (which covers GBK and GB2312), as
 * many Chinese .txt scripts are saved. TextDecoder reads all of them in browsers and Node.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  // Text in UTF-8 or GB18030 has no zero byte at all; UTF-16 has one in every ASCII character
  // (digits, spaces, line ends), always on the same side of the pair, even in Chinese text.
  const enough = Math.max(2, (n / 2) * 0.02)
  if (oddZero >= enough && evenZero <= oddZero * 0.05) return 'utf-16le'
  if (evenZero >= enough && oddZero <= evenZero * 0.05) return 'utf-16be'
  return null
}

/** The encoding of `bytes` and where its text starts (after a byte order mark). */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding, start: number } {
  if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) return { encoding: 'utf-8', start: 3 }
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return { encoding: 'utf-16le', start: 2 }
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return { encoding: 'utf-16be', start: 2 }
  const wide = utf16WithoutBom(bytes)
  if (wide) return { encoding: wide, start: 0 }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { encoding: 'utf-8', start: 0 }
  }
  catch {
    return { encoding: 'gb18030', start: 0 }
  }
}

export function decodeText(bytes: Uint8Array): { text: string, encoding: Encoding } {
  const { encoding, start } = detectEncoding(bytes)
  return { text: new TextDecoder(encoding).decode(bytes.subarray(start)), encoding }
}

/**
 * True when the bytes are not text: NUL bytes in a file that is not UTF-16, or many control
 * characters (a picture, an archive, an executable).
 */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding.startsWith('utf-16')) return false
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!
    if (c === 0) return true
    if (c < 0x20 && c !== 0x09 && c !== 0x0A && c !== 0x0D && c !== 0x0C && c !== 0x1B) control++
  }
  return control > n * 0.02
}
