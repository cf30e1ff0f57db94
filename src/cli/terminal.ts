/**
 * Text from a project file, made harmless for a terminal. Names, ids and titles are data: an
 * escape sequence in one (`\x1b[2J` clears the screen, OSC 8 makes links, C1 `\x9b` is a CSI)
 * must be shown, not obeyed; nor may a newline or a bidirectional override reshape the table.
 */

// DEL, C1 controls, the line and paragraph separators, and the bidirectional marks, embeddings,
// overrides and isolates; with the C0 controls for plain text (JSON.stringify escapes those).
const UNSAFE_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'
const UNSAFE = new RegExp(`[\\u0000-\\u001f${UNSAFE_BEYOND_C0}]`, 'g')
const UNSAFE_IN_JSON = new RegExp(`[${UNSAFE_BEYOND_C0}]`, 'g')

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** The text with each unsafe character written as a visible escape: `\x1b`, `\n`, `\u202e`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0)
    return Object.hasOwn(NAMED, c) ? NAMED[c]! : code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/**
 * JSON text with every character a terminal could obey written as a `\u` escape. JSON.stringify
 * already escapes C0 controls; this adds DEL, C1 and the others above. The JSON means the same.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

// For CSV: everything above but the line feed (rows end with it, a quoted cell may hold one) and
// the tab, which a terminal shows as space.
const UNSAFE_IN_CSV = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${UNSAFE_BEYOND_C0}]`, 'g')

/**
 * CSV text for a terminal: ESC, BEL, carriage returns, C1 controls and bidirectional marks are
 * written as visible escapes (`\x1b`), as in the table. Only for a terminal: a file or a pipe gets
 * the cells as they are.
 */
export function terminalSafeCsv(csv: string): string {
  return csv.replace(UNSAFE_IN_CSV, c => visible(c))
}
