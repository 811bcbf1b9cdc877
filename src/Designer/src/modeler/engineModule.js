// A bpmn-js module that offers only what the engine executes: palette, context pad and replace menu filtered
// (logic in allowed.js), with our own entries for the supported task, gateway and timer types.
import { filterPalette, filterContextPad, filterReplace, filterReplaceHeader } from './allowed.js';

const LOW = 500; // after bpmn-js's own providers (1000), so ours see and filter their entries

function EnginePalette(palette, create, elementFactory) {
  palette.registerProvider(LOW, this);
  const createAction = (type, group, className, title, options) => {
    const start = (event) => create.start(event, elementFactory.createShape({ type, ...options }));
    return { group, className, title, action: { dragstart: start, click: start } };
  };
  this.getPaletteEntries = () => (entries) => filterPalette(entries, {
    'create.parallel-gateway': createAction('bpmn:ParallelGateway', 'gateway', 'bpmn-icon-gateway-parallel', 'Cổng song song (chia / gộp nhánh)'),
    'create.user-task': createAction('bpmn:UserTask', 'activity', 'bpmn-icon-user-task', 'Bước xử lý (user task)'),
    'create.send-task': createAction('bpmn:SendTask', 'activity', 'bpmn-icon-send-task', 'Gửi thư (send task)'),
    'create.service-task': createAction('bpmn:ServiceTask', 'activity', 'bpmn-icon-service-task', 'Tác vụ tự động (service task)'),
    'create.timer': {
      group: 'event',
      className: 'bpmn-icon-intermediate-event-catch-timer',
      title: 'Hẹn giờ: thả lên cạnh một bước xử lý',
      action: {
        dragstart: (event) => create.start(event, timerShape()),
        click: (event) => create.start(event, timerShape()),
      },
    },
  });
  function timerShape() {
    return elementFactory.createShape({ type: 'bpmn:IntermediateCatchEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
  }
}
EnginePalette.$inject = ['palette', 'create', 'elementFactory'];

function EngineContextPad(contextPad, autoPlace, elementFactory, modeling) {
  contextPad.registerProvider(LOW, this);
  const append = (type, className, title, options = {}) => ({
    group: 'model',
    className,
    title,
    action: { click: (_, element) => autoPlace.append(element, elementFactory.createShape({ type, ...options })) },
  });
  this.getContextPadEntries = (element) => (entries) => {
    const type = element.type;
    return filterContextPad(entries, type, {
      'append.user-task': append('bpmn:UserTask', 'bpmn-icon-user-task', 'Nối bước xử lý (user task)'),
      'append.send-task': append('bpmn:SendTask', 'bpmn-icon-send-task', 'Nối bước gửi thư (send task)'),
      'append.exclusive-gateway': append('bpmn:ExclusiveGateway', 'bpmn-icon-gateway-xor', 'Nối cổng rẽ nhánh loại trừ'),
      'append.parallel-gateway': append('bpmn:ParallelGateway', 'bpmn-icon-gateway-parallel', 'Nối cổng song song'),
      'append.timer-boundary': {
        group: 'model',
        className: 'bpmn-icon-intermediate-event-catch-non-interrupting-timer',
        title: 'Gắn hẹn giờ nhắc hạn (không ngắt bước)',
        action: {
          click: (_, task) => {
            const timer = elementFactory.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' });
            timer.businessObject.cancelActivity = false;
            modeling.createShape(timer, { x: task.x + task.width - 20, y: task.y + task.height }, task, { attach: true });
          },
        },
      },
    });
  };
}
EngineContextPad.$inject = ['contextPad', 'autoPlace', 'elementFactory', 'modeling'];

function EngineReplaceMenu(popupMenu) {
  popupMenu.registerProvider('bpmn-replace', LOW, this);
  this.getPopupMenuEntries = () => (entries) => filterReplace(entries);
  this.getPopupMenuHeaderEntries = () => (entries) => filterReplaceHeader(entries);
}
EngineReplaceMenu.$inject = ['popupMenu'];

export default {
  __init__: ['enginePalette', 'engineContextPad', 'engineReplaceMenu'],
  enginePalette: ['type', EnginePalette],
  engineContextPad: ['type', EngineContextPad],
  engineReplaceMenu: ['type', EngineReplaceMenu],
};
