import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsReason, confirmationFor } from '../src/decisions.js';
import { markersFor } from '../src/markers.js';

test('returning and refusing need a reason, approving does not', () => {
  assert.equal(needsReason('return'), true);
  assert.equal(needsReason('reject'), true);
  assert.equal(needsReason('approve'), false);
});

test('refusal asks for a confirmation that says it cannot be undone', () => {
  assert.match(confirmationFor('reject'), /không thể hoàn tác/);
  assert.equal(confirmationFor('something-else'), null);
});

test('an open step is marked current even if it was completed before (a loop); named marks follow', () => {
  assert.deepEqual(markersFor({ marks: { Task_New: 'added' } }), [['Task_New', 'added']]);
  assert.deepEqual(markersFor({ current: ['Task_A'], done: ['Task_A', 'Task_B'] }), [['Task_B', 'done'], ['Task_A', 'current']]);
  assert.deepEqual(markersFor({}), []);
});

import { barData } from '../src/chart-data.js';

test('chart datasets keep the series order and replace missing figures by zero', () => {
  const data = barData({ labels: ['Giấy khen', 'Bằng khen'], series: [{ name: 'Đề nghị', values: [5, Number.NaN] }, { name: 'Được khen thưởng', values: [3, 1] }] });
  assert.deepEqual(data.labels, ['Giấy khen', 'Bằng khen']);
  assert.deepEqual(data.datasets.map((d) => d.label), ['Đề nghị', 'Được khen thưởng']);
  assert.deepEqual(data.datasets[0].data, [5, 0]);
});
