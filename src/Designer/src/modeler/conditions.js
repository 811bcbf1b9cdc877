// The condition builder of sequence flows: the variables the engine offers, and simple conditions
// (clauses joined by "and") built from and read back into fields. Anything else stays free text.
import { OUTCOMES } from './properties.js';

const OUTCOME_VALUES = OUTCOMES.map(([code, label]) => ({ value: code, label }));

/**
 * The variables a condition may use.
 * @param {Array<{id: string, name?: string, outcomes?: string[]}>} tasks the user tasks of the diagram
 * @param {Array<{code: string, name: string}>} awardTypes
 * @returns {Array<{path: string, label: string, type: 'string'|'number'|'boolean', values?: Array<{value: string, label: string}>}>}
 */
export function conditionVariables(tasks = [], awardTypes = []) {
  const labelOf = (code) => OUTCOMES.find(([c]) => c === code)?.[1] ?? code;
  const valuesOf = (outcomes) => (outcomes?.length ? outcomes.map((o) => ({ value: o, label: labelOf(o) })) : OUTCOME_VALUES);
  return [
    { path: 'outcome', label: 'Kết quả của bước vừa xong', type: 'string', values: OUTCOME_VALUES },
    ...tasks.map((t) => ({
      path: `outcomes.${t.id}`,
      label: `Kết quả bước «${t.name || t.id}»`,
      type: 'string',
      values: valuesOf(t.outcomes),
    })),
    { path: 'nomination.awardType', label: 'Hình thức khen thưởng (mã)', type: 'string', values: awardTypes.map((a) => ({ value: a.code, label: `${a.code} – ${a.name}` })) },
    { path: 'nomination.collectives', label: 'Số tập thể được đề nghị', type: 'number' },
    { path: 'nomination.individuals', label: 'Số cá nhân được đề nghị', type: 'number' },
    { path: 'nomination.nominees', label: 'Tổng số tập thể, cá nhân', type: 'number' },
    { path: 'nomination.adHoc', label: 'Khen thưởng đột xuất (không theo đợt)', type: 'boolean' },
  ];
}

export const OPERATORS = [
  ['==', 'bằng'],
  ['!=', 'khác'],
  ['>', 'lớn hơn'],
  ['>=', 'từ … trở lên'],
  ['<', 'nhỏ hơn'],
  ['<=', 'không quá'],
];

function literal(value, type) {
  if (type === 'number') {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new Error(`'${value}' không phải là số.`);
    return String(n);
  }
  if (type === 'boolean') return value === true || value === 'true' ? 'true' : 'false';
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The condition text of clauses joined by "and", e.g. ${outcome == 'approve'}; empty clauses are skipped;
 * an empty list gives '' (no condition).
 * @param {Array<{path: string, op: string, value: string|number|boolean, type?: string}>} clauses
 */
export function buildCondition(clauses) {
  const parts = clauses.filter((c) => c.path && c.op && c.value !== '' && c.value !== undefined)
    .map((c) => `${c.path} ${c.op} ${literal(c.value, c.type ?? 'string')}`);
  return parts.length ? `\${${parts.join(' and ')}}` : '';
}

const CLAUSE = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w-]*)*)\s*(==|!=|>=|<=|>|<)\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\s*$/;

/**
 * Reads a condition back into clauses when it is a plain "and" of comparisons; null when it is anything else
 * (or, not, parentheses, in): the panel then offers it as free text.
 */
export function parseCondition(text) {
  if (text === undefined || text === null) return [];
  let body = String(text).trim();
  if (body === '') return [];
  const wrapped = /^\$\{([\s\S]*)\}$/.exec(body);
  if (wrapped) body = wrapped[1].trim();
  if (/[()|!]|\bor\b|\bnot\b|\bin\b/.test(body.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/!=/g, '=='))) return null;
  const clauses = [];
  for (const part of body.split(/\s+(?:and|&&)\s+/)) {
    const m = CLAUSE.exec(part);
    if (!m) return null;
    const raw = m[3];
    let value; let type;
    if (raw.startsWith("'") || raw.startsWith('"')) { value = raw.slice(1, -1).replace(/\\(.)/g, '$1'); type = 'string'; }
    else if (raw === 'true' || raw === 'false') { value = raw === 'true'; type = 'boolean'; }
    else { value = Number(raw); type = 'number'; }
    clauses.push({ path: m[1], op: m[2], value, type });
  }
  return clauses;
}

/** A condition in words, for flow tooltips and the compare page. */
export function describeCondition(text, variables = []) {
  const clauses = parseCondition(text);
  if (clauses === null) return String(text);
  if (clauses.length === 0) return '';
  return clauses.map((c) => {
    const variable = variables.find((v) => v.path === c.path);
    const value = variable?.values?.find((v) => v.value === c.value)?.label ?? String(c.value);
    const op = OPERATORS.find(([o]) => o === c.op)?.[1] ?? c.op;
    return `${variable?.label ?? c.path} ${op} ${value}`;
  }).join(' và ');
}
