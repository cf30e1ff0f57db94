/**
 * The shape of a project file (MODEL.md §1, §6): each part's fields, their types and the ranges
 * of single values, as valibot schemas. The rules that span the file are in validateRefs.ts and
 * validateLimits.ts; reading a file (migration, then all of these) is validate.ts.
 */
import * as v from 'valibot'

export const MSG = {
  required: 'is required',
  object: 'must be an object',
  list: 'must be a list',
  map: 'must be an object of id → value',
  text: 'must be text',
  id: 'must be a non-empty id',
  bool: 'must be true or false',
  nonNeg: 'must be a number ≥ 0',
  whole: 'must be a whole number ≥ 0',
  integer: 'must be a whole number',
  percent: 'must be a percentage from 0 to 100',
  positive: 'must be a number > 0',
  code: 'must be text of at most 20 characters',
  note: 'must be text of at most 2,000 characters',
  episode: 'must be a whole number ≥ 1',
} as const

function num(test: (n: number) => boolean, message: string) {
  return v.pipe(v.number(message), v.check(n => Number.isFinite(n) && test(n), message))
}

const text = v.string(MSG.text)
const id = v.pipe(v.string(MSG.id), v.check(s => s.trim() !== '', MSG.id))
const nonNeg = num(n => n >= 0, MSG.nonNeg)
const whole = num(n => Number.isInteger(n) && n >= 0, MSG.whole)
const integer = num(Number.isInteger, MSG.integer)
const percent = num(n => n >= 0 && n <= 100, MSG.percent)
const positive = num(n => n > 0, MSG.positive)
const code = v.pipe(v.string(MSG.code), v.maxLength(20, MSG.code))
const episode = num(n => Number.isInteger(n) && n >= 1, MSG.episode)
const ids = v.array(id, MSG.list)
const obj = <T extends v.ObjectEntries>(entries: T) => v.looseObject(entries, MSG.object)
/**
 * An object of id → value. Not `v.record`: valibot passes over the keys `__proto__`, `prototype`
 * and `constructor` there (it guards its own output against prototype pollution), which would let
 * their values in unchecked. Ids are data: every own key is checked here like any other.
 */
const map = <T extends v.GenericSchema>(value: T) => v.pipe(
  v.custom<Record<string, v.InferOutput<T>>>(x => typeof x === 'object' && x !== null && !Array.isArray(x), MSG.map),
  v.rawCheck(({ dataset, addIssue }) => {
    const input = dataset.value as Record<string, unknown>
    for (const key of Object.keys(input)) {
      const entry = v.safeParse(value, input[key], { abortEarly: false, abortPipeEarly: true })
      if (entry.success) continue
      for (const issue of entry.issues) {
        const at: v.IssuePathItem = { type: 'object', origin: 'value', input, key, value: input[key] }
        addIssue({ message: issue.message, input: issue.input, path: [at, ...(issue.path ?? [])] })
      }
    }
  }),
)
/** Checked in detail by `checkQuantity`, which gives more precise messages than a union. */
const quantity = v.unknown()

const source = obj({ title: text, url: v.optional(text), note: v.optional(text) })
const range = obj({ low: percent, likely: percent, high: percent })
const takes = obj({ low: positive, likely: positive, high: positive })

/** The parts of a project, each checked on its own when an edit changes it (see validateEdit.ts). */
export const metaSchema = obj({
  title: text,
  currency: text,
  locale: text,
  episodes: whole,
  minutesPerEpisode: nonNeg,
  notes: v.optional(text),
  sources: v.optional(v.array(source, MSG.list)),
})
export const phaseSchema = obj({ id, name: text, days: whole, after: v.optional(ids), lag: v.optional(integer) })
export const sectionSchema = obj({
  id,
  name: text,
  group: v.optional(v.picklist(['atl', 'btl', 'post', 'other'], 'must be one of atl, btl, post, other')),
  code: v.optional(code),
})
export const fringeSchema = obj({ id, name: text, percent })
export const lineSchema = obj({
  id,
  section: id,
  name: text,
  kind: v.picklist(['labor', 'cost'], 'must be labor or cost'),
  qty: quantity,
  unit: text,
  count: whole,
  rate: nonNeg,
  fringes: v.optional(ids),
  tags: v.optional(v.array(text, MSG.list)),
  code: v.optional(code),
  note: v.optional(v.pipe(v.string(MSG.note), v.maxLength(2000, MSG.note))),
})
export const markupSchema = obj({ id, name: text, percent, sections: v.optional(ids) })
export const leverSchema = obj({
  id,
  name: text,
  targets: v.optional(obj({
    kinds: v.optional(v.array(v.picklist(['labor', 'cost'], 'must be labor or cost'), MSG.list)),
    sections: v.optional(ids),
    tags: v.optional(v.array(text, MSG.list)),
    lines: v.optional(ids),
  })),
  reduction: v.optional(range),
  phaseDays: v.optional(map(range)),
  toolCost: v.optional(obj({
    amount: nonNeg,
    per: v.picklist(['flat', 'episode', 'minute', 'month'], 'must be one of flat, episode, minute, month'),
    section: id,
    takes: v.optional(takes),
  })),
  scenes: v.optional(obj({ tags: v.optional(v.array(text, MSG.list)), hours: range })),
  source: v.optional(source),
})
export const scenarioSchema = obj({
  id,
  name: text,
  baseline: v.optional(v.boolean(MSG.bool)),
  adoption: map(percent),
  overrides: v.optional(obj({
    episodes: v.optional(whole),
    minutesPerEpisode: v.optional(nonNeg),
    phases: v.optional(map(obj({ days: v.optional(whole), lag: v.optional(integer) }))),
    lines: v.optional(map(obj({ qty: v.optional(quantity), count: v.optional(whole), rate: v.optional(nonNeg) }))),
    fringes: v.optional(map(obj({ percent: v.optional(percent) }))),
    markups: v.optional(map(obj({ percent: v.optional(percent) }))),
    // Which keys these two may hold is checked with the plan (validatePlan.ts), by name.
    shoot: v.optional(obj({ order: v.optional(ids), hoursPerDay: v.optional(nonNeg), moveHours: v.optional(nonNeg) })),
    scenes: v.optional(map(obj({ hours: v.optional(nonNeg), minutes: v.optional(nonNeg) }))),
  })),
})

/* The breakdown and shoot plan (MODEL.md §6). */
export const locationSchema = obj({ id, name: text, code: v.optional(code) })
export const castSchema = obj({ id, name: text, pay: v.picklist(['span', 'worked'], 'must be span or worked') })
export const sceneSchema = obj({
  id,
  episode,
  number: text,
  time: v.picklist(['day', 'night', 'dawn', 'dusk'], 'must be one of day, night, dawn, dusk'),
  setting: v.picklist(['int', 'ext', 'int-ext'], 'must be one of int, ext, int-ext'),
  location: id,
  cast: ids,
  minutes: nonNeg,
  hours: v.optional(nonNeg),
  tags: v.optional(v.array(text, MSG.list)),
  summary: v.optional(text),
})
export const shootSchema = obj({
  phase: id,
  hoursPerDay: nonNeg,
  moveHours: v.optional(nonNeg),
  hoursPerMinute: nonNeg,
  order: v.optional(ids),
})

export const projectSchema = obj({
  schemaVersion: integer,
  meta: metaSchema,
  phases: v.array(phaseSchema, MSG.list),
  sections: v.array(sectionSchema, MSG.list),
  fringes: v.optional(v.array(fringeSchema, MSG.list)),
  lines: v.array(lineSchema, MSG.list),
  markups: v.optional(v.array(markupSchema, MSG.list)),
  levers: v.optional(v.array(leverSchema, MSG.list)),
  scenarios: v.pipe(v.array(scenarioSchema, MSG.list), v.minLength(1, 'must hold at least one scenario')),
  locations: v.optional(v.array(locationSchema, MSG.list)),
  cast: v.optional(v.array(castSchema, MSG.list)),
  scenes: v.optional(v.array(sceneSchema, MSG.list)),
  shoot: v.optional(shootSchema),
})
