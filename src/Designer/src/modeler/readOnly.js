// For versions that are published or retired: the modeler only shows. Every modelling rule says no (so dragging,
// connecting, deleting, resizing and pasting do nothing) and labels cannot be edited by double-clicking.
import RuleProvider from 'diagram-js/lib/features/rules/RuleProvider';

export const FORBIDDEN = [
  'elements.move', 'elements.delete', 'elements.create', 'elements.paste', 'elements.align', 'elements.distribute',
  'shape.create', 'shape.resize', 'shape.replace', 'shape.attach',
  'connection.start', 'connection.create', 'connection.reconnect', 'connection.updateWaypoints',
];

const HIGHEST = 100000;

class ReadOnlyRules extends RuleProvider {
  constructor(eventBus) {
    super(eventBus);
    // Returning false from the first listener stops the double-click before direct editing sees it.
    eventBus.on('element.dblclick', HIGHEST, () => false);
  }

  init() {
    this.addRule(FORBIDDEN, HIGHEST, () => false);
  }
}
ReadOnlyRules.$inject = ['eventBus'];

export default {
  __init__: ['readOnlyRules'],
  readOnlyRules: ['type', ReadOnlyRules],
};
