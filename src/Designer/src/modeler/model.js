// The BPMN the engine reads for the elements of issue 17 (multi-instance, call activity, messages, errors, escalations,
// timer catch events), as plain moddle objects: readers give the panel's fields, writers give the objects and
// properties to set. Pure over a moddle instance, so node tests serialise exactly what the designer writes.
import { keyFromName } from '../slug.js';

function blank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function trimmed(value) {
  return blank(value) ? undefined : String(value).trim();
}

function expression(moddle, body) {
  return blank(body) ? undefined : moddle.create('bpmn:FormalExpression', { body: String(body).trim() });
}

/** A multi-instance user task's fields: none, parallel or sequential; a number of rounds or a list variable. */
export function readLoop(bo) {
  const loop = bo.loopCharacteristics;
  if (!loop || loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    return { kind: 'none', source: 'count', count: '', collection: '', elementVariable: '', completion: '' };
  }
  const collection = loop.get('award:collection') ?? loop.$attrs?.['camunda:collection'] ?? loop.$attrs?.['flowable:collection'] ?? '';
  return {
    kind: loop.isSequential ? 'sequential' : 'parallel',
    source: isRoleHolders(collection) ? 'roleHolders' : collection ? 'list' : 'count',
    count: loop.loopCardinality?.body ?? '',
    collection,
    elementVariable: loop.get('award:elementVariable') ?? loop.$attrs?.['camunda:elementVariable'] ?? '',
    completion: loop.completionCondition?.body ?? '',
  };
}

/** The list the engine fills with the holders of the task's role in its unit (each round assigned to one holder). */
export const ROLE_HOLDERS = 'roleHolders';

/** True for roleHolders as every modeler writes it: plain, ${roleHolders}, #{roleHolders}, =roleHolders. */
export function isRoleHolders(collection) {
  const bare = String(collection ?? '').trim().replace(/^[$#]\{(.*)\}$/, '$1').replace(/^=/, '').trim();
  return bare === ROLE_HOLDERS;
}

/**
 * The loopCharacteristics for the fields (undefined: not multi-instance). A list wins over a count, as in the engine;
 * over the role's holders the list is roleHolders and each round's holder is the variable roleHolder.
 */
export function createLoop(moddle, fields) {
  if (fields.kind !== 'parallel' && fields.kind !== 'sequential') return undefined;
  const holders = fields.source === 'roleHolders';
  const list = fields.source === 'list' || holders;
  return moddle.create('bpmn:MultiInstanceLoopCharacteristics', {
    isSequential: fields.kind === 'sequential',
    loopCardinality: list ? undefined : expression(moddle, fields.count),
    completionCondition: expression(moddle, fields.completion),
    'award:collection': holders ? ROLE_HOLDERS : list ? trimmed(fields.collection) : undefined,
    'award:elementVariable': list && !holders ? trimmed(fields.elementVariable) : undefined,
  });
}

/** What each kind of reference points to, and which attribute of the root element the engine matches on. */
export const REFERENCES = {
  message: { type: 'bpmn:Message', ref: 'messageRef', key: 'name', prefix: 'Message' },
  error: { type: 'bpmn:Error', ref: 'errorRef', key: 'errorCode', prefix: 'Error' },
  escalation: { type: 'bpmn:Escalation', ref: 'escalationRef', key: 'escalationCode', prefix: 'Escalation' },
};

const DEFINITION_KINDS = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:TimerEventDefinition': 'timer',
};

/**
 * What an event (or a receive task) waits for or throws, and the object that holds the reference: the event
 * definition, or the receive task itself. Null for anything else (a none event, a task).
 */
export function eventOf(bo) {
  if (bo.$type === 'bpmn:ReceiveTask') return { kind: 'message', holder: bo };
  const definitions = bo.eventDefinitions ?? [];
  if (definitions.length !== 1) return null;
  const kind = DEFINITION_KINDS[definitions[0].$type];
  return kind ? { kind, holder: definitions[0] } : null;
}

/** The message name, error code or escalation code an element refers to ('' when none). */
export function readReference(kind, holder) {
  const { ref, key } = REFERENCES[kind];
  const target = holder[ref];
  return target ? target[key] ?? target.name ?? '' : '';
}

/**
 * The root element (bpmn:message, bpmn:error, bpmn:escalation) carrying the code: an existing one when the diagram
 * already has it, so several events share it; otherwise a new one to add to the definitions.
 * @returns {{ target: object|null, created: boolean }}
 */
export function resolveReference(moddle, definitions, kind, code) {
  const { type, key, prefix } = REFERENCES[kind];
  const text = trimmed(code);
  if (!text) return { target: null, created: false };
  const roots = definitions.rootElements ?? [];
  const existing = roots.find((r) => r.$type === type && r[key] === text);
  if (existing) return { target: existing, created: false };
  const taken = new Set(roots.map((r) => r.id));
  const base = `${prefix}_${keyFromName(text).replace(/-/g, '_') || 'ma'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  const props = { id, name: text };
  if (key !== 'name') props[key] = text;
  return { target: moddle.create(type, props), created: true };
}

/** The root elements of a kind, for a list to choose from (name or code, without repeats). */
export function knownCodes(definitions, kind) {
  const { type, key } = REFERENCES[kind];
  return [...new Set((definitions.rootElements ?? []).filter((r) => r.$type === type).map((r) => r[key]).filter(Boolean))];
}

/** A timer catch event's fields: after a duration (readTimer's fields) or at a date (yyyy-MM-ddTHH:mm, Vietnam time). */
export function readCatchDate(definition) {
  const date = definition?.timeDate?.body?.trim();
  return date ? { kind: 'date', date: date.replace(/:00(\+07:00)?$/, '').slice(0, 16) } : { kind: 'duration', date: '' };
}

/** The timeDate of a date chosen in the panel: a local Vietnam time with its offset, as the reader parses it. */
export function catchDateText(date) {
  const text = trimmed(date);
  if (!text) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? `${text}:00+07:00` : text;
}

/** The event definition's properties for a timer catch: either a duration or a date, never both. */
export function catchTimerDefinition(moddle, { kind, duration, date }) {
  return kind === 'date'
    ? { timeDuration: undefined, timeDate: expression(moddle, catchDateText(date)) }
    : { timeDuration: expression(moddle, duration), timeDate: undefined };
}

function mappingsOf(bo, type) {
  return (bo.extensionElements?.values ?? []).filter((v) => v.$type === type);
}

/** A call activity's fields: the called key, the version (blank: the latest published), the variables passed. */
export function readCall(bo) {
  const read = (type) => {
    const all = mappingsOf(bo, type);
    const rows = all.filter((m) => m.variables !== 'all').map((m) => ({ source: m.source ?? '', target: m.target ?? '' }));
    return { all: all.length === 0 || all.some((m) => m.variables === 'all'), rows };
  };
  const inputs = read('award:In');
  const outputs = read('award:Out');
  return {
    key: bo.calledElement ?? '',
    version: bo.get('award:calledVersion') ?? '',
    inputsAll: inputs.all,
    inputs: inputs.rows,
    outputsAll: outputs.all,
    outputs: outputs.rows,
  };
}

/**
 * The properties of a call activity for the fields: calledElement, award:calledVersion, and its extensionElements
 * with one award:in/award:out per mapping (none when every variable is passed), other extensions kept.
 */
export function callProperties(moddle, bo, fields) {
  const others = (bo.extensionElements?.values ?? []).filter((v) => v.$type !== 'award:In' && v.$type !== 'award:Out');
  const rows = (list, type) => (list ?? [])
    .filter((r) => !blank(r.source) && !blank(r.target))
    .map((r) => moddle.create(type, { source: String(r.source).trim(), target: String(r.target).trim() }));
  const values = [...others, ...(fields.inputsAll ? [] : rows(fields.inputs, 'award:In')),
    ...(fields.outputsAll ? [] : rows(fields.outputs, 'award:Out'))];
  const version = trimmed(fields.version);
  return {
    calledElement: trimmed(fields.key),
    'award:calledVersion': version && /^\d+$/.test(version) && Number(version) > 0 ? version : undefined,
    extensionElements: values.length ? moddle.create('bpmn:ExtensionElements', { values }) : undefined,
  };
}

