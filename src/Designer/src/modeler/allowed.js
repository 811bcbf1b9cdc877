// What the engine executes, and only that, is offered by the palette, the context pad and the replace menu.
// Pure functions over the entry maps diagram-js builds, so the filtering is tested in node.

/** Palette entries kept from bpmn-js's own (tools and the events/gateway it already offers). */
export const PALETTE_KEPT = new Set([
  'hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator',
  'create.start-event', 'create.end-event', 'create.exclusive-gateway', 'create.subprocess-expanded',
]);

/** Context pad entries kept from bpmn-js's own. */
export const CONTEXT_PAD_KEPT = new Set(['delete', 'connect', 'replace', 'append.end-event']);

/** Replace menu entries that turn an element into something the engine executes. */
export const REPLACE_KEPT = new Set([
  'replace-with-none-start', 'replace-with-none-end', 'replace-with-terminate-end',
  'replace-with-user-task', 'replace-with-send-task', 'replace-with-service-task',
  'replace-with-exclusive-gateway', 'replace-with-parallel-gateway',
  'replace-with-timer-boundary', 'replace-with-non-interrupting-timer-boundary',
  'replace-with-sequence-flow', 'replace-with-default-flow', 'replace-with-conditional-flow',
  // Executed since issue 17.
  'replace-with-error-end', 'replace-with-escalation-end',
  'replace-with-receive-task', 'replace-with-call-activity', 'replace-with-subprocess', 'replace-with-expanded-subprocess',
  'replace-with-collapsed-subprocess', 'replace-with-none-intermediate-throw',
  'replace-with-inclusive-gateway', 'replace-with-event-based-gateway',
  'replace-with-message-intermediate-catch', 'replace-with-timer-intermediate-catch', 'replace-with-none-intermediate-throwing',
  'replace-with-message-boundary', 'replace-with-non-interrupting-message-boundary', 'replace-with-error-boundary',
  'replace-with-escalation-boundary', 'replace-with-non-interrupting-escalation-boundary',
]);

/**
 * Header toggles of the replace menu: interrupting or not (boundary events), and parallel or sequential multi-instance
 * (the engine runs it on user tasks; on anything else the validator names it). Standard loops, compensation and ad-hoc
 * are not executed.
 */
export const REPLACE_HEADER_KEPT = new Set(['toggle-non-interrupting', 'toggle-parallel-mi', 'toggle-sequential-mi']);

function keep(entries, allowed) {
  return Object.fromEntries(Object.entries(entries).filter(([key]) => allowed.has(key)));
}

/** bpmn-js's palette entries, without what the engine cannot run, plus ours. */
export function filterPalette(entries, own = {}) {
  return { ...keep(entries, PALETTE_KEPT), ...own };
}

/** What each of our boundary events may be attached to (the validator names any other host). */
export const BOUNDARY_HOSTS = {
  'append.timer-boundary': new Set(['bpmn:UserTask', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:ReceiveTask']),
  'append.message-boundary': new Set(['bpmn:UserTask', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:ReceiveTask']),
  'append.error-boundary': new Set(['bpmn:SubProcess', 'bpmn:CallActivity']),
  'append.escalation-boundary': new Set(['bpmn:SubProcess', 'bpmn:CallActivity']),
};

/** Appends only an event-based gateway takes: the events it waits for. */
const AFTER_EVENT_GATEWAY = new Set(['append.timer-catch', 'append.message-catch']);

/**
 * bpmn-js's context pad entries for an element, without what the engine cannot run, plus ours.
 * @param {Record<string, object>} entries
 * @param {string} type the element's BPMN type, e.g. 'bpmn:UserTask'
 * @param {Record<string, object>} own our entries (appends of the supported types, boundary events)
 */
export function filterContextPad(entries, type, own = {}) {
  const kept = keep(entries, CONTEXT_PAD_KEPT);
  if (type === 'bpmn:EndEvent') {
    delete kept['append.end-event'];
    return kept;
  }
  if (type === 'bpmn:SequenceFlow' || type === 'label') return kept;
  const result = { ...kept, ...own };
  for (const [key, hosts] of Object.entries(BOUNDARY_HOSTS)) if (!hosts.has(type)) delete result[key];
  if (type === 'bpmn:EventBasedGateway') {
    for (const key of Object.keys(result)) if (key.startsWith('append.') && !AFTER_EVENT_GATEWAY.has(key)) delete result[key];
  }
  return result;
}

/** The replace menu's entries, only those the engine executes. */
export function filterReplace(entries) {
  return keep(entries, REPLACE_KEPT);
}

/** The replace menu's header toggles, only those the engine executes: multi-instance on user tasks only. */
export function filterReplaceHeader(entries, type) {
  const kept = keep(entries, REPLACE_HEADER_KEPT);
  if (type !== undefined && type !== 'bpmn:UserTask') {
    delete kept['toggle-parallel-mi'];
    delete kept['toggle-sequential-mi'];
  }
  return kept;
}

/** The BPMN types the engine executes (what the validator does not call unsupported). */
export const EXECUTED_TYPES = new Set([
  'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:UserTask', 'bpmn:SendTask', 'bpmn:ServiceTask',
  'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:BoundaryEvent', 'bpmn:SequenceFlow',
  'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:ReceiveTask',
  'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent',
]);
