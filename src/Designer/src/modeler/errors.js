// Errors of the server's validator, placed on the diagram: those naming an element that exists go to its
// badge; the rest (the whole process, or an element no longer there) are listed without a place.

/**
 * @param {Array<{elementId?: string|null, code: string, message: string}>} errors
 * @param {(id: string) => boolean} exists
 * @returns {{ byElement: Map<string, Array<object>>, general: Array<object> }}
 */
export function placeErrors(errors, exists) {
  const byElement = new Map();
  const general = [];
  for (const error of errors ?? []) {
    if (error.elementId && exists(error.elementId)) {
      if (!byElement.has(error.elementId)) byElement.set(error.elementId, []);
      byElement.get(error.elementId).push(error);
    } else {
      general.push(error);
    }
  }
  return { byElement, general };
}

/** The status line after a save; the time (HH:mm, Vietnam time) comes from the server. */
export function saveStatus(time, errorCount) {
  if (errorCount === 0) return `Đã lưu lúc ${time}. Quy trình hợp lệ, có thể công bố.`;
  return `Đã lưu lúc ${time}. Còn ${errorCount} lỗi cần sửa trước khi công bố.`;
}

/**
 * Errors of elements drawn inside a collapsed sub-process are counted on the sub-process as well (and on the one
 * holding it, if nested), so the diagram one is looking at shows where to open.
 * @param {Map<string, Array<object>>} byElement errors by element id (from placeErrors)
 * @param {(id: string) => string|null} hostOf the collapsed sub-process whose inside holds the element, or null
 * @returns {Map<string, number>} number of errors inside, by collapsed sub-process id
 */
export function errorsInside(byElement, hostOf) {
  const counts = new Map();
  for (const [id, list] of byElement) {
    const seen = new Set();
    for (let host = hostOf(id); host && !seen.has(host); host = hostOf(host)) {
      seen.add(host);
      counts.set(host, (counts.get(host) ?? 0) + list.length);
    }
  }
  return counts;
}
