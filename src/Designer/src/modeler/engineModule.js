// A bpmn-js module that offers only what the engine executes: palette, context pad and replace menu filtered
// (logic in allowed.js), with our own entries for the supported tasks, sub-processes, gateways and events.
import { filterPalette, filterContextPad, filterReplace, filterReplaceHeader } from './allowed.js';

const LOW = 500; // after bpmn-js's own providers (1000), so ours see and filter their entries

function EnginePalette(palette, create, elementFactory, translate) {
  palette.registerProvider(LOW, this);
  const createAction = (type, group, className, title, options) => {
    const start = (event) => create.start(event, elementFactory.createShape({ type, ...options }));
    return { group, className, title, action: { dragstart: start, click: start } };
  };
  this.getPaletteEntries = () => (entries) => filterPalette(entries, {
    'create.error-end': createAction('bpmn:EndEvent', 'event', 'bpmn-icon-end-event-error', 'Kết thúc báo lỗi (quy trình con bắt lỗi này)',
      { eventDefinitionType: 'bpmn:ErrorEventDefinition' }),
    'create.escalation-end': createAction('bpmn:EndEvent', 'event', 'bpmn-icon-end-event-escalation', 'Kết thúc chuyển cấp (báo lên quy trình chứa nó)',
      { eventDefinitionType: 'bpmn:EscalationEventDefinition' }),
    'create.timer': createAction('bpmn:IntermediateCatchEvent', 'event', 'bpmn-icon-intermediate-event-catch-timer',
      'Chờ thời gian (thả lên cạnh một bước để thành hẹn giờ của bước)', { eventDefinitionType: 'bpmn:TimerEventDefinition' }),
    'create.message-catch': createAction('bpmn:IntermediateCatchEvent', 'event', 'bpmn-icon-intermediate-event-catch-message',
      'Chờ thông điệp', { eventDefinitionType: 'bpmn:MessageEventDefinition' }),
    'create.parallel-gateway': createAction('bpmn:ParallelGateway', 'gateway', 'bpmn-icon-gateway-parallel', 'Cổng song song (chia / gộp nhánh)'),
    'create.inclusive-gateway': createAction('bpmn:InclusiveGateway', 'gateway', 'bpmn-icon-gateway-or', 'Cổng bao hàm (đi mọi nhánh có điều kiện đúng)'),
    'create.event-based-gateway': createAction('bpmn:EventBasedGateway', 'gateway', 'bpmn-icon-gateway-eventbased', 'Cổng theo sự kiện (đi theo sự kiện đến trước)'),
    'create.user-task': createAction('bpmn:UserTask', 'activity', 'bpmn-icon-user-task', 'Bước xử lý (user task)'),
    'create.send-task': createAction('bpmn:SendTask', 'activity', 'bpmn-icon-send-task', 'Gửi thư (send task)'),
    'create.service-task': createAction('bpmn:ServiceTask', 'activity', 'bpmn-icon-service-task', 'Tác vụ tự động (service task)'),
    'create.receive-task': createAction('bpmn:ReceiveTask', 'activity', 'bpmn-icon-receive-task', translate('Receive task')),
    'create.call-activity': createAction('bpmn:CallActivity', 'activity', 'bpmn-icon-call-activity', translate('Call activity')),
    'create.subprocess-collapsed': createAction('bpmn:SubProcess', 'activity', 'bpmn-icon-subprocess-collapsed',
      'Tiến trình con thu gọn (mở ra để vẽ bên trong)', { isExpanded: false }),
  });
}
EnginePalette.$inject = ['palette', 'create', 'elementFactory', 'translate'];

function EngineContextPad(contextPad, autoPlace, elementFactory, modeling) {
  contextPad.registerProvider(LOW, this);
  const append = (type, className, title, options = {}) => ({
    group: 'model',
    className,
    title,
    action: { click: (_, element) => autoPlace.append(element, elementFactory.createShape({ type, ...options })) },
  });
  // A boundary event attached to the selected activity, along its bottom edge (at `at` of its width).
  const attach = (definition, className, title, interrupting, at) => ({
    group: 'attach',
    className,
    title,
    action: {
      click: (_, host) => {
        const event = elementFactory.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: definition });
        event.businessObject.cancelActivity = interrupting;
        modeling.createShape(event, { x: host.x + host.width * at, y: host.y + host.height }, host, { attach: true });
      },
    },
  });
  this.getContextPadEntries = (element) => (entries) => filterContextPad(entries, element.type, {
    'append.user-task': append('bpmn:UserTask', 'bpmn-icon-user-task', 'Nối bước xử lý (user task)'),
    'append.send-task': append('bpmn:SendTask', 'bpmn-icon-send-task', 'Nối bước gửi thư (send task)'),
    'append.receive-task': append('bpmn:ReceiveTask', 'bpmn-icon-receive-task', 'Nối bước nhận thông điệp'),
    'append.call-activity': append('bpmn:CallActivity', 'bpmn-icon-call-activity', 'Nối bước gọi quy trình khác'),
    'append.exclusive-gateway': append('bpmn:ExclusiveGateway', 'bpmn-icon-gateway-xor', 'Nối cổng rẽ nhánh loại trừ'),
    'append.parallel-gateway': append('bpmn:ParallelGateway', 'bpmn-icon-gateway-parallel', 'Nối cổng song song'),
    'append.inclusive-gateway': append('bpmn:InclusiveGateway', 'bpmn-icon-gateway-or', 'Nối cổng bao hàm'),
    'append.event-based-gateway': append('bpmn:EventBasedGateway', 'bpmn-icon-gateway-eventbased', 'Nối cổng theo sự kiện'),
    'append.timer-catch': append('bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-timer', 'Nối chờ thời gian',
      { eventDefinitionType: 'bpmn:TimerEventDefinition' }),
    'append.message-catch': append('bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-message', 'Nối chờ thông điệp',
      { eventDefinitionType: 'bpmn:MessageEventDefinition' }),
    'append.timer-boundary': attach('bpmn:TimerEventDefinition', 'bpmn-icon-intermediate-event-catch-non-interrupting-timer',
      'Gắn hẹn giờ nhắc hạn (không ngắt bước)', false, 1 - 20 / Math.max(element.width ?? 100, 40)),
    'append.message-boundary': attach('bpmn:MessageEventDefinition', 'bpmn-icon-intermediate-event-catch-message',
      'Gắn chờ thông điệp (ngắt bước khi thông điệp đến)', true, 0.2),
    'append.error-boundary': attach('bpmn:ErrorEventDefinition', 'bpmn-icon-intermediate-event-catch-error',
      'Gắn bắt lỗi (khi bên trong kết thúc báo lỗi)', true, 0.45),
    'append.escalation-boundary': attach('bpmn:EscalationEventDefinition', 'bpmn-icon-intermediate-event-catch-non-interrupting-escalation',
      'Gắn bắt chuyển cấp (không ngắt bước)', false, 0.7),
  });
}
EngineContextPad.$inject = ['contextPad', 'autoPlace', 'elementFactory', 'modeling'];

function EngineReplaceMenu(popupMenu) {
  popupMenu.registerProvider('bpmn-replace', LOW, this);
  this.getPopupMenuEntries = () => (entries) => filterReplace(entries);
  this.getPopupMenuHeaderEntries = (element) => (entries) => filterReplaceHeader(entries, element.type);
}
EngineReplaceMenu.$inject = ['popupMenu'];

export default {
  __init__: ['enginePalette', 'engineContextPad', 'engineReplaceMenu'],
  enginePalette: ['type', EnginePalette],
  engineContextPad: ['type', EngineContextPad],
  engineReplaceMenu: ['type', EngineReplaceMenu],
};
