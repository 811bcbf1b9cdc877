// The heat map's colours and words: green for the quickest step of a version, red for the slowest.

/** A colour from green (0) to red (1) through amber, as an HSL string. */
export function heatColour(ratio) {
  const r = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
  const hue = Math.round(120 * (1 - r));
  return `hsl(${hue}, 75%, 42%)`;
}

/** Each step's colour, by its median time against the slowest step's median. */
export function heatColours(steps) {
  const max = Math.max(0, ...steps.map((s) => s.medianDays ?? 0));
  return Object.fromEntries(steps.map((s) => [s.elementId, heatColour(max > 0 ? (s.medianDays ?? 0) / max : 0)]));
}

/** Working days in Vietnamese: "2,5 ngày LV", "dưới 0,1 ngày LV". */
export function formatDays(days) {
  if (!Number.isFinite(days)) return '—';
  if (days > 0 && days < 0.1) return 'dưới 0,1 ngày LV';
  return `${(Math.round(days * 10) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ngày LV`;
}

/**
 * The figures of steps drawn inside a collapsed sub-process, summed onto the sub-process (and onto the one holding it,
 * if nested), so the diagram one is looking at shows how long dossiers spend inside: counts, open tasks and median and
 * mean days are added up, the longest is the longest of them. A sub-process with no step inside gets nothing.
 * @param {Array<{elementId: string, count: number, open: number, medianDays: number, meanDays: number, maxDays?: number}>} steps
 * @param {(id: string) => string|null} hostOf the collapsed sub-process whose inside holds the element, or null
 * @returns {Array<object>} one entry per sub-process, with `inside`: the number of steps summed
 */
export function liftHeat(steps, hostOf) {
  const sums = new Map();
  for (const step of steps) {
    const seen = new Set();
    for (let host = hostOf(step.elementId); host && !seen.has(host); host = hostOf(host)) {
      seen.add(host);
      const sum = sums.get(host) ?? { elementId: host, count: 0, open: 0, medianDays: 0, meanDays: 0, maxDays: 0, inside: 0 };
      sum.count += step.count ?? 0;
      sum.open += step.open ?? 0;
      sum.medianDays += step.medianDays ?? 0;
      sum.meanDays += step.meanDays ?? 0;
      sum.maxDays = Math.max(sum.maxDays, step.maxDays ?? 0);
      sum.inside += 1;
      sums.set(host, sum);
    }
  }
  return [...sums.values()];
}
