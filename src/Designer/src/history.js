// Who did what on each step of a dossier, for the overlays of the instance view.

/**
 * Groups journal lines by element, in order, each as a short line: "Đồng ý – Nguyễn Văn A, 09:30 12/11/2026".
 * @param {Array<{elementId: string, actor?: string, at: string, outcome?: string, kind: string}>} entries
 * @returns {Map<string, string[]>}
 */
export function historyByElement(entries) {
  const map = new Map();
  for (const e of entries ?? []) {
    if (!e.elementId) continue;
    const what = e.outcome ? e.outcome : kindWords(e.kind);
    const line = [what, e.actor].filter(Boolean).join(' – ') + (e.at ? `, ${e.at}` : '');
    if (!map.has(e.elementId)) map.set(e.elementId, []);
    map.get(e.elementId).push(line);
  }
  return map;
}

function kindWords(kind) {
  switch (kind) {
    case 'taskOpened': return 'Bắt đầu xử lý';
    case 'taskCompleted': return 'Đã xử lý';
    case 'taskCancelled': return 'Đóng bước';
    case 'timerFired': return 'Hẹn giờ đến hạn';
    case 'notificationRequested': return 'Đã gửi thư';
    case 'ended': return 'Kết thúc';
    default: return kind ?? '';
  }
}
