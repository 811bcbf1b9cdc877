import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heatColour, heatColours, formatDays, liftHeat } from '../src/heat.js';
import { historyByElement } from '../src/history.js';
import { markersFor, liftMarkers } from '../src/markers.js';
import { loopNote } from '../src/loops.js';

test('the heat scale runs from green through amber to red and clamps', () => {
  assert.equal(heatColour(0), 'hsl(120, 75%, 42%)');
  assert.equal(heatColour(0.5), 'hsl(60, 75%, 42%)');
  assert.equal(heatColour(1), 'hsl(0, 75%, 42%)');
  assert.equal(heatColour(7), 'hsl(0, 75%, 42%)');
  assert.equal(heatColour(Number.NaN), 'hsl(120, 75%, 42%)');
});

test('the slowest step is red, the others by their share of it', () => {
  assert.deepEqual(heatColours([{ elementId: 'A', medianDays: 10 }, { elementId: 'B', medianDays: 5 }, { elementId: 'C', medianDays: 0 }]),
    { A: 'hsl(0, 75%, 42%)', B: 'hsl(60, 75%, 42%)', C: 'hsl(120, 75%, 42%)' });
  assert.deepEqual(heatColours([{ elementId: 'A', medianDays: 0 }]), { A: 'hsl(120, 75%, 42%)' });
});

test('days are written the Vietnamese way', () => {
  assert.equal(formatDays(2.46), '2,5 ngày LV');
  assert.equal(formatDays(3), '3 ngày LV');
  assert.equal(formatDays(0.04), 'dưới 0,1 ngày LV');
  assert.equal(formatDays(Number.NaN), '—');
});

test('the history of a step lists who did what, in order', () => {
  const map = historyByElement([
    { elementId: 'Task_A', kind: 'taskCompleted', outcome: 'Trả lại', actor: 'Nguyễn Văn A', at: '09:30 12/11/2026' },
    { elementId: 'Task_A', kind: 'taskCompleted', outcome: 'Đồng ý', actor: 'Nguyễn Văn A', at: '10:00 20/11/2026' },
    { elementId: 'Send_B', kind: 'notificationRequested', at: '10:00 20/11/2026' },
    { kind: 'started', at: 'x' },
  ]);
  assert.deepEqual(map.get('Task_A'), ['Trả lại – Nguyễn Văn A, 09:30 12/11/2026', 'Đồng ý – Nguyễn Văn A, 10:00 20/11/2026']);
  assert.deepEqual(map.get('Send_B'), ['Đã gửi thư, 10:00 20/11/2026']);
  assert.equal(map.size, 2);
});

test('a step open inside a collapsed sub-process marks the sub-process current, up to the top level', () => {
  const hosts = { Task_in: 'Sub_inner', Task_done: 'Sub_inner', Sub_inner: 'Sub_outer', Task_other: 'Sub_other' };
  const hostOf = (id) => hosts[id] ?? null;
  const pairs = markersFor({ current: ['Task_in'], done: ['Task_done', 'Task_other'] });
  assert.deepEqual(liftMarkers(pairs, hostOf).sort(), [['Sub_inner', 'current'], ['Sub_other', 'done'], ['Sub_outer', 'current']]);
  assert.deepEqual(liftMarkers(markersFor({ marks: { Task_in: 'added' } }), hostOf).sort(), [['Sub_inner', 'changed'], ['Sub_outer', 'changed']]);
  assert.deepEqual(liftMarkers(markersFor({ current: ['Sub_inner', 'Task_in'] }), hostOf), [['Sub_outer', 'current']]);
});

test('the figures of steps inside a collapsed sub-process are summed onto it, and onto the one holding it', () => {
  const hosts = { A: 'Sub_Inner', B: 'Sub_Inner', Sub_Inner: 'Sub_Outer', C: 'Sub_Outer' };
  const hostOf = (id) => hosts[id] ?? null;
  const steps = [
    { elementId: 'A', count: 4, open: 1, medianDays: 2, meanDays: 2.5, maxDays: 6 },
    { elementId: 'B', count: 3, open: 0, medianDays: 1, meanDays: 1.5, maxDays: 3 },
    { elementId: 'C', count: 2, open: 2, medianDays: 0.5, meanDays: 1, maxDays: 9 },
    { elementId: 'Top', count: 7, open: 0, medianDays: 3, meanDays: 3, maxDays: 4 },
  ];

  assert.deepEqual(liftHeat(steps, hostOf), [
    { elementId: 'Sub_Inner', count: 7, open: 1, medianDays: 3, meanDays: 4, maxDays: 6, inside: 2 },
    { elementId: 'Sub_Outer', count: 9, open: 3, medianDays: 3.5, meanDays: 5, maxDays: 9, inside: 3 },
  ]);
  assert.deepEqual(liftHeat([steps[3]], hostOf), []);
});

test('a multi-instance step lists whom each instance is for, open ones first, with done of all on its badge', () => {
  const note = loopNote({
    completed: 1, total: 3, active: 2, summary: 'Đã xong 1/3, 2 đang chờ', sequential: false,
    instances: [
      { index: 0, for: 'Thượng tá Trịnh Văn Sơn', state: 'done', status: 'Đã xong: Đồng ý' },
      { index: 1, for: 'Trung tá Lê Thị Lan', state: 'open', status: 'Đang chờ ý kiến' },
      { index: 2, for: 'Thiếu tá Hà Văn Nam', state: 'open', status: 'Đang chờ ý kiến' },
    ],
  });
  assert.equal(note.badge, '1/3');
  assert.equal(note.heading, 'Đã xong 1/3, 2 đang chờ');
  assert.deepEqual(note.rows, [
    { text: 'Trung tá Lê Thị Lan: Đang chờ ý kiến', state: 'open' },
    { text: 'Thiếu tá Hà Văn Nam: Đang chờ ý kiến', state: 'open' },
    { text: 'Thượng tá Trịnh Văn Sơn: Đã xong: Đồng ý', state: 'done' },
  ]);
});

test('a sequential step shows its later turns after the open one, and the closed ones last', () => {
  const note = loopNote({
    completed: 1, total: 3, active: 1, summary: 'Đã xong 1/3, 1 đang chờ', sequential: true,
    instances: [
      { index: 2, for: 'C', state: 'waiting', status: 'Chưa đến lượt' },
      { index: 0, for: 'A', state: 'closed', status: 'Đã đóng, không ai xử lý' },
      { index: 1, for: 'B', state: 'open', status: 'Đang chờ ý kiến' },
    ],
  });
  assert.deepEqual(note.rows.map((r) => r.state), ['open', 'waiting', 'closed']);
  assert.deepEqual(loopNote({ completed: 0, total: 0, summary: 'Đã xong 0/0' }).rows, []);
});
