/**
 * The English words left in a text meant to be Chinese. What is not English is left out first:
 * quoted names and values ("…", “…”), paths in a file (`lines[2].rate`), escapes (`\n`), hex and
 * exponent numbers, a technical detail the app marks as such (技术细节，英文原文：…), and the
 * words of the file format, units, codes and product names a Chinese text uses as they are.
 */

/** Words a Chinese text keeps as they are: the file format's keys and values, codes, units, names. */
export const KEPT_WORDS = new Set([
  // The file format (shown as written in the file).
  'id', 'schemaVersion', 'true', 'false', 'null', 'of', 'times', 'n', 'hours', 'minutes', 'order', 'hoursPerDay',
  'moveHours', 'shoot', 'lag', 'labor', 'cost', 'atl', 'btl', 'post', 'other', 'flat', 'episode', 'minute',
  'month', 'span', 'worked', 'day', 'night', 'dawn', 'dusk', 'int', 'ext', 'int-ext',
  // Formats, encodings, codes and units.
  'JSON', 'UTF-8', 'UTF-16', 'UTF-16LE', 'UTF-16BE', 'ISO', 'CNY', 'USD', 'zh-CN', 'en-US', 'Latin-1',
  'Windows-1252', 'GBK', 'MB', 'KB', 'XLSX', 'xlsx', 'ZIP', 'CSV', 'csv', 'tsv', 'Excel', 'PNG', 'PDF',
  // A screenplay's heading words, as an English script writes them.
  'INT', 'EXT',
  // Names.
  'AI', 'Safari', 'NRTA', 'Word',
])

/** The Latin words of `text` that are neither kept words nor in `allowed` (names the caller passed in). */
export function englishWords(text: string, allowed: readonly string[] = []): string[] {
  const keep = new Set([...KEPT_WORDS, ...allowed])
  let rest = text
  for (const name of allowed) rest = rest.split(name).join(' ')
  rest = rest
    .replace(/技术细节，英文原文：[^）]*/g, ' ')
    .replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, ' ')
    .replace(/[\w-]+(?:\[\d+\])+(?:\.[\w-]+(?:\[\d+\])*)*/g, ' ')
    .replace(/\\[a-zA-Z]\w*/g, ' ')
    .replace(/0x[0-9A-Fa-f]+|\d+(?:\.\d+)?e[+-]?\d+/g, ' ')
  return [...rest.matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)].map(m => m[0]).filter(w => !keep.has(w))
}
