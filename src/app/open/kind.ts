/**
 * What a picked, dropped or pasted file is, from its name and first bytes: a project file, a
 * script (issue 15) or a spreadsheet budget (issue 17). Pure: used by the app and the tests.
 */
export type FileKind = 'project' | 'script' | 'sheet'

const SCRIPT = /\.(fountain|spmd|fdx|docx|txt|text|md)$/i
const SHEET = /\.(xlsx|xlsm|csv|tsv)$/i

/** The file's kind; `null` when neither its name nor its start says what it is. */
export function fileKind(name: string, head: Uint8Array): FileKind | null {
  if (/\.json$/i.test(name)) return 'project'
  if (SHEET.test(name)) return 'sheet'
  if (SCRIPT.test(name)) return 'script'
  // No telling extension: a JSON object is a project, anything else is read as text (a script).
  let i = 0
  if (head[0] === 0xEF && head[1] === 0xBB && head[2] === 0xBF) i = 3
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0A || head[i] === 0x0D || head[i] === 0x09)) i++
  if (head[i] === 0x7B) return 'project'
  return null
}

/** What the file inputs accept: every kind above. */
export const OPEN_ACCEPT = '.json,application/json,.fountain,.spmd,.fdx,.docx,.txt,.text,.md,.xlsx,.xlsm,.csv,.tsv'
