/**
 * Selecting strips as in a file list: a click selects one, Shift+click the range from the anchor,
 * Ctrl/Cmd+click adds or removes one. Pure, over the order shown.
 */
export interface Selection {
  ids: Set<string>
  anchor: string | null
}

export function clickSelect(order: readonly string[], sel: Selection, id: string, mode: 'one' | 'range' | 'toggle'): Selection {
  if (mode === 'toggle') {
    const ids = new Set(sel.ids)
    if (ids.has(id)) ids.delete(id)
    else ids.add(id)
    return { ids, anchor: id }
  }
  if (mode === 'range' && sel.anchor !== null) {
    const a = order.indexOf(sel.anchor)
    const b = order.indexOf(id)
    if (a >= 0 && b >= 0) {
      const [from, to] = a <= b ? [a, b] : [b, a]
      return { ids: new Set(order.slice(from, to + 1)), anchor: sel.anchor }
    }
  }
  return { ids: new Set([id]), anchor: id }
}

/** The strip above (−1) or below (+1) `id` in `order`, or `id` at an end. */
export function neighbour(order: readonly string[], id: string, direction: -1 | 1): string {
  const i = order.indexOf(id)
  return order[Math.max(0, Math.min(order.length - 1, i + direction))] ?? id
}
