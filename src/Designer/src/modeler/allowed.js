// What the engine executes, and only that, is offered by the palette, the context pad and the replace menu.
// Pure functions over the entry maps diagram-js builds, so the filtering is tested in node.

/** Palette entries kept from bpmn-js's own (tools and the events/gateway it already offers). */
export const PALETTE_KEPT = new Set([
  'hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool', 'tool-separator',
  'create.start-event', 'create.end-event', 'create.exclusive-gateway',
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

/**
 * bpmn-js's context pad entries for an element, without what the engine cannot run, plus ours.
 * @param {Record<string, object>} entries
 * @param {string} type the element's BPMN type, e.g. 'bpmn:UserTask'
 * @param {Record<string, object>} own our entries (appends of the supported types)
 */
export function filterContextPad(entries, type, own = {}) {
  const kept = keep(entries, CONTEXT_PAD_KEPT);
  if (type === 'bpmn:EndEvent') {
    delete kept['append.end-event'];
    return kept;
  }
  if (type === 'bpmn:SequenceFlow' || type === 'label') return kept;
  const result = { ...kept, ...own };
  if (type !== 'bpmn:UserTask') delete result['append.timer-boundary'];
  return result;
}

/** The replace menu's entries, only those the engine executes. */
export function filterReplace(entries) {
  return keep(entries, REPLACE_KEPT);
}

/** The replace menu's header toggles, only those the engine executes. */
export function filterReplaceHeader(entries) {
  return keep(entries, REPLACE_HEADER_KEPT);
}

/** The BPMN types the engine executes (what the validator does not call unsupported). */
export const EXECUTED_TYPES = new Set([
  'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:UserTask', 'bpmn:SendTask', 'bpmn:ServiceTask',
  'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:BoundaryEvent', 'bpmn:SequenceFlow',
  'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:ReceiveTask',
  'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent',
]);
