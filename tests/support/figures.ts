/**
 * The figures of a text, to check that a translation keeps every figure of the English: shared by
 * the line-note and the source-note tests of the presets.
 */

/** What a figure's suffix multiplies it by: 30k = 30,000; 3万 = 30,000; 1M = 1 million = 100万; 5亿 = 500 million. */
const SCALE: Record<string, number> = { k: 1_000, 万: 10_000, M: 1_000_000, million: 1_000_000, 亿: 100_000_000 }

/**
 * The figures of a text as numbers, sorted: digit groups with their thousands separators and
 * decimals (`20,000`, `1.5`), times a `k`, `M`, `million`, `万` or `亿` written after them. In a
 * range whose second figure alone has the suffix (`10-30k`, as English writes it), the first takes
 * it too.
 */
export function figures(text: string): number[] {
  const found: { value: number, scale: number, end: number, start: number }[] = []
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k\b|M\b|million\b|万|亿)?/g)) {
    const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`)
    found.push({ value, scale: m[3] ? SCALE[m[3]]! : 1, start: m.index, end: m.index + m[0].length })
  }
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!]
    if (a.scale === 1 && b.scale !== 1 && /^\s*[-–]\s*$/.test(text.slice(a.end, b.start))) a.scale = b.scale
  }
  return found.map(f => Math.round(f.value * f.scale * 1000) / 1000).sort((x, y) => x - y)
}

/** Han characters: the text is written in Chinese. */
export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text)

/** Four English words in a row: an English sentence left in a translation (a name or a term is fewer). */
export const hasEnglishSentence = (text: string): boolean => /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(text)
