// A workflow key from its Vietnamese name: "Khen thưởng đột xuất" → "khen-thuong-dot-xuat" (what the server accepts:
// lower-case letters, digits and single dashes, starting with a letter, at most 64 characters).
export function keyFromName(name) {
  const folded = String(name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return folded;
}
