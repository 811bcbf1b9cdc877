import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyFromName } from '../src/slug.js';

test('a Vietnamese name becomes a key the server accepts', () => {
  assert.equal(keyFromName('Khen thưởng đột xuất'), 'khen-thuong-dot-xuat');
  assert.equal(keyFromName('  Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (2027) '), 'ky-niem-chuong-bao-ve-an-ninh-to-quoc-2027');
  assert.equal(keyFromName('2027 – Đợt 1'), 'dot-1');
  assert.equal(keyFromName(''), '');
  assert.ok(keyFromName('Giấy khen '.repeat(20)).length <= 64);
  assert.match(keyFromName('Giấy khen '.repeat(20)), /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});
