// The Vietnamese properties panel beside the canvas: it reads the selected element's award: attributes into
// fields (properties.js) and writes changes back through bpmn-js's modeling, so every change can be undone.
import {
  UNIT_LEVELS, OUTCOMES, RESULTS, readUserTask, userTaskAttributes, readSendTask, sendTaskAttributes,
  readEndEvent, endEventAttributes, readTimer, timerAttributes, describeTimer, parseOutcomes,
} from './properties.js';
import { conditionVariables, OPERATORS, buildCondition, parseCondition, describeCondition } from './conditions.js';

const TYPE_NAMES = {
  'bpmn:Process': 'Quy trình',
  'bpmn:StartEvent': 'Sự kiện bắt đầu',
  'bpmn:EndEvent': 'Sự kiện kết thúc',
  'bpmn:UserTask': 'Bước xử lý (user task)',
  'bpmn:SendTask': 'Bước gửi thư (send task)',
  'bpmn:ServiceTask': 'Tác vụ tự động (service task)',
  'bpmn:ExclusiveGateway': 'Cổng rẽ nhánh loại trừ',
  'bpmn:ParallelGateway': 'Cổng song song',
  'bpmn:BoundaryEvent': 'Hẹn giờ gắn vào bước',
  'bpmn:IntermediateCatchEvent': 'Hẹn giờ (chưa gắn vào bước)',
  'bpmn:SequenceFlow': 'Luồng',
};

const AWARD_ATTRIBUTES = ['candidateRole', 'unitLevel', 'outcomes', 'dueInWorkingDays', 'dueIn', 'template', 'recipientRole',
  'recipientLevel', 'result', 'calendar', 'anchor'];

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
  for (const name of ['candidateGroups', 'dueDate']) {
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

  const roleOptions = (blankLabel) => [['', blankLabel], ...roles.map((r) => [r.code, `${r.name} (${r.code})`])];

  function userTasks() {
    return registry.filter((e) => e.type === 'bpmn:UserTask').map((e) => {
      const outcomes = parseOutcomes(e.businessObject.get('award:outcomes'));
      return { id: e.id, name: e.businessObject.name, outcomes: [...outcomes.standard, ...outcomes.extra] };
    });
  }

  function render() {
    const element = current && registry.get(current.id) ? registry.get(current.id) : canvas.getRootElement();
    current = element;
    const bo = element.businessObject;
    const type = element.type;
    root.replaceChildren();
    root.append(h('h2', {}, TYPE_NAMES[type] ?? type.replace('bpmn:', '')));
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
      case 'bpmn:BoundaryEvent': renderTimer(element, bo); break;
      case 'bpmn:IntermediateCatchEvent': root.append(h('p', { className: 'hint' }, 'Kéo hẹn giờ này thả lên cạnh một bước xử lý để gắn vào bước đó.')); break;
      case 'bpmn:ExclusiveGateway': renderGateway(element, bo); break;
      case 'bpmn:ParallelGateway': root.append(h('p', { className: 'hint' }, 'Nhiều luồng đi ra: các nhánh chạy song song. Nhiều luồng đi vào: chờ đủ mọi nhánh rồi mới đi tiếp.')); break;
      case 'bpmn:SequenceFlow': renderFlow(element, bo); break;
      default: break;
    }
    if (!editable) for (const control of root.querySelectorAll('input, select, textarea, button')) control.disabled = true;
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
      };
    }
    form.append(
      field('Vai trò người xử lý', role, 'Tài khoản giữ vai trò này ở đơn vị dưới đây sẽ nhận việc.'),
      field('Đơn vị xử lý (so với đơn vị đề nghị)', level),
      h('fieldset', { className: 'prop' }, h('legend', {}, 'Các lựa chọn kết quả'), h('div', { className: 'checks' }, boxes)),
      field('Lựa chọn khác (mã, cách nhau bằng dấu phẩy)', extra),
      h('fieldset', { className: 'prop' }, h('legend', {}, 'Hạn xử lý'), h('div', { className: 'inline-fields' }, kind, days)),
    );
    root.append(form);
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
    root.append(field('Kết quả của hồ sơ khi kết thúc ở đây', result),
      h('label', { className: 'check' }, box, ' Kết thúc toàn bộ quy trình (terminate: dừng mọi nhánh đang chạy)'));
  }

  function renderTimer(element, bo) {
    const definition = (bo.eventDefinitions ?? []).find((d) => d.$type === 'bpmn:TimerEventDefinition');
    if (!definition) { root.append(h('p', { className: 'alert alert-warn' }, 'Hệ thống chỉ chạy sự kiện hẹn giờ gắn vào bước xử lý.')); return; }
    const fields = readTimer(attributesOf(bo), definition.timeDuration?.body);
    const amount = h('input', { type: 'number', min: '0', step: '1', name: 'timerAmount', value: String(fields.amount), onchange: () => apply(), 'aria-label': 'Thời lượng' });
    const unit = select([['D', 'ngày'], ['H', 'giờ']], fields.unit, () => apply(), { name: 'timerUnit', 'aria-label': 'Đơn vị' });
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
      h('label', { className: 'check' }, working, ' Tính theo ngày làm việc'),
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
    if (source?.type !== 'bpmn:ExclusiveGateway') {
      root.append(h('p', { className: 'hint' }, 'Chỉ luồng đi ra từ cổng rẽ nhánh loại trừ mới có điều kiện.'));
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
  eventBus.on('commandStack.changed', () => render());
  eventBus.on('import.done', () => { current = null; render(); });

  return {
    render,
    setErrors(map) { errorsById = map; render(); },
  };
}
