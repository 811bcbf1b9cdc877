// The Vietnamese properties panel beside the canvas: it reads the selected element's award: attributes into
// fields (properties.js) and writes changes back through bpmn-js's modeling, so every change can be undone.
import {
  UNIT_LEVELS, OUTCOMES, RESULTS, readUserTask, userTaskAttributes, readSendTask, sendTaskAttributes,
  readEndEvent, endEventAttributes, readTimer, timerAttributes, describeTimer, parseOutcomes,
} from './properties.js';
import { conditionVariables, OPERATORS, buildCondition, parseCondition, describeCondition } from './conditions.js';
import {
  readLoop, createLoop, eventOf, readReference, resolveReference, knownCodes, readCatchDate, catchTimerDefinition,
  readCall, callProperties,
} from './model.js';

const TYPE_NAMES = {
  'bpmn:Process': 'Quy trình',
  'bpmn:StartEvent': 'Sự kiện bắt đầu',
  'bpmn:EndEvent': 'Sự kiện kết thúc',
  'bpmn:UserTask': 'Bước xử lý (user task)',
  'bpmn:SendTask': 'Bước gửi thư (send task)',
  'bpmn:ServiceTask': 'Tác vụ tự động (service task)',
  'bpmn:ExclusiveGateway': 'Cổng rẽ nhánh loại trừ',
  'bpmn:ParallelGateway': 'Cổng song song',
  'bpmn:BoundaryEvent': 'Sự kiện gắn vào bước',
  'bpmn:IntermediateCatchEvent': 'Sự kiện chờ',
  'bpmn:IntermediateThrowEvent': 'Sự kiện trung gian',
  'bpmn:SequenceFlow': 'Luồng',
  'bpmn:SubProcess': 'Tiến trình con',
  'bpmn:CallActivity': 'Gọi quy trình khác',
  'bpmn:ReceiveTask': 'Nhận thông điệp',
  'bpmn:InclusiveGateway': 'Cổng bao hàm',
  'bpmn:EventBasedGateway': 'Cổng theo sự kiện',
};

/** A timer's units and its working-days box, the same on a wait and on a boundary timer. */
const TIMER_UNITS = [['D', 'ngày'], ['H', 'giờ']];
const WORKING_DAYS = ' Tính theo ngày làm việc';

/** The heading of events, by what they wait for or throw. */
const EVENT_NAMES = {
  'bpmn:BoundaryEvent': { timer: 'Hẹn giờ gắn vào bước', message: 'Chờ thông điệp gắn vào bước', error: 'Bắt lỗi', escalation: 'Bắt chuyển cấp' },
  'bpmn:IntermediateCatchEvent': { timer: 'Chờ thời gian', message: 'Chờ thông điệp' },
  'bpmn:EndEvent': { error: 'Kết thúc báo lỗi', escalation: 'Kết thúc chuyển cấp' },
};

function typeName(type, bo) {
  return EVENT_NAMES[type]?.[eventOf(bo)?.kind] ?? TYPE_NAMES[type];
}

/** The words of each reference's field. */
const REFERENCE_WORDS = {
  message: { label: 'Tên thông điệp', hint: 'Hồ sơ chờ ở đây đến khi nhận được thông điệp mang đúng tên này; các sự kiện cùng tên dùng chung một thông điệp.', placeholder: 'vd: ho-so-bo-sung' },
  error: { label: 'Mã lỗi', hint: 'Sự kiện bắt lỗi có cùng mã (hoặc bỏ trống mã) trên tiến trình con chứa nó sẽ nhận lỗi này.', placeholder: 'vd: thieu-ho-so' },
  escalation: { label: 'Mã chuyển cấp', hint: 'Sự kiện bắt chuyển cấp có cùng mã (hoặc bỏ trống mã) trên tiến trình con chứa nó sẽ nhận.', placeholder: 'vd: can-cap-tren' },
};

const AWARD_ATTRIBUTES = ['candidateRole', 'unitLevel', 'outcomes', 'dueInWorkingDays', 'dueIn', 'template', 'recipientRole',
  'recipientLevel', 'result', 'calendar', 'anchor', 'assignee', 'candidateUsers', 'candidateGroups', 'calledVersion'];

let ids = 0;

function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'className') node.className = value;
    else if (key === 'value') node.value = value;
    else if (key === 'checked') node.checked = Boolean(value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function field(labelText, control, hint) {
  const id = control.id || `prop-${++ids}`;
  control.id = id;
  return h('div', { className: 'prop' }, h('label', { for: id }, labelText), control, hint ? h('p', { className: 'hint' }, hint) : null);
}

function select(options, value, onchange, extra = {}) {
  return h('select', { onchange, ...extra },
    options.map(([code, label]) => h('option', { value: code, selected: code === value ? 'selected' : null }, label)));
}

/** Every award: attribute of a business object, plus a Camunda diagram's candidateGroups and dueDate. */
export function attributesOf(bo) {
  const attrs = {};
  for (const name of AWARD_ATTRIBUTES) {
    const value = bo.get?.(`award:${name}`) ?? bo.$attrs?.[`award:${name}`];
    if (value !== undefined && value !== null) attrs[`award:${name}`] = String(value);
  }
  for (const name of ['candidateGroups', 'dueDate', 'assignee', 'candidateUsers']) {
    const value = bo.$attrs?.[`camunda:${name}`];
    if (value !== undefined) attrs[`camunda:${name}`] = String(value);
  }
  return attrs;
}

export function createPanel(root, modeler, options) {
  const modeling = modeler.get('modeling');
  const moddle = modeler.get('moddle');
  const registry = modeler.get('elementRegistry');
  const selection = modeler.get('selection');
  const canvas = modeler.get('canvas');
  const bpmnReplace = modeler.get('bpmnReplace');
  const eventBus = modeler.get('eventBus');
  const editable = options.editable;
  const roles = options.roles ?? [];
  const templates = options.templates ?? [];
  let errorsById = new Map();
  let current = null;
  // Choices made in the panel that the XML cannot hold yet (a list chosen before its variable is typed, a date
  // before it is picked, mappings opened before a row is filled), so a re-render does not undo them.
  const choices = new Map();
  const choice = (element, name, fallback) => choices.get(`${element.id}:${name}`) ?? fallback;
  const choose = (element, name, value) => choices.set(`${element.id}:${name}`, value);
  // A change the panel already shows (a mapping row typed) is written without re-rendering, which would take away
  // the field the person just moved to.
  let quiet = false;
  const quietly = (fn) => () => { quiet = true; try { fn(); } finally { quiet = false; } };

  const roleOptions = (blankLabel) => [['', blankLabel], ...roles.map((r) => [r.code, `${r.name} (${r.code})`])];

  function userTasks() {
    return registry.filter((e) => e.type === 'bpmn:UserTask').map((e) => {
      const outcomes = parseOutcomes(e.businessObject.get('award:outcomes'));
      return { id: e.id, name: e.businessObject.name, outcomes: [...outcomes.standard, ...outcomes.extra] };
    });
  }

  function render() {
    let element = current && registry.get(current.id) ? registry.get(current.id) : canvas.getRootElement();
    // Inside an opened sub-process with nothing selected: the sub-process itself.
    if (element === canvas.getRootElement() && element.type === 'bpmn:SubProcess') element = registry.get(element.businessObject.id) ?? element;
    current = element;
    const bo = element.businessObject;
    const type = element.type;
    root.replaceChildren();
    root.append(h('h2', {}, typeName(type, bo) ?? type.replace('bpmn:', '')));
    root.append(h('p', { className: 'prop-id' }, 'Mã: ', h('code', {}, element.id)));
    for (const error of errorsById.get(element.id) ?? []) root.append(h('p', { className: 'prop-error', role: 'alert' }, error.message));
    if (!TYPE_NAMES[type]) {
      root.append(h('p', { className: 'alert alert-warn' }, 'Hệ thống chưa chạy được loại phần tử này. Hãy xóa hoặc đổi sang loại được hỗ trợ.'));
    }

    if (type !== 'label') {
      root.append(field(type === 'bpmn:Process' ? 'Tên quy trình' : 'Tên',
        h('input', { type: 'text', value: bo.name ?? '', name: 'name',
          onchange: (e) => (type === 'bpmn:Process' ? modeling.updateProperties(element, { name: e.target.value })
            : modeling.updateLabel(element, e.target.value)) })));
    }

    switch (type) {
      case 'bpmn:Process': root.append(h('p', { className: 'hint' }, 'Chọn một phần tử trên sơ đồ để xem và sửa thuộc tính của nó. Kéo thả từ bảng công cụ bên trái để thêm bước.')); break;
      case 'bpmn:UserTask': renderUserTask(element, bo); break;
      case 'bpmn:SendTask':
      case 'bpmn:ServiceTask': renderSendTask(element, bo); break;
      case 'bpmn:EndEvent': renderEndEvent(element, bo); break;
      case 'bpmn:BoundaryEvent': renderBoundary(element, bo); break;
      case 'bpmn:IntermediateCatchEvent': renderCatch(element, bo); break;
      case 'bpmn:IntermediateThrowEvent': root.append(h('p', { className: 'hint' }, 'Hồ sơ đi qua ngay, không chờ: dùng để đánh dấu một mốc trên sơ đồ.')); break;
      case 'bpmn:ReceiveTask': renderReference(element, 'message', bo); break;
      case 'bpmn:CallActivity': renderCall(element, bo); break;
      case 'bpmn:SubProcess': renderSubProcess(element, bo); break;
      case 'bpmn:ExclusiveGateway':
      case 'bpmn:InclusiveGateway': renderGateway(element, bo); break;
      case 'bpmn:EventBasedGateway': root.append(h('p', { className: 'hint' }, 'Hồ sơ chờ ở đây: sự kiện nào sau cổng đến trước (thông điệp hoặc hết thời gian chờ) thì đi theo nhánh đó, các nhánh khác bị bỏ.')); break;
      case 'bpmn:ParallelGateway': root.append(h('p', { className: 'hint' }, 'Nhiều luồng đi ra: các nhánh chạy song song. Nhiều luồng đi vào: chờ đủ mọi nhánh rồi mới đi tiếp.')); break;
      case 'bpmn:SequenceFlow': renderFlow(element, bo); break;
      default: break;
    }
    // Opening a sub-process only shows: it stays possible on a version that cannot be changed.
    if (!editable) for (const control of root.querySelectorAll('input, select, textarea, button:not([data-open-subprocess])')) control.disabled = true;
  }

  function renderUserTask(element, bo) {
    const fields = readUserTask(attributesOf(bo));
    const form = h('div', { className: 'prop-group' });
    const apply = () => modeling.updateProperties(element, userTaskAttributes(read()));
    const role = select(roleOptions('— Chọn vai trò —'), fields.candidateRole, apply, { name: 'candidateRole' });
    const level = select(UNIT_LEVELS.map(([c, l]) => [c, `${l} (${c})`]), fields.unitLevel, apply, { name: 'unitLevel' });
    const boxes = OUTCOMES.map(([code, label]) => h('label', { className: 'check' },
      h('input', { type: 'checkbox', name: 'outcome', value: code, checked: fields.outcomes.includes(code), onchange: apply }), ` ${label}`));
    const extra = h('input', { type: 'text', name: 'extraOutcomes', value: fields.extraOutcomes, onchange: apply, placeholder: 'vd: xin-y-kien' });
    const kind = select([['none', 'Không có hạn'], ['working', 'Ngày làm việc'], ['calendar', 'Ngày theo lịch'], ['iso', 'Thời lượng ISO 8601']],
      fields.deadline.kind, apply, { name: 'deadlineKind' });
    const days = h('input', { type: fields.deadline.kind === 'iso' ? 'text' : 'number', min: '0', step: '1', name: 'deadlineDays',
      value: fields.deadline.kind === 'iso' ? fields.deadline.text : String(fields.deadline.days), onchange: apply, 'aria-label': 'Số ngày' });
    function read() {
      const k = kind.value;
      return {
        candidateRole: role.value,
        unitLevel: level.value,
        outcomes: [...form.querySelectorAll('input[name=outcome]:checked')].map((c) => c.value),
        extraOutcomes: extra.value,
        // A kind just chosen, with no number yet, starts at five days (or P5D) so the choice is kept.
        deadline: { kind: k, days: k === 'iso' ? '' : days.value || '5', text: k === 'iso' ? days.value || 'P5D' : '' },
        assignee: assignee.value,
        candidateUsers: users.value,
      };
    }
    const assignee = h('input', { type: 'text', name: 'assignee', value: fields.assignee, onchange: apply, placeholder: 'vd: nguyenvana hoặc ${nguoiXuLy}' });
    const users = h('input', { type: 'text', name: 'candidateUsers', value: fields.candidateUsers, onchange: apply, placeholder: 'vd: nguyenvana, tranthib' });
    form.append(
      field('Vai trò người xử lý', role, 'Tài khoản giữ vai trò này ở đơn vị dưới đây sẽ nhận việc.'),
      field('Đơn vị xử lý (so với đơn vị đề nghị)', level),
      h('fieldset', { className: 'prop' }, h('legend', {}, 'Các lựa chọn kết quả'), h('div', { className: 'checks' }, boxes)),
      field('Lựa chọn khác (mã, cách nhau bằng dấu phẩy)', extra),
      h('fieldset', { className: 'prop' }, h('legend', {}, 'Hạn xử lý'), h('div', { className: 'inline-fields' }, kind, days)),
      field('Giao thẳng cho tài khoản (assignee)', assignee, 'Tên đăng nhập, hoặc biến như ${thanhVien} khi bước chạy nhiều lượt. Bỏ trống để giao theo vai trò.'),
      field('Các tài khoản được nhận việc (candidate users)', users, 'Tên đăng nhập, cách nhau bằng dấu phẩy; một người nhận thì những người khác không làm nữa.'),
    );
    root.append(form);
    renderLoop(element, bo);
  }

  function renderLoop(element, bo) {
    const fields = readLoop(bo);
    if (fields.kind !== 'none' && !fields.collection && !fields.count) fields.source = choice(element, 'loopSource', fields.source);
    const apply = () => {
      choose(element, 'loopSource', source.value);
      modeling.updateProperties(element, { loopCharacteristics: createLoop(moddle, {
        kind: kind.value, source: source.value, count: count.value || (source.value === 'count' ? '2' : ''),
        collection: collection.value, elementVariable: item.value, completion: completion.value,
      }) });
    };
    const kind = select([['none', 'Một lượt (bình thường)'], ['parallel', 'Nhiều lượt song song (mở cùng lúc)'], ['sequential', 'Nhiều lượt lần lượt (xong lượt này mới mở lượt sau)']],
      fields.kind, apply, { name: 'loopKind' });
    const source = select([['count', 'Số lượt cố định'], ['list', 'Mỗi phần tử của một danh sách biến một lượt'],
      ['roleHolders', 'Mỗi người giữ vai trò ở đơn vị xử lý một lượt (roleHolders)']], fields.source, apply, { name: 'loopSource' });
    const count = h('input', { type: 'text', name: 'loopCardinality', value: fields.count, onchange: apply, placeholder: 'vd: 3 hoặc ${soThanhVien}' });
    const collection = h('input', { type: 'text', name: 'loopCollection', value: fields.collection, onchange: apply, placeholder: 'vd: ${thanhVienHoiDong}' });
    const item = h('input', { type: 'text', name: 'loopElementVariable', value: fields.elementVariable, onchange: apply, placeholder: 'vd: thanhVien' });
    const completion = h('input', { type: 'text', name: 'loopCompletion', value: fields.completion, onchange: apply,
      placeholder: "vd: ${outcomeCounts." + element.id + ".approve >= 3}" });
    const group = h('fieldset', { className: 'prop' }, h('legend', {}, 'Nhiều lượt xử lý (multi-instance)'), field('Cách chạy', kind));
    if (fields.kind !== 'none') {
      group.append(field('Số lượt lấy từ', source));
      if (fields.source === 'roleHolders') {
        group.append(h('p', { className: 'hint' },
          'Khi hồ sơ tới bước này, mỗi tài khoản đang giữ vai trò người xử lý (chọn ở trên) tại đơn vị xử lý nhận một lượt của riêng mình; '
          + 'trong điều kiện và người xử lý, người của lượt là ${roleHolder}.'));
      } else if (fields.source === 'list') {
        group.append(field('Danh sách (biến của hồ sơ)', collection), field('Tên biến của mỗi phần tử', item, 'Dùng trong người xử lý, ví dụ giao cho ${thanhVien}.'));
      } else {
        group.append(field('Số lượt', count));
      }
      group.append(field('Điều kiện hoàn thành sớm (bỏ trống: chờ đủ mọi lượt)', completion,
        `Dùng được nrOfInstances, nrOfCompletedInstances, nrOfActiveInstances, loopCounter và outcomeCounts.${element.id}.<kết quả>.`));
    }
    root.append(group);
  }

  function renderSendTask(element, bo) {
    const fields = readSendTask(attributesOf(bo));
    const apply = () => modeling.updateProperties(element, sendTaskAttributes({ template: template.value, recipientRole: role.value, recipientLevel: level.value }));
    const known = templates.some((t) => t.code === fields.template);
    const template = select([['', '— Chọn mẫu thư —'], ...templates.map((t) => [t.code, `${t.name} (${t.code})`]),
      ...(fields.template && !known ? [[fields.template, `${fields.template} (mẫu không có trong danh sách)`]] : [])], fields.template, apply, { name: 'template' });
    const role = select(roleOptions('Người nhận mặc định của mẫu thư'), fields.recipientRole, apply, { name: 'recipientRole' });
    const level = select(UNIT_LEVELS.map(([c, l]) => [c, `${l} (${c})`]), fields.recipientLevel, apply, { name: 'recipientLevel' });
    root.append(field('Mẫu thư', template), field('Người nhận (vai trò)', role), field('Đơn vị người nhận', level));
  }

  function renderEndEvent(element, bo) {
    const fields = readEndEvent(attributesOf(bo));
    const terminate = (bo.eventDefinitions ?? []).some((d) => d.$type === 'bpmn:TerminateEventDefinition');
    const result = select([['', '— Không ảnh hưởng hồ sơ —'], ...RESULTS], fields.result,
      () => modeling.updateProperties(element, endEventAttributes({ result: result.value })), { name: 'result' });
    const box = h('input', { type: 'checkbox', name: 'terminate', checked: terminate, onchange: (e) => {
      const replaced = bpmnReplace.replaceElement(element, { type: 'bpmn:EndEvent', eventDefinitionType: e.target.checked ? 'bpmn:TerminateEventDefinition' : undefined });
      selection.select(replaced);
    } });
    root.append(field('Kết quả của hồ sơ khi kết thúc ở đây', result));
    const thrown = eventOf(bo);
    if (thrown?.kind === 'error' || thrown?.kind === 'escalation') renderReference(element, thrown.kind, thrown.holder);
    else root.append(h('label', { className: 'check' }, box, ' Kết thúc toàn bộ quy trình (terminate: dừng mọi nhánh đang chạy)'));
  }

  /** The message name, error code or escalation code of an event or a receive task, shared through a root element. */
  function renderReference(element, kind, holder) {
    const words = REFERENCE_WORDS[kind];
    const definitions = modeler.getDefinitions();
    const listId = `codes-${kind}`;
    const input = h('input', { type: 'text', name: `${kind}Code`, value: readReference(kind, holder), list: listId, placeholder: words.placeholder,
      onchange: (e) => {
        const { target, created } = resolveReference(moddle, definitions, kind, e.target.value);
        if (created) modeling.updateModdleProperties(element, definitions, { rootElements: [...definitions.rootElements, target] });
        const ref = { message: 'messageRef', error: 'errorRef', escalation: 'escalationRef' }[kind];
        if (holder === element.businessObject) modeling.updateProperties(element, { [ref]: target ?? undefined });
        else modeling.updateModdleProperties(element, holder, { [ref]: target ?? undefined });
      } });
    const known = h('datalist', { id: listId }, knownCodes(definitions, kind).map((code) => h('option', { value: code })));
    const hint = kind !== 'message' && element.type === 'bpmn:BoundaryEvent' ? `${words.hint} Bỏ trống để bắt mọi mã.` : words.hint;
    root.append(field(words.label, input, hint), known);
  }

  function renderBoundary(element, bo) {
    const event = eventOf(bo);
    if (event?.kind === 'timer') { renderTimer(element, bo); return; }
    if (!event) { root.append(h('p', { className: 'alert alert-warn' }, 'Hệ thống chạy hẹn giờ, chờ thông điệp, bắt lỗi và bắt chuyển cấp gắn vào bước.')); return; }
    renderReference(element, event.kind, event.holder);
    if (event.kind !== 'error') {
      root.append(h('label', { className: 'check' }, h('input', { type: 'checkbox', name: 'interrupting', checked: bo.cancelActivity !== false,
        onchange: (e) => modeling.updateProperties(element, { cancelActivity: e.target.checked }) }),
      ' Ngắt bước khi sự kiện đến (đi theo luồng của sự kiện); bỏ chọn để bước vẫn chạy tiếp'));
    }
  }

  function renderCatch(element, bo) {
    const event = eventOf(bo);
    if (event?.kind === 'message') { renderReference(element, 'message', event.holder); return; }
    if (event?.kind !== 'timer') { root.append(h('p', { className: 'alert alert-warn' }, 'Hệ thống chỉ chạy sự kiện chờ thời gian hoặc chờ thông điệp.')); return; }
    const definition = event.holder;
    const when = readCatchDate(definition);
    if (!when.date && !definition.timeDuration) when.kind = choice(element, 'catchKind', when.kind);
    const fields = readTimer(attributesOf(bo), definition.timeDuration?.body);
    const kind = select([['duration', 'Chờ một khoảng thời gian'], ['date', 'Chờ đến ngày giờ']], when.kind, () => apply(), { name: 'catchKind' });
    const amount = h('input', { type: 'number', min: '0', step: '1', name: 'timerAmount', value: String(fields.amount), onchange: () => apply(), 'aria-label': 'Thời lượng' });
    const unit = select(TIMER_UNITS, fields.unit, () => apply(), { name: 'timerUnit', 'aria-label': 'Đơn vị' });
    const working = h('input', { type: 'checkbox', name: 'timerWorking', checked: fields.working, onchange: () => apply() });
    const date = h('input', { type: 'datetime-local', name: 'timerDate', value: when.date, onchange: () => apply(), 'aria-label': 'Ngày giờ' });
    function apply() {
      choose(element, 'catchKind', kind.value);
      const isDate = kind.value === 'date';
      const { duration, attributes } = timerAttributes({ amount: amount.value || (isDate ? '' : '1'), unit: unit.value, working: working.checked, text: fields.text });
      modeling.updateProperties(element, isDate ? { 'award:calendar': undefined, 'award:anchor': undefined } : attributes);
      modeling.updateModdleProperties(element, definition, catchTimerDefinition(moddle, { kind: kind.value, duration, date: date.value }));
    }
    root.append(field('Cách chờ', kind));
    if (when.kind === 'date') {
      root.append(field('Ngày giờ (giờ Việt Nam)', date));
    } else {
      root.append(h('fieldset', { className: 'prop' }, h('legend', {}, 'Thời gian chờ'), h('div', { className: 'inline-fields' }, amount, unit)),
        h('label', { className: 'check' }, working, WORKING_DAYS),
        h('p', { className: 'hint' }, `Hiện tại: chờ ${describeTimer({ ...fields, anchorDue: false }).replace(' sau khi bước bắt đầu', '')}. Kéo thả lên cạnh một bước để thành hẹn giờ của bước đó.`));
    }
  }

  function renderCall(element, bo) {
    const fields = readCall(bo);
    const workflows = options.workflows ?? [];
    const chosen = workflows.find((w) => w.key === fields.key);
    const apply = (changes = {}) => {
      const next = { ...read(), ...changes };
      const { extensionElements, ...properties } = callProperties(moddle, bo, next);
      modeling.updateProperties(element, { ...properties, extensionElements });
    };
    const key = select([['', '— Chọn quy trình được gọi —'], ...workflows.map((w) => [w.key, `${w.name} (${w.key})`]),
      ...(fields.key && !chosen ? [[fields.key, `${fields.key} (không có trong danh sách)`]] : [])], fields.key, () => apply({ version: '' }), { name: 'calledElement' });
    const versions = chosen?.versions ?? [];
    const version = select([['', 'Phiên bản mới nhất đã công bố'], ...versions.map((v) => [String(v), `Cố định phiên bản ${v}`]),
      ...(fields.version && !versions.includes(Number(fields.version)) ? [[String(fields.version), `Phiên bản ${fields.version}`]] : [])],
    String(fields.version), () => apply(), { name: 'calledVersion' });
    const mappings = (label, name, written, rows) => {
      const all = written && !choice(element, `${name}Open`, false);
      const box = h('input', { type: 'checkbox', name: `${name}All`, checked: all, onchange: (e) => { choose(element, `${name}Open`, !e.target.checked); apply(); } });
      const list = h('div', { className: 'clauses', 'data-mappings': name });
      const addRow = (row = { source: '', target: '' }) => {
        const sourceInput = h('input', { type: 'text', name: `${name}Source`, value: row.source, onchange: quietly(() => apply()), 'aria-label': 'Biến nguồn', placeholder: 'biến nguồn' });
        const targetInput = h('input', { type: 'text', name: `${name}Target`, value: row.target, onchange: quietly(() => apply()), 'aria-label': 'Biến đích', placeholder: 'biến đích' });
        const line = h('div', { className: 'clause' }, sourceInput, ' → ', targetInput,
          h('button', { type: 'button', className: 'link-button', title: 'Bỏ ánh xạ này', onclick: quietly(() => { line.remove(); apply(); }) }, '✕'));
        line.read = () => ({ source: sourceInput.value, target: targetInput.value });
        list.append(line);
      };
      const group = h('fieldset', { className: 'prop' }, h('legend', {}, label), h('label', { className: 'check' }, box, ' Mọi biến'));
      if (!all) {
        // A row half filled is not written (the engine needs both names) but stays on screen until finished.
        const shown = [...rows, ...choice(element, `${name}Drafts`, [])];
        (shown.length ? shown : [{ source: '', target: '' }]).forEach((r) => addRow(r));
        group.append(list, h('button', { type: 'button', className: 'btn btn-plain btn-small', onclick: () => addRow() }, '+ Thêm biến'));
      }
      group.read = () => {
        const read = [...list.children].map((l) => l.read());
        choose(element, `${name}Drafts`, read.filter((r) => !r.source.trim() !== !r.target.trim()));
        return { all: box.checked, rows: read };
      };
      return group;
    };
    const inputs = mappings('Biến truyền sang quy trình được gọi', 'inputs', fields.inputsAll, fields.inputs);
    const outputs = mappings('Biến nhận về khi quy trình được gọi kết thúc', 'outputs', fields.outputsAll, fields.outputs);
    function read() {
      const i = inputs.read();
      const o = outputs.read();
      return { key: key.value, version: version.value, inputsAll: i.all, inputs: i.rows, outputsAll: o.all, outputs: o.rows };
    }
    root.append(field('Quy trình được gọi', key, 'Hồ sơ chạy quy trình này như một hồ sơ con, rồi đi tiếp khi hồ sơ con kết thúc.'),
      field('Phiên bản', version), inputs, outputs);
  }

  function renderSubProcess(element, bo) {
    const plane = registry.get(`${element.id}_plane`);
    root.append(h('p', { className: 'hint' }, 'Các bước bên trong chạy như một quy trình nhỏ: bắt đầu từ sự kiện bắt đầu bên trong, xong khi mọi nhánh bên trong kết thúc. Sự kiện gắn vào khung (hẹn giờ, thông điệp, bắt lỗi) theo dõi mọi bước bên trong.'));
    if (plane && canvas.getRootElement() !== plane) {
      root.append(h('button', { type: 'button', className: 'btn btn-plain btn-small', 'data-open-subprocess': element.id,
        onclick: () => canvas.setRootElement(plane) }, 'Mở tiến trình con để xem, vẽ bên trong'));
    }
  }

  function renderTimer(element, bo) {
    const definition = (bo.eventDefinitions ?? []).find((d) => d.$type === 'bpmn:TimerEventDefinition');
    if (!definition) { root.append(h('p', { className: 'alert alert-warn' }, 'Hệ thống chỉ chạy sự kiện hẹn giờ gắn vào bước xử lý.')); return; }
    const fields = readTimer(attributesOf(bo), definition.timeDuration?.body);
    const amount = h('input', { type: 'number', min: '0', step: '1', name: 'timerAmount', value: String(fields.amount), onchange: () => apply(), 'aria-label': 'Thời lượng' });
    const unit = select(TIMER_UNITS, fields.unit, () => apply(), { name: 'timerUnit', 'aria-label': 'Đơn vị' });
    const working = h('input', { type: 'checkbox', name: 'timerWorking', checked: fields.working, onchange: () => apply() });
    const anchor = h('input', { type: 'checkbox', name: 'timerAnchor', checked: fields.anchorDue, onchange: () => apply() });
    const before = select([['after', 'sau hạn'], ['before', 'trước hạn']], fields.before ? 'before' : 'after', () => apply(), { name: 'timerBefore', 'aria-label': 'Trước hay sau hạn' });
    const interrupting = h('input', { type: 'checkbox', name: 'timerInterrupting', checked: bo.cancelActivity !== false, onchange: () => apply() });
    function apply() {
      const values = { amount: amount.value, unit: unit.value, working: working.checked, anchorDue: anchor.checked, before: before.value === 'before', text: fields.text };
      const { duration, attributes } = timerAttributes(values);
      modeling.updateProperties(element, { ...attributes, cancelActivity: interrupting.checked });
      modeling.updateModdleProperties(element, definition, { timeDuration: moddle.create('bpmn:FormalExpression', { body: duration }) });
    }
    root.append(
      h('fieldset', { className: 'prop' }, h('legend', {}, 'Thời gian'), h('div', { className: 'inline-fields' }, amount, unit, before)),
      h('label', { className: 'check' }, working, WORKING_DAYS),
      h('label', { className: 'check' }, anchor, ' Tính từ hạn xử lý của bước (không phải từ lúc bước bắt đầu)'),
      h('label', { className: 'check' }, interrupting, ' Ngắt bước khi đến giờ (chuyển xử lý thay); bỏ chọn để chỉ nhắc'),
      h('p', { className: 'hint' }, `Hiện tại: ${describeTimer(fields)}.`),
    );
  }

  function flowLabel(flow) {
    const target = flow.target?.businessObject?.name || flow.target?.id;
    return `${flow.businessObject.name ? `${flow.businessObject.name}: ` : ''}→ ${target}`;
  }

  function renderGateway(element, bo) {
    const outgoing = element.outgoing.filter((c) => c.type === 'bpmn:SequenceFlow');
    const variables = conditionVariables(userTasks(), options.awardTypes);
    const chooser = select([['', '— Không có luồng mặc định —'], ...outgoing.map((f) => [f.id, flowLabel(f)])], bo.default?.id ?? '',
      (e) => {
        const flow = outgoing.find((f) => f.id === e.target.value);
        if (flow) modeling.updateProperties(flow, { conditionExpression: undefined });
        modeling.updateProperties(element, { default: flow ? flow.businessObject : null });
      }, { name: 'defaultFlow' });
    root.append(field('Luồng mặc định (đi khi không điều kiện nào đúng)', chooser));
    root.append(h('h3', {}, 'Các luồng đi ra'));
    root.append(h('ul', { className: 'prop-flows' }, outgoing.map((flow) => {
      const condition = flow.businessObject.conditionExpression?.body;
      const isDefault = bo.default?.id === flow.id;
      const words = isDefault ? 'luồng mặc định' : condition ? describeCondition(condition, variables) : 'chưa có điều kiện';
      return h('li', {}, h('button', { type: 'button', className: 'link-button', onclick: () => selection.select(flow) }, flowLabel(flow)),
        h('span', { className: isDefault || condition ? 'hint' : 'prop-error' }, ` (${words})`));
    })));
  }

  function renderFlow(element, bo) {
    const source = element.source;
    if (source?.type !== 'bpmn:ExclusiveGateway' && source?.type !== 'bpmn:InclusiveGateway') {
      root.append(h('p', { className: 'hint' }, 'Chỉ luồng đi ra từ cổng rẽ nhánh loại trừ hoặc cổng bao hàm mới có điều kiện.'));
      return;
    }
    const isDefault = source.businessObject.default?.id === element.id;
    root.append(h('label', { className: 'check' }, h('input', { type: 'checkbox', name: 'isDefault', checked: isDefault, onchange: (e) => {
      if (e.target.checked) modeling.updateProperties(element, { conditionExpression: undefined });
      modeling.updateProperties(source, { default: e.target.checked ? bo : null });
    } }), ' Luồng mặc định của cổng (đi khi không điều kiện nào đúng)'));
    if (isDefault) return;

    const variables = conditionVariables(userTasks(), options.awardTypes);
    const text = bo.conditionExpression?.body ?? '';
    const parsed = parseCondition(text);
    const setCondition = (value) => modeling.updateProperties(element, {
      conditionExpression: value ? moddle.create('bpmn:FormalExpression', { body: value }) : undefined,
    });
    const builder = h('fieldset', { className: 'prop condition' }, h('legend', {}, 'Điều kiện đi theo luồng này'));
    const rows = h('div', { className: 'clauses' });
    const addRow = (clause = { path: 'outcome', op: '==', value: '' }) => {
      const variable = () => variables.find((v) => v.path === pathSelect.value) ?? variables[0];
      const pathSelect = select([...variables.map((v) => [v.path, v.label]),
        ...(variables.some((v) => v.path === clause.path) ? [] : [[clause.path, clause.path]])], clause.path, () => renderValue(), { name: 'conditionVariable', 'aria-label': 'Biến' });
      const opSelect = select(OPERATORS, clause.op, null, { name: 'conditionOperator', 'aria-label': 'Phép so sánh' });
      const valueHolder = h('span', { className: 'value' });
      const renderValue = (value = '') => {
        const v = variable();
        let control;
        if (v.type === 'boolean') control = select([['true', 'có'], ['false', 'không']], String(value === '' ? true : value), null);
        else if (v.values?.length) control = select([['', '— chọn —'], ...v.values.map((x) => [x.value, x.label]), ...(value && !v.values.some((x) => x.value === value) ? [[value, value]] : [])], String(value), null);
        else control = h('input', { type: v.type === 'number' ? 'number' : 'text', value: String(value) });
        control.name = 'conditionValue';
        control.setAttribute('aria-label', 'Giá trị');
        valueHolder.replaceChildren(control);
      };
      renderValue(clause.value);
      const row = h('div', { className: 'clause' }, pathSelect, opSelect, valueHolder,
        h('button', { type: 'button', className: 'link-button', title: 'Bỏ vế này', onclick: () => row.remove() }, '✕'));
      row.read = () => ({ path: pathSelect.value, op: opSelect.value, value: valueHolder.firstChild.value, type: variable().type });
      rows.append(row);
    };
    if (parsed === null) {
      // The server names a condition that does not parse; one that parses but is beyond the builder is only complex.
      const broken = (errorsById.get(element.id) ?? []).some((e) => e.code === 'condition-invalid');
      builder.append(h('p', { className: 'hint' }, broken
        ? 'Biểu thức chưa đúng cú pháp (xem lỗi ở trên): sửa trực tiếp bên dưới, hoặc xóa hết để dùng lại bộ dựng điều kiện.'
        : 'Điều kiện phức tạp (hoặc, phủ định, ngoặc): sửa trực tiếp biểu thức bên dưới.'));
    } else {
      (parsed.length ? parsed : [{ path: 'outcome', op: '==', value: '' }]).forEach(addRow);
      builder.append(rows, h('div', { className: 'actions' },
        h('button', { type: 'button', className: 'btn btn-plain btn-small', onclick: () => addRow() }, '+ Thêm vế (và)'),
        h('button', { type: 'button', className: 'btn btn-primary btn-small', onclick: () => {
          try { setCondition(buildCondition([...rows.children].map((r) => r.read()))); }
          catch (e) { window.alert(e.message); }
        } }, 'Áp dụng điều kiện')));
    }
    const expression = h('textarea', { name: 'conditionText', rows: '2', onchange: (e) => setCondition(e.target.value.trim()) });
    expression.value = text;
    builder.append(field('Biểu thức (ngôn ngữ điều kiện của hệ thống)', expression, text ? describeCondition(text, variables) : 'Chưa có điều kiện.'));
    root.append(builder);
  }

  eventBus.on('selection.changed', (e) => { current = e.newSelection.length === 1 ? e.newSelection[0] : null; render(); });
  eventBus.on('commandStack.changed', () => { if (!quiet) render(); });
  eventBus.on('import.done', () => { current = null; render(); });
  // Opening a sub-process (drill-down) or going back up shows that level's properties.
  eventBus.on('root.set', () => { if (!current || canvas.findRoot(current) !== canvas.getRootElement()) current = null; render(); });

  return {
    render,
    setErrors(map) { errorsById = map; render(); },
  };
}
