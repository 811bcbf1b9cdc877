// The award: extension attributes <-> the fields of the Vietnamese properties panel. Pure functions over plain
// attribute maps ({ 'award:candidateRole': 'council', ... }); the panel reads them from and writes them to bpmn-js.

export const UNIT_LEVELS = [
  ['self', 'Đơn vị đề nghị'],
  ['parent', 'Đơn vị cấp trên trực tiếp'],
  ['commune', 'Cấp xã, phường'],
  ['province', 'Cấp tỉnh'],
  ['ministry', 'Cấp Bộ'],
];

export const OUTCOMES = [
  ['approve', 'Đồng ý'],
  ['return', 'Trả lại'],
  ['reject', 'Không đồng ý'],
  ['resubmit', 'Nộp lại'],
  ['withdraw', 'Rút hồ sơ'],
];

export const RESULTS = [
  ['approved', 'Được khen thưởng (ra quyết định)'],
  ['refused', 'Không được khen thưởng'],
  ['withdrawn', 'Đơn vị rút hồ sơ'],
];

export const DEFAULT_OUTCOMES = ['approve', 'reject'];

const STANDARD = new Set(OUTCOMES.map(([code]) => code));

function blank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function orUndefined(value) {
  return blank(value) ? undefined : String(value).trim();
}

/** Splits award:outcomes into the standard ones (checkboxes) and the others (free text). */
export function parseOutcomes(text) {
  const all = blank(text) ? DEFAULT_OUTCOMES : String(text).split(',').map((o) => o.trim()).filter(Boolean);
  return { standard: all.filter((o) => STANDARD.has(o)), extra: all.filter((o) => !STANDARD.has(o)) };
}

/** The award:outcomes text: checked standard outcomes in the usual order, then the free ones, no duplicates. */
export function formatOutcomes(standard, extraText) {
  const extra = String(extraText ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const ordered = OUTCOMES.map(([code]) => code).filter((code) => standard.includes(code));
  return [...new Set([...ordered, ...extra])].join(',');
}

/** Deadline of a user task: none, N working days, N calendar days, or another ISO 8601 duration kept as text. */
export function readDeadline(attrs) {
  const working = attrs['award:dueInWorkingDays'];
  if (!blank(working)) return { kind: 'working', days: Number(working), text: '' };
  const dueIn = attrs['award:dueIn'] ?? attrs['camunda:dueDate'];
  if (blank(dueIn)) return { kind: 'none', days: '', text: '' };
  const days = /^P(\d+)D$/.exec(String(dueIn).trim());
  return days ? { kind: 'calendar', days: Number(days[1]), text: '' } : { kind: 'iso', days: '', text: String(dueIn).trim() };
}

export function deadlineAttributes(deadline) {
  const none = { 'award:dueInWorkingDays': undefined, 'award:dueIn': undefined };
  switch (deadline.kind) {
    case 'working':
      return blank(deadline.days) ? none : { ...none, 'award:dueInWorkingDays': String(Math.trunc(Number(deadline.days))) };
    case 'calendar':
      return blank(deadline.days) ? none : { ...none, 'award:dueIn': `P${Math.trunc(Number(deadline.days))}D` };
    case 'iso':
      return { ...none, 'award:dueIn': orUndefined(deadline.text) };
    default:
      return none;
  }
}

/** A user task's fields. A Camunda diagram's candidateGroups is shown as the role when ours is absent. */
export function readUserTask(attrs) {
  const outcomes = parseOutcomes(attrs['award:outcomes']);
  return {
    candidateRole: attrs['award:candidateRole'] ?? attrs['camunda:candidateGroups']?.split(',')[0]?.trim() ?? '',
    unitLevel: attrs['award:unitLevel'] ?? 'self',
    outcomes: outcomes.standard,
    extraOutcomes: outcomes.extra.join(', '),
    deadline: readDeadline(attrs),
    assignee: attrs['award:assignee'] ?? attrs['camunda:assignee'] ?? '',
    candidateUsers: attrs['award:candidateUsers'] ?? attrs['camunda:candidateUsers'] ?? '',
  };
}

export function userTaskAttributes(fields) {
  return {
    'award:candidateRole': orUndefined(fields.candidateRole),
    'award:unitLevel': orUndefined(fields.unitLevel),
    'award:outcomes': orUndefined(formatOutcomes(fields.outcomes ?? [], fields.extraOutcomes)),
    ...deadlineAttributes(fields.deadline ?? { kind: 'none' }),
    'award:assignee': orUndefined(fields.assignee),
    'award:candidateUsers': orUndefined(String(fields.candidateUsers ?? '').split(',').map((u) => u.trim()).filter(Boolean).join(',')),
  };
}

export function readSendTask(attrs) {
  return {
    template: attrs['award:template'] ?? '',
    recipientRole: attrs['award:recipientRole'] ?? '',
    recipientLevel: attrs['award:recipientLevel'] ?? 'self',
  };
}

export function sendTaskAttributes(fields) {
  return {
    'award:template': orUndefined(fields.template),
    'award:recipientRole': orUndefined(fields.recipientRole),
    'award:recipientLevel': orUndefined(fields.recipientRole) ? orUndefined(fields.recipientLevel) : undefined,
  };
}

export function readEndEvent(attrs) {
  return { result: attrs['award:result'] ?? '' };
}

export function endEventAttributes(fields) {
  return { 'award:result': orUndefined(fields.result) };
}

/**
 * A boundary timer's fields from its timeDuration and attributes: how many days (or hours), whether they are
 * working days, and whether they count from the task's deadline (before or after it).
 */
export function readTimer(attrs, duration) {
  const text = String(duration ?? '').trim();
  const match = /^(-)?P(?:(\d+)D|T(\d+)H)$/.exec(text);
  return {
    amount: match ? Number(match[2] ?? match[3]) : '',
    unit: match?.[3] !== undefined ? 'H' : 'D',
    before: Boolean(match?.[1]),
    working: attrs['award:calendar'] === 'working',
    anchorDue: attrs['award:anchor'] === 'due',
    text: match ? '' : text,
  };
}

/** The duration text and the attributes of a boundary timer. Only a deadline-anchored timer may count backwards. */
export function timerAttributes(fields) {
  const working = Boolean(fields.working) && fields.unit !== 'H';
  const before = Boolean(fields.before) && Boolean(fields.anchorDue);
  let duration = String(fields.text ?? '').trim();
  if (!blank(fields.amount)) {
    const n = Math.abs(Math.trunc(Number(fields.amount)));
    duration = `${before ? '-' : ''}${fields.unit === 'H' ? `PT${n}H` : `P${n}D`}`;
  }
  return {
    duration,
    attributes: {
      'award:calendar': working ? 'working' : undefined,
      'award:anchor': fields.anchorDue ? 'due' : undefined,
    },
  };
}

/** A short Vietnamese description of a timer, for labels and the compare page. */
export function describeTimer(fields) {
  if (blank(fields.amount)) return fields.text || 'chưa đặt thời gian';
  const unit = fields.unit === 'H' ? 'giờ' : fields.working ? 'ngày làm việc' : 'ngày';
  const from = fields.anchorDue ? (fields.before ? 'trước hạn xử lý' : 'sau hạn xử lý') : 'sau khi bước bắt đầu';
  return `${fields.amount} ${unit} ${from}`;
}
