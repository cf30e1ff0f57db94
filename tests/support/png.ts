/**
 * A small PNG reader for tests: the signature, the size, and the colour of any pixel, decoded with
 * Node's zlib (8-bit greyscale, RGB, palette-less RGBA and grey+alpha; no interlacing), so that a
 * test can check what a downloaded picture holds without an image library.
 */
import { inflateSync } from 'node:zlib'

export const PNG_SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

export interface DecodedPng {
  width: number
  height: number
  /** RGBA of the pixel at (x, y), 0–255 each. */
  pixel: (x: number, y: number) => [number, number, number, number]
}

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

/** Width and height from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number, height: number } {
  if (!isPng(bytes)) throw new Error('not a PNG')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }

export function decodePng(bytes: Uint8Array): DecodedPng {
  const { width, height } = pngSize(bytes)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const depth = bytes[24]
  const colorType = bytes[25]!
  const interlace = bytes[28]
  const channels = CHANNELS[colorType]
  if (depth !== 8 || channels === undefined || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${interlace})`)
  const idat: Uint8Array[] = []
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length))
    if (type === 'IEND') break
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const out = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? out[y * stride + i - channels]! : 0
      const up = y > 0 ? out[(y - 1) * stride + i]! : 0
      const upLeft = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0
      let v = line[i]!
      if (filter === 1) v += left
      else if (filter === 2) v += up
      else if (filter === 3) v += Math.floor((left + up) / 2)
      else if (filter === 4) {
        const p = left + up - upLeft
        const pa = Math.abs(p - left)
        const pb = Math.abs(p - up)
        const pc = Math.abs(p - upLeft)
        v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      }
      out[y * stride + i] = v & 0xFF
    }
  }
  return {
    width,
    height,
    pixel(x, y) {
      const at = y * stride + x * channels
      const c = [...out.subarray(at, at + channels)]
      if (channels === 1) return [c[0]!, c[0]!, c[0]!, 255]
      if (channels === 2) return [c[0]!, c[0]!, c[0]!, c[1]!]
      if (channels === 3) return [c[0]!, c[1]!, c[2]!, 255]
      return [c[0]!, c[1]!, c[2]!, c[3]!]
    },
  }
}
