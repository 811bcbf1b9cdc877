// Which CSS marker each diagram element gets: 'current' for open steps, 'done' for completed ones, and any
// named marks (the compare page's 'added', 'removed', 'changed').

/**
 * @param {{ current?: string[], done?: string[], marks?: Record<string, string> }} state element ids
 * @returns {Array<[string, string]>} pairs of element id and marker; an open step wins over a completed one
 */
export function markersFor(state) {
  const current = new Set(state.current ?? []);
  const pairs = [];
  for (const id of new Set(state.done ?? [])) {
    if (!current.has(id)) pairs.push([id, 'done']);
  }
  for (const id of current) pairs.push([id, 'current']);
  for (const [id, mark] of Object.entries(state.marks ?? {})) pairs.push([id, mark]);
  return pairs;
}
