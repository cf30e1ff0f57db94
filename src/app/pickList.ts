/**
 * What a searchable pick list shows: the options whose label holds every word typed (any case,
 * full-width letters and digits as half-width), the ticked ones first, at most `limit` of them,
 * and how many more match. Pure, so the picker's logic is tested without mounting anything.
 */
export interface PickOption {
  id: string
  label: string
}

export interface PickView {
  shown: PickOption[]
  /** Options that match but are not shown (type more to narrow). */
  more: number
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase()

export function pickView(options: readonly PickOption[], selected: ReadonlySet<string>, query: string, limit: number): PickView {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const matches = (o: PickOption) => {
    if (words.length === 0) return true
    const label = fold(o.label)
    return words.every(w => label.includes(w))
  }
  const ticked: PickOption[] = []
  const rest: PickOption[] = []
  let found = 0
  for (const o of options) {
    if (!matches(o)) continue
    found++
    if (selected.has(o.id)) ticked.push(o)
    else if (ticked.length + rest.length < limit) rest.push(o)
  }
  const shown = [...ticked, ...rest].slice(0, Math.max(limit, ticked.length))
  return { shown, more: found - shown.length }
}

/** "Script, Prep +3": the first `n` labels of the ticked options and how many more. */
export function pickSummary(labels: readonly string[], n: number, separator: string): { text: string, more: number } {
  return { text: labels.slice(0, n).join(separator), more: Math.max(0, labels.length - n) }
}
