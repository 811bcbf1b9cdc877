// A multi-instance step (a council's vote) on the instance view: a badge with its counts, and a note listing each
// instance: whom it is for and its state. The words come from the server; here only their arrangement.

/**
 * @param {{ completed: number, total: number, active: number, summary: string, sequential: boolean,
 *   instances: Array<{ index: number, for: string, state: string, status: string }> }} loop
 * @returns {{ badge: string, heading: string, rows: Array<{ text: string, state: string }> }}
 *   the badge ("1/3": done of nrOfInstances), the note's heading and one row per instance, open ones first
 */
export function loopNote(loop) {
  const order = { open: 0, waiting: 1, done: 2, closed: 3 };
  const rows = [...(loop.instances ?? [])]
    .sort((a, b) => (order[a.state] ?? 4) - (order[b.state] ?? 4) || a.index - b.index)
    .map((i) => ({ text: `${i.for}: ${i.status}`, state: i.state }));
  return { badge: `${loop.completed}/${loop.total}`, heading: loop.summary, rows };
}
