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
