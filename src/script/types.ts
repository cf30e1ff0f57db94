/**
 * What the script reader gives back (issue 15): a breakdown in the shape of MODEL.md §6, the
 * problems it met, and where every non-blank line of the script went.
 */
import type { CastMember, Location, Scene } from '../engine/types'
import type { ProblemCode, ProblemParams } from './problems'

/** What a non-blank line was read as. */
export type LineKind =
  | 'title'        // title page or a title before the first episode or scene
  | 'front'        // text before the first scene heading (synopsis, character notes…)
  | 'episode'      // 第1集, # Episode 2
  | 'heading'      // a scene heading
  | 'cast-list'    // 人物：… / 出场人物：…
  | 'action'
  | 'character'    // a dialogue cue
  | 'dialogue'     // dialogue, parentheticals included
  | 'note'         // 【闪回】, [[notes]], transitions, sections, page breaks
  | 'unplaced'     // listed in the problems

/** A line the reader could not place, or placed with a guess; `line` counts from 1. */
export interface ScriptProblem {
  line: number
  text: string
  /** What is wrong, in English; `code` and `params` give it in other languages. */
  message: string
  code: ProblemCode
  params: ProblemParams
  /** True when the line was placed anyway (e.g. a heading without 日/夜, taken as day). */
  placed: boolean
}

export type ScriptForm = 'chinese' | 'fountain' | 'fdx' | 'docx'

/** How screen minutes are estimated (see minutes.ts). */
export type MinutesRule =
  | { mode: 'share', minutesPerEpisode: number }
  | { mode: 'rate', charsPerMinute?: number, wordsPerMinute?: number }

export interface ReadOptions {
  minutes?: MinutesRule
  /** 'fountain' reads English screenplay cues; by default the form is found from the text. */
  form?: 'chinese' | 'fountain'
}

export interface ScriptBreakdown {
  locations: Location[]
  cast: CastMember[]
  scenes: Scene[]
  problems: ScriptProblem[]
}

export interface ScriptRead extends ScriptBreakdown {
  form: ScriptForm
  /** The script's title when it gives one (《…》, Title:), else ''. */
  title: string
  /** How many scenes each episode has, by episode number. */
  episodes: number[]
  /** Each scene's CJK characters and English words of action and dialogue, in scene order. */
  sizes: { cjk: number, words: number }[]
  /** Each non-blank line's kind, by line number (blank lines are absent). */
  placed: Map<number, LineKind>
  /** Why the input is not a script at all; absent when it is one. */
  refused?: Refusal
}

export type RefusalCode = 'binary' | 'tooLarge' | 'noHeading' | 'notWord' | 'fault'

/** Why a file is not read as a script: a code for the app's languages and one English sentence. */
export interface Refusal {
  code: RefusalCode
  message: string
}
