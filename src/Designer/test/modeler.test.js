import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterPalette, filterContextPad, filterReplace, filterReplaceHeader } from '../src/modeler/allowed.js';
import {
  readUserTask, userTaskAttributes, parseOutcomes, formatOutcomes, readTimer, timerAttributes, describeTimer,
  readSendTask, sendTaskAttributes, readEndEvent, endEventAttributes,
} from '../src/modeler/properties.js';
import { buildCondition, parseCondition, conditionVariables, describeCondition } from '../src/modeler/conditions.js';
import { placeErrors, saveStatus, errorsInside } from '../src/modeler/errors.js';

const bpmnPalette = Object.fromEntries([
  'hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator', 'create.start-event',
  'create.intermediate-event', 'create.end-event', 'create.exclusive-gateway', 'create.task', 'create.data-object',
  'create.data-store', 'create.subprocess-expanded', 'create.participant-expanded', 'create.group',
].map((k) => [k, { title: k }]));

test('the palette offers only what the engine executes, with our own task and gateway entries', () => {
  const own = { 'create.user-task': {}, 'create.parallel-gateway': {} };
  const keys = Object.keys(filterPalette(bpmnPalette, own));
  assert.deepEqual(keys.sort(), ['create.end-event', 'create.exclusive-gateway', 'create.parallel-gateway', 'create.start-event',
    'create.subprocess-expanded', 'create.user-task', 'global-connect-tool', 'hand-tool', 'lasso-tool', 'space-tool', 'tool-separator']);
  for (const gone of ['create.task', 'create.data-object', 'create.participant-expanded', 'create.intermediate-event', 'create.group'])
    assert.equal(keys.includes(gone), false, gone);
});

const bpmnPad = Object.fromEntries(['append.end-event', 'append.gateway', 'append.append-task', 'append.intermediate-event',
  'append.text-annotation', 'append.receive-task', 'append.timer-intermediate-event', 'replace', 'delete', 'connect'].map((k) => [k, {}]));
const ownPad = { 'append.user-task': {}, 'append.send-task': {}, 'append.exclusive-gateway': {}, 'append.timer-boundary': {} };

test('the context pad of a user task appends supported elements and offers a boundary timer', () => {
  const keys = Object.keys(filterContextPad(bpmnPad, 'bpmn:UserTask', ownPad)).sort();
  assert.deepEqual(keys, ['append.end-event', 'append.exclusive-gateway', 'append.send-task', 'append.timer-boundary', 'append.user-task',
    'connect', 'delete', 'replace']);
});

test('only user tasks get a boundary timer; end events append nothing; flows only connect, replace and delete', () => {
  assert.equal('append.timer-boundary' in filterContextPad(bpmnPad, 'bpmn:SendTask', ownPad), false);
  assert.deepEqual(Object.keys(filterContextPad(bpmnPad, 'bpmn:EndEvent', ownPad)).sort(), ['connect', 'delete', 'replace']);
  assert.deepEqual(Object.keys(filterContextPad({ replace: {}, delete: {}, 'append.text-annotation': {} }, 'bpmn:SequenceFlow', ownPad)).sort(), ['delete', 'replace']);
});

const attachPad = { 'append.user-task': {}, 'append.timer-boundary': {}, 'append.message-boundary': {}, 'append.error-boundary': {},
  'append.escalation-boundary': {}, 'append.timer-catch': {}, 'append.message-catch': {} };

test('boundary events are offered on the activities the engine watches; errors and escalations only on sub-processes and calls', () => {
  const attachable = (type) => Object.keys(filterContextPad(bpmnPad, type, attachPad)).filter((k) => k.endsWith('-boundary')).sort();
  assert.deepEqual(attachable('bpmn:UserTask'), ['append.message-boundary', 'append.timer-boundary']);
  assert.deepEqual(attachable('bpmn:ReceiveTask'), ['append.message-boundary', 'append.timer-boundary']);
  for (const type of ['bpmn:SubProcess', 'bpmn:CallActivity'])
    assert.deepEqual(attachable(type), ['append.error-boundary', 'append.escalation-boundary', 'append.message-boundary', 'append.timer-boundary']);
  assert.deepEqual(attachable('bpmn:SendTask'), []);
  assert.deepEqual(attachable('bpmn:IntermediateCatchEvent'), []);
});

test('after an event-based gateway one appends only the events it waits for', () => {
  const keys = Object.keys(filterContextPad(bpmnPad, 'bpmn:EventBasedGateway', attachPad)).sort();
  assert.deepEqual(keys, ['append.message-catch', 'append.timer-catch', 'connect', 'delete', 'replace']);
});

test('multi-instance markers are offered on user tasks only; non-interrupting on boundary events', () => {
  const header = { 'toggle-loop': {}, 'toggle-parallel-mi': {}, 'toggle-sequential-mi': {}, 'toggle-non-interrupting': {}, 'toggle-adhoc': {} };
  assert.deepEqual(Object.keys(filterReplaceHeader(header, 'bpmn:UserTask')), ['toggle-parallel-mi', 'toggle-sequential-mi', 'toggle-non-interrupting']);
  assert.deepEqual(Object.keys(filterReplaceHeader(header, 'bpmn:SubProcess')), ['toggle-non-interrupting']);
  assert.deepEqual(Object.keys(filterReplaceHeader(header, 'bpmn:BoundaryEvent')), ['toggle-non-interrupting']);
});

test('the replace menu offers the sub-process collapsed or expanded, the call activity and the new events', () => {
  const entries = Object.fromEntries(['replace-with-collapsed-subprocess', 'replace-with-expanded-subprocess', 'replace-with-event-subprocess',
    'replace-with-transaction', 'replace-with-collapsed-ad-hoc-subprocess', 'replace-with-timer-intermediate-catch',
    'replace-with-message-intermediate-catch', 'replace-with-signal-intermediate-catch', 'replace-with-error-end', 'replace-with-escalation-end',
    'replace-with-message-end', 'replace-with-event-based-gateway', 'replace-with-complex-gateway', 'replace-with-receive-task',
    'replace-with-error-boundary', 'replace-with-escalation-boundary', 'replace-with-conditional-boundary'].map((k) => [k, {}]));
  assert.deepEqual(Object.keys(filterReplace(entries)).sort(), ['replace-with-collapsed-subprocess', 'replace-with-error-boundary',
    'replace-with-error-end', 'replace-with-escalation-boundary', 'replace-with-escalation-end', 'replace-with-event-based-gateway',
    'replace-with-expanded-subprocess', 'replace-with-message-intermediate-catch', 'replace-with-receive-task', 'replace-with-timer-intermediate-catch']);
});

test('errors inside a collapsed sub-process are counted on it, and on the one holding it', () => {
  const hosts = { Task_in: 'Sub_inner', Sub_inner: 'Sub_outer', Task_top: null, Sub_outer: null };
  const { byElement } = placeErrors([
    { elementId: 'Task_in', code: 'a', message: 'a' }, { elementId: 'Task_in', code: 'b', message: 'b' },
    { elementId: 'Sub_inner', code: 'c', message: 'c' }, { elementId: 'Task_top', code: 'd', message: 'd' },
  ], (id) => id in hosts);
  assert.deepEqual([...errorsInside(byElement, (id) => hosts[id] ?? null)].sort(), [['Sub_inner', 2], ['Sub_outer', 3]]);
});

test('the replace menu keeps the supported types and drops standard loops and the rest', () => {
  const entries = Object.fromEntries(['replace-with-user-task', 'replace-with-script-task', 'replace-with-task', 'replace-with-call-activity',
    'replace-with-terminate-end', 'replace-with-message-end', 'replace-with-inclusive-gateway', 'replace-with-parallel-gateway',
    'replace-with-complex-gateway', 'replace-with-signal-boundary', 'replace-with-transaction',
    'replace-with-non-interrupting-timer-boundary', 'replace-with-message-boundary', 'replace-with-default-flow'].map((k) => [k, {}]));
  assert.deepEqual(Object.keys(filterReplace(entries)).sort(), ['replace-with-call-activity', 'replace-with-default-flow',
    'replace-with-inclusive-gateway', 'replace-with-message-boundary', 'replace-with-non-interrupting-timer-boundary',
    'replace-with-parallel-gateway', 'replace-with-terminate-end', 'replace-with-user-task']);
  assert.deepEqual(Object.keys(filterReplaceHeader({ 'toggle-loop': {}, 'toggle-parallel-mi': {}, 'toggle-sequential-mi': {}, 'toggle-non-interrupting': {} })),
    ['toggle-parallel-mi', 'toggle-sequential-mi', 'toggle-non-interrupting']);
});

test('a user task reads into fields and writes back the same attributes', () => {
  const attrs = { 'award:candidateRole': 'pv05-reviewer', 'award:unitLevel': 'province', 'award:outcomes': 'approve,return,reject,hoan', 'award:dueInWorkingDays': '10' };
  const fields = readUserTask(attrs);
  assert.deepEqual(fields, { candidateRole: 'pv05-reviewer', unitLevel: 'province', outcomes: ['approve', 'return', 'reject'], extraOutcomes: 'hoan',
    deadline: { kind: 'working', days: 10, text: '' }, assignee: '', candidateUsers: '' });
  assert.deepEqual(userTaskAttributes(fields), { ...attrs, 'award:dueIn': undefined, 'award:assignee': undefined, 'award:candidateUsers': undefined });
});

test('a deadline in calendar days is an ISO duration; none removes both attributes', () => {
  const fields = { candidateRole: 'council', unitLevel: 'self', outcomes: ['approve'], extraOutcomes: '', deadline: { kind: 'calendar', days: '7' } };
  assert.equal(userTaskAttributes(fields)['award:dueIn'], 'P7D');
  assert.equal(userTaskAttributes(fields)['award:dueInWorkingDays'], undefined);
  const none = userTaskAttributes({ ...fields, deadline: { kind: 'none' } });
  assert.equal(none['award:dueIn'], undefined);
  assert.equal(none['award:dueInWorkingDays'], undefined);
  assert.deepEqual(readUserTask({ 'award:dueIn': 'P7D' }).deadline, { kind: 'calendar', days: 7, text: '' });
  assert.deepEqual(readUserTask({ 'award:dueIn': 'PT12H' }).deadline, { kind: 'iso', days: '', text: 'PT12H' });
});

test('a Camunda diagram shows its candidate group as the role; no outcomes means the engine default', () => {
  const fields = readUserTask({ 'camunda:candidateGroups': 'council, director' });
  assert.equal(fields.candidateRole, 'council');
  assert.deepEqual(fields.outcomes, ['approve', 'reject']);
});

test('outcomes keep the usual order and drop duplicates', () => {
  assert.equal(formatOutcomes(['reject', 'approve'], 'approve, xin-y-kien'), 'approve,reject,xin-y-kien');
  assert.deepEqual(parseOutcomes('resubmit,withdraw'), { standard: ['resubmit', 'withdraw'], extra: [] });
});

test('a reminder two working days before the deadline round-trips', () => {
  const fields = readTimer({ 'award:calendar': 'working', 'award:anchor': 'due' }, '-P2D');
  assert.deepEqual(fields, { amount: 2, unit: 'D', before: true, working: true, anchorDue: true, text: '' });
  assert.deepEqual(timerAttributes(fields), { duration: '-P2D', attributes: { 'award:calendar': 'working', 'award:anchor': 'due' } });
  assert.equal(describeTimer(fields), '2 ngày làm việc trước hạn xử lý');
});

test('a timer not anchored on the deadline never counts backwards; hours are never working days', () => {
  assert.equal(timerAttributes({ amount: 3, unit: 'D', before: true, working: false, anchorDue: false }).duration, 'P3D');
  assert.deepEqual(timerAttributes({ amount: 12, unit: 'H', before: false, working: true, anchorDue: false }),
    { duration: 'PT12H', attributes: { 'award:calendar': undefined, 'award:anchor': undefined } });
});

test('send tasks and end events map their attributes; a level without a role is dropped', () => {
  assert.deepEqual(readSendTask({ 'award:template': 'task-reminder' }), { template: 'task-reminder', recipientRole: '', recipientLevel: 'self' });
  assert.deepEqual(sendTaskAttributes({ template: 'decision-issued', recipientRole: '', recipientLevel: 'province' }),
    { 'award:template': 'decision-issued', 'award:recipientRole': undefined, 'award:recipientLevel': undefined });
  assert.deepEqual(endEventAttributes(readEndEvent({ 'award:result': 'approved' })), { 'award:result': 'approved' });
  assert.deepEqual(endEventAttributes({ result: '' }), { 'award:result': undefined });
});

test('the condition builder writes conditions the engine reads, and reads them back', () => {
  const text = buildCondition([
    { path: 'outcomes.Task_CouncilVote', op: '==', value: 'approve' },
    { path: 'nomination.individuals', op: '>=', value: '3', type: 'number' },
    { path: 'nomination.adHoc', op: '==', value: true, type: 'boolean' },
  ]);
  assert.equal(text, "${outcomes.Task_CouncilVote == 'approve' and nomination.individuals >= 3 and nomination.adHoc == true}");
  assert.deepEqual(parseCondition(text), [
    { path: 'outcomes.Task_CouncilVote', op: '==', value: 'approve', type: 'string' },
    { path: 'nomination.individuals', op: '>=', value: 3, type: 'number' },
    { path: 'nomination.adHoc', op: '==', value: true, type: 'boolean' },
  ]);
  assert.equal(buildCondition([]), '');
  assert.equal(buildCondition([{ path: 'outcome', op: '==', value: "it's" }]), "${outcome == 'it\\'s'}");
});

test('conditions with or, not or parentheses stay free text', () => {
  assert.equal(parseCondition("${outcome == 'approve' or outcome == 'return'}"), null);
  assert.equal(parseCondition("${not (outcome == 'approve')}"), null);
  assert.equal(parseCondition("${outcome in ['approve']}"), null);
  assert.deepEqual(parseCondition(''), []);
  assert.deepEqual(parseCondition("${outcome != 'reject'}"), [{ path: 'outcome', op: '!=', value: 'reject', type: 'string' }]);
});

test('the variables offered include the outcome of every user task in the diagram', () => {
  const variables = conditionVariables([{ id: 'Task_A', name: 'Hội đồng', outcomes: ['approve', 'reject'] }], [{ code: 'GK-GDCAT', name: 'Giấy khen' }]);
  assert.deepEqual(variables.map((v) => v.path), ['outcome', 'outcomes.Task_A', 'nomination.awardType', 'nomination.collectives',
    'nomination.individuals', 'nomination.nominees', 'nomination.adHoc']);
  assert.deepEqual(variables[1].values.map((v) => v.value), ['approve', 'reject']);
  assert.equal(describeCondition("${outcomes.Task_A == 'approve'}", variables), 'Kết quả bước «Hội đồng» bằng Đồng ý');
});

test('errors go to the element they name, or to the general list', () => {
  const { byElement, general } = placeErrors([
    { elementId: 'Gateway_1', code: 'gateway-flow-without-condition', message: 'a' },
    { elementId: 'Gateway_1', code: 'no-outgoing', message: 'b' },
    { elementId: null, code: 'no-end-event', message: 'c' },
    { elementId: 'Gone', code: 'x', message: 'd' },
  ], (id) => id === 'Gateway_1');
  assert.equal(byElement.get('Gateway_1').length, 2);
  assert.deepEqual(general.map((e) => e.message), ['c', 'd']);
  assert.equal(saveStatus('09:05', 0), 'Đã lưu lúc 09:05. Quy trình hợp lệ, có thể công bố.');
  assert.match(saveStatus('09:05', 2), /Còn 2 lỗi/);
});
