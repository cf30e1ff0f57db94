/**
 * The problems the reader reports, each with a code (the app shows it in the user's language,
 * see src/i18n/areas/script.ts) and an English message (the command line prints it).
 */
export type ProblemCode =
  | 'sentence' | 'bareNumber' | 'noScene' | 'control'
  | 'noTime' | 'noSetting' | 'noPlace' | 'episodeMismatch' | 'duplicate'

export type ProblemParams = Record<string, string | number>

/** Codes of lines that are NOT placed; the others are placed with a guess. */
export const UNPLACED: ReadonlySet<ProblemCode> = new Set(['sentence', 'bareNumber', 'noScene', 'control'])

const EN: Record<ProblemCode, (p: ProblemParams) => string> = {
  sentence: () => 'starts like a scene heading but reads as a sentence (no time, no 内/外, a long place); not read as a heading',
  bareNumber: () => 'a scene number without a time (日/夜), 内/外 or a place; not read as a heading',
  noScene: p => `${p.what} after episode ${p.episode} starts and before its first scene heading: no scene to put it in`,
  control: () => 'holds control characters, as a binary file does; left out',
  noTime: p => `no time of day (日/夜, DAY/NIGHT) in the heading; taken as ${p.time}`,
  noSetting: () => 'no 内/外 (INT./EXT.) in the heading; taken as interior',
  noPlace: p => `no place in the heading; named "${p.place}"`,
  episodeMismatch: p => `heading of episode ${p.heading} under the marker of episode ${p.marker}; episode ${p.heading} taken from the heading`,
  duplicate: p => `scene ${p.number} of episode ${p.episode} appears again; this one is ${p.id}`,
}

export function problemMessage(code: ProblemCode, params: ProblemParams): string {
  return EN[code](params)
}
