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

/**
 * The markers of elements inside a collapsed sub-process, shown on the sub-process too (nested ones up to the
 * top): 'current' when a step inside is open, else 'done' when one was completed, else 'changed' for a compare mark.
 * @param {Array<[string, string]>} pairs from markersFor
 * @param {(id: string) => string|null} hostOf the collapsed sub-process whose inside holds the element, or null
 */
export function liftMarkers(pairs, hostOf) {
  const rank = { current: 3, done: 2 };
  const lifted = new Map();
  for (const [id, marker] of pairs) {
    const mark = rank[marker] ? marker : 'changed';
    const seen = new Set();
    for (let host = hostOf(id); host && !seen.has(host); host = hostOf(host)) {
      seen.add(host);
      if ((rank[lifted.get(host)] ?? 1) < (rank[mark] ?? 1) || !lifted.has(host)) lifted.set(host, mark);
    }
  }
  const own = new Set(pairs.map(([id, marker]) => `${id} ${marker}`));
  return [...lifted].filter(([id, marker]) => !own.has(`${id} ${marker}`));
}

/** For liftMarkers and errorsInside over a bpmn-js diagram: the collapsed sub-process whose plane holds an element. */
export function collapsedHostOf(canvas, registry) {
  return (id) => {
    const element = registry.get(id);
    const root = element && canvas.findRoot(element);
    if (!root || root.type !== 'bpmn:SubProcess') return null;
    const host = registry.get(root.businessObject.id);
    return host && host !== element ? host.id : null;
  };
}
