// What the designer writes for the elements of issue 17, serialised by bpmn-moddle (the model bpmn-js saves) with our
// extension. The whole diagram built here is committed in the engine's corpus, whose C# test reads, validates and runs
// it: set UPDATE_FIXTURE=1 to rewrite the file after a deliberate change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import awardModdle from '../src/modeler/awardModdle.js';
import {
  readLoop, createLoop, isRoleHolders, eventOf, readReference, resolveReference, knownCodes, readCatchDate, catchDateText, catchTimerDefinition,
  readCall, callProperties,
} from '../src/modeler/model.js';
import { userTaskAttributes, readUserTask, timerAttributes, endEventAttributes } from '../src/modeler/properties.js';

const FIXTURE = fileURLToPath(new URL('../../../tests/Workflows.Tests/Corpus/run-bpmnio-designer-issue17-elements.bpmn', import.meta.url));

function newModdle() {
  return new BpmnModdle({ award: awardModdle });
}

/** Sets what the panel sets through modeling.updateProperties / updateModdleProperties. */
function update(target, properties) {
  for (const [key, value] of Object.entries(properties)) target.set(key, value);
}

/** Points an event definition (or a receive task) at the root element of a code, adding it to the definitions if new. */
function refer(moddle, definitions, kind, holder, code) {
  const { target, created } = resolveReference(moddle, definitions, kind, code);
  if (created) definitions.rootElements.push(target);
  update(holder, { [{ message: 'messageRef', error: 'errorRef', escalation: 'escalationRef' }[kind]]: target });
}

function buildDiagram() {
  const moddle = newModdle();
  const process = moddle.create('bpmn:Process', { id: 'Process_designer17', name: 'Vẽ bằng trình thiết kế', isExecutable: true, flowElements: [] });
  const definitions = moddle.create('bpmn:Definitions', {
    id: 'Definitions_designer17', targetNamespace: 'http://bpmn.io/schema/bpmn', exporter: 'ToanDan.Awards designer', rootElements: [process],
  });
  const node = (container, type, id, props = {}) => {
    const created = moddle.create(type, { id, ...props });
    container.flowElements.push(created);
    return created;
  };
  const event = (container, type, id, definitionType, props = {}) => {
    const definition = moddle.create(definitionType, { id: `${id}_definition` });
    return node(container, type, id, { ...props, eventDefinitions: [definition] });
  };
  const flow = (container, id, source, target, props = {}) => node(container, 'bpmn:SequenceFlow', id, { sourceRef: source, targetRef: target, ...props });

  const start = node(process, 'bpmn:StartEvent', 'Start_1');
  // A council vote: three rounds at once, done once two have voted; given to the council, one member named.
  const vote = node(process, 'bpmn:UserTask', 'Task_vote', { name: 'Hội đồng bỏ phiếu' });
  update(vote, userTaskAttributes({ candidateRole: 'council', unitLevel: 'province', outcomes: ['approve', 'reject'], extraOutcomes: '',
    deadline: { kind: 'working', days: '5' }, assignee: '', candidateUsers: 'nguyenvana, tranthib' }));
  update(vote, { loopCharacteristics: createLoop(moddle, { kind: 'parallel', source: 'count', count: '3', completion: 'nrOfCompletedInstances >= 2' }) });

  // A sub-process waiting for the missing papers or five working days, ending with an escalation or an error.
  const sub = node(process, 'bpmn:SubProcess', 'Sub_check', { name: 'Thẩm định hồ sơ', flowElements: [] });
  const subStart = node(sub, 'bpmn:StartEvent', 'Sub_start');
  const wait = node(sub, 'bpmn:EventBasedGateway', 'Sub_wait', { name: 'Chờ bổ sung' });
  const papers = event(sub, 'bpmn:IntermediateCatchEvent', 'Sub_papers', 'bpmn:MessageEventDefinition', { name: 'Nhận hồ sơ bổ sung' });
  refer(moddle, definitions, 'message', eventOf(papers).holder, 'ho-so-bo-sung');
  const fiveDays = event(sub, 'bpmn:IntermediateCatchEvent', 'Sub_five_days', 'bpmn:TimerEventDefinition', { name: 'Quá 5 ngày làm việc' });
  const timer = timerAttributes({ amount: '5', unit: 'D', working: true });
  update(fiveDays, timer.attributes);
  update(eventOf(fiveDays).holder, catchTimerDefinition(moddle, { kind: 'duration', duration: timer.duration }));
  const escalate = event(sub, 'bpmn:EndEvent', 'Sub_escalate', 'bpmn:EscalationEventDefinition', { name: 'Báo cấp trên' });
  refer(moddle, definitions, 'escalation', eventOf(escalate).holder, 'can-cap-tren');
  const missing = event(sub, 'bpmn:EndEvent', 'Sub_missing', 'bpmn:ErrorEventDefinition', { name: 'Thiếu hồ sơ' });
  refer(moddle, definitions, 'error', eventOf(missing).holder, 'thieu-ho-so');
  flow(sub, 'Flow_s1', subStart, wait);
  flow(sub, 'Flow_s2', wait, papers);
  flow(sub, 'Flow_s3', wait, fiveDays);
  flow(sub, 'Flow_s4', papers, escalate);
  flow(sub, 'Flow_s5', fiveDays, missing);

  const caught = event(process, 'bpmn:BoundaryEvent', 'Boundary_missing', 'bpmn:ErrorEventDefinition', { attachedToRef: sub, name: 'Thiếu hồ sơ' });
  refer(moddle, definitions, 'error', eventOf(caught).holder, 'thieu-ho-so');
  const escalated = event(process, 'bpmn:BoundaryEvent', 'Boundary_escalated', 'bpmn:EscalationEventDefinition',
    { attachedToRef: sub, cancelActivity: false, name: 'Cấp trên biết' });
  refer(moddle, definitions, 'escalation', eventOf(escalated).holder, 'can-cap-tren');
  const refused = event(process, 'bpmn:EndEvent', 'End_refused', 'bpmn:TerminateEventDefinition', { name: 'Trả hồ sơ' });
  update(refused, endEventAttributes({ result: 'refused' }));
  const informed = node(process, 'bpmn:EndEvent', 'End_informed', { name: 'Đã báo cấp trên' });

  // The decision is made by another workflow, pinned to its version 2, with the variables passed both ways.
  const call = node(process, 'bpmn:CallActivity', 'Call_decision', { name: 'Ra quyết định' });
  update(call, callProperties(moddle, call, { key: 'giay-khen-cat', version: '2', inputsAll: false,
    inputs: [{ source: 'nomination', target: 'nomination' }, { source: '', target: 'ignored' }],
    outputsAll: false, outputs: [{ source: 'decisionNumber', target: 'soQuyetDinh' }] }));
  const receipt = node(process, 'bpmn:ReceiveTask', 'Receive_receipt', { name: 'Nhận xác nhận của đơn vị' });
  refer(moddle, definitions, 'message', receipt, 'da-nhan-quyet-dinh');

  const split = node(process, 'bpmn:InclusiveGateway', 'Gateway_split');
  const publicDate = event(process, 'bpmn:IntermediateCatchEvent', 'Catch_date', 'bpmn:TimerEventDefinition', { name: 'Đến ngày công bố' });
  update(eventOf(publicDate).holder, catchTimerDefinition(moddle, { kind: 'date', date: '2026-03-10T09:00' }));
  const join = node(process, 'bpmn:InclusiveGateway', 'Gateway_join');
  const end = node(process, 'bpmn:EndEvent', 'End_approved');
  update(end, endEventAttributes({ result: 'approved' }));

  flow(process, 'Flow_1', start, vote);
  flow(process, 'Flow_2', vote, sub);
  flow(process, 'Flow_3', sub, call);
  flow(process, 'Flow_4', call, receipt);
  flow(process, 'Flow_5', receipt, split);
  flow(process, 'Flow_6', split, publicDate, {
    conditionExpression: moddle.create('bpmn:FormalExpression', { body: 'nomination.collectives > 0' }) });
  const byDefault = flow(process, 'Flow_7', split, join);
  update(split, { default: byDefault });
  flow(process, 'Flow_8', publicDate, join);
  flow(process, 'Flow_9', join, end);
  flow(process, 'Flow_10', caught, refused);
  flow(process, 'Flow_11', escalated, informed);
  return { moddle, definitions };
}

async function serialise() {
  const { moddle, definitions } = buildDiagram();
  return `${(await moddle.toXML(definitions, { format: true })).xml}\n`;
}

test('the diagram the designer writes for the new elements is the one the engine corpus runs', async () => {
  const xml = await serialise();
  if (process.env.UPDATE_FIXTURE === '1') await writeFile(FIXTURE, xml);
  assert.equal(xml, await readFile(FIXTURE, 'utf8'));
});

test('a multi-instance user task is written as the engine reads it: parallel, a count, a completion condition', async () => {
  const xml = await serialise();
  assert.match(xml, /<bpmn:multiInstanceLoopCharacteristics>\s*<bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">3<\/bpmn:loopCardinality>\s*<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">nrOfCompletedInstances &gt;= 2<\/bpmn:completionCondition>/);
  assert.match(xml, /award:candidateUsers="nguyenvana,tranthib"/);
});

test('a list variable wins over a count, sequential is an attribute, and none removes the loop', () => {
  const moddle = newModdle();
  const loop = createLoop(moddle, { kind: 'sequential', source: 'list', count: '4', collection: '${thanhVienHoiDong}', elementVariable: 'thanhVien', completion: '' });
  assert.equal(loop.isSequential, true);
  assert.equal(loop.loopCardinality, undefined);
  assert.equal(loop.get('award:collection'), '${thanhVienHoiDong}');
  assert.equal(loop.get('award:elementVariable'), 'thanhVien');
  assert.equal(loop.completionCondition, undefined);
  const task = moddle.create('bpmn:UserTask', { id: 'T', loopCharacteristics: loop });
  assert.deepEqual(readLoop(task), { kind: 'sequential', source: 'list', count: '', collection: '${thanhVienHoiDong}', elementVariable: 'thanhVien', completion: '' });
  assert.equal(createLoop(moddle, { kind: 'none' }), undefined);
  assert.equal(readLoop(moddle.create('bpmn:UserTask', { id: 'U' })).kind, 'none');
});

test('a vote over the holders of a role is written as roleHolders, without an element variable, and read back as such', () => {
  const moddle = newModdle();
  const loop = createLoop(moddle, { kind: 'parallel', source: 'roleHolders', count: '', collection: '', elementVariable: 'x', completion: '' });
  assert.equal(loop.get('award:collection'), 'roleHolders');
  assert.equal(loop.get('award:elementVariable'), undefined);
  assert.equal(loop.loopCardinality, undefined);
  assert.equal(readLoop(moddle.create('bpmn:UserTask', { id: 'T', loopCharacteristics: loop })).source, 'roleHolders');
  for (const spelling of ['roleHolders', '${roleHolders}', '#{roleHolders}', '=roleHolders', ' ${ roleHolders } ']) assert.ok(isRoleHolders(spelling), spelling);
  assert.ok(!isRoleHolders('${members}'));
});

test('messages, errors and escalations are shared root elements carrying the name or code the engine matches', async () => {
  const xml = await serialise();
  assert.match(xml, /<bpmn:message id="Message_ho_so_bo_sung" name="ho-so-bo-sung" \/>/);
  assert.match(xml, /<bpmn:error id="Error_thieu_ho_so" name="thieu-ho-so" errorCode="thieu-ho-so" \/>/);
  assert.match(xml, /<bpmn:escalation id="Escalation_can_cap_tren" name="can-cap-tren" escalationCode="can-cap-tren" \/>/);
  assert.equal(xml.match(/<bpmn:error /g).length, 1, 'the error end and the boundary share one bpmn:error');
  assert.match(xml, /<bpmn:receiveTask id="Receive_receipt" name="[^"]*" messageRef="Message_da_nhan_quyet_dinh"/);
  assert.match(xml, /<bpmn:errorEventDefinition id="Boundary_missing_definition" errorRef="Error_thieu_ho_so" \/>/);
});

test('a new code gets an id of its own even when its slug is taken, and a blank code refers to nothing', () => {
  const moddle = newModdle();
  const definitions = moddle.create('bpmn:Definitions', { rootElements: [moddle.create('bpmn:Message', { id: 'Message_a_b', name: 'a b' })] });
  assert.equal(resolveReference(moddle, definitions, 'message', 'a b').created, false);
  const { target, created } = resolveReference(moddle, definitions, 'message', 'a-b');
  assert.equal(created, true);
  assert.equal(target.id, 'Message_a_b_2');
  assert.deepEqual(resolveReference(moddle, definitions, 'error', '  '), { target: null, created: false });
  assert.deepEqual(knownCodes(definitions, 'message'), ['a b']);
});

test('events say what they wait for, and read back the code they refer to', () => {
  const { definitions } = buildDiagram();
  const process = definitions.rootElements.find((r) => r.$type === 'bpmn:Process');
  const byId = (id, elements = process.flowElements) => elements.find((e) => e.id === id)
    ?? elements.filter((e) => e.flowElements).map((e) => byId(id, e.flowElements)).find(Boolean);
  assert.equal(eventOf(byId('Boundary_missing')).kind, 'error');
  assert.equal(readReference('error', eventOf(byId('Boundary_missing')).holder), 'thieu-ho-so');
  assert.equal(readReference('message', byId('Receive_receipt')), 'da-nhan-quyet-dinh');
  assert.equal(eventOf(byId('Sub_five_days')).kind, 'timer');
  assert.equal(eventOf(byId('Start_1')), null);
});

test('a timer catch waits a number of working days, or until a date in Vietnam time', async () => {
  const xml = await serialise();
  assert.match(xml, /<bpmn:intermediateCatchEvent id="Sub_five_days" name="[^"]*" award:calendar="working">/);
  assert.match(xml, /<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P5D<\/bpmn:timeDuration>/);
  assert.match(xml, /<bpmn:timeDate xsi:type="bpmn:tFormalExpression">2026-03-10T09:00:00\+07:00<\/bpmn:timeDate>/);
  assert.equal(catchDateText('2026-03-10T09:00'), '2026-03-10T09:00:00+07:00');
  assert.deepEqual(readCatchDate({ timeDate: { body: '2026-03-10T09:00:00+07:00' } }), { kind: 'date', date: '2026-03-10T09:00' });
  assert.deepEqual(readCatchDate({ timeDuration: { body: 'P5D' } }), { kind: 'duration', date: '' });
  const moddle = newModdle();
  const toDate = catchTimerDefinition(moddle, { kind: 'date', duration: 'P5D', date: '2026-03-10T09:00' });
  assert.equal(toDate.timeDuration, undefined, 'a date replaces the duration');
});

test('a call activity names the workflow, a pinned version and its variable mappings; blank rows are dropped', async () => {
  const xml = await serialise();
  assert.match(xml, /<bpmn:callActivity id="Call_decision" name="Ra quyết định" calledElement="giay-khen-cat" award:calledVersion="2">\s*<bpmn:extensionElements>\s*<award:in source="nomination" target="nomination" \/>\s*<award:out source="decisionNumber" target="soQuyetDinh" \/>\s*<\/bpmn:extensionElements>/);
  const moddle = newModdle();
  const call = moddle.create('bpmn:CallActivity', { id: 'C' });
  update(call, callProperties(moddle, call, { key: 'k', version: '', inputsAll: true, inputs: [{ source: 'a', target: 'b' }], outputsAll: true, outputs: [] }));
  assert.equal(call.get('award:calledVersion'), undefined, 'blank: the latest published version');
  assert.equal(call.extensionElements, undefined, 'every variable: no mapping written');
  assert.deepEqual(readCall(call), { key: 'k', version: '', inputsAll: true, inputs: [], outputsAll: true, outputs: [] });
});

test('a call activity read back gives the fields the panel shows', () => {
  const moddle = newModdle();
  const call = moddle.create('bpmn:CallActivity', { id: 'C' });
  update(call, callProperties(moddle, call, { key: 'giay-khen-cat', version: '3', inputsAll: false, inputs: [{ source: 'nomination', target: 'hoSo' }], outputsAll: true }));
  assert.deepEqual(readCall(call), { key: 'giay-khen-cat', version: '3', inputsAll: false, inputs: [{ source: 'nomination', target: 'hoSo' }], outputsAll: true, outputs: [] });
  update(call, callProperties(moddle, call, { key: 'giay-khen-cat', version: 'x', inputsAll: true, outputsAll: true }));
  assert.equal(call.get('award:calledVersion'), undefined, 'a version that is not a positive number is not written');
});

test('an assignee and candidate users are kept with the role', () => {
  const fields = readUserTask({ 'award:candidateRole': 'council', 'award:assignee': '${thanhVien}', 'award:candidateUsers': 'a,b' });
  assert.equal(fields.assignee, '${thanhVien}');
  assert.equal(fields.candidateUsers, 'a,b');
  assert.equal(readUserTask({ 'camunda:assignee': 'demo' }).assignee, 'demo');
  const attributes = userTaskAttributes({ ...fields, candidateUsers: ' a , ,b ', assignee: ' ' });
  assert.equal(attributes['award:candidateUsers'], 'a,b');
  assert.equal(attributes['award:assignee'], undefined);
});
