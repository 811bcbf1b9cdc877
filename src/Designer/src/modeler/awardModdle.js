// The award: extension (urn:toandan:awards:bpmn:1.0) for bpmn-moddle, so bpmn-js reads and writes the attributes
// the engine executes (see BpmnNamespaces.Award in src/Workflows).
export default {
  name: 'Award',
  uri: 'urn:toandan:awards:bpmn:1.0',
  prefix: 'award',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'UserTaskAttributes',
      extends: ['bpmn:UserTask'],
      properties: [
        { name: 'candidateRole', isAttr: true, type: 'String' },
        { name: 'unitLevel', isAttr: true, type: 'String' },
        { name: 'outcomes', isAttr: true, type: 'String' },
        { name: 'dueInWorkingDays', isAttr: true, type: 'String' },
        { name: 'dueIn', isAttr: true, type: 'String' },
        // Who may take the task besides (or instead of) the role: one account, or accounts that may claim it.
        { name: 'assignee', isAttr: true, type: 'String' },
        { name: 'candidateUsers', isAttr: true, type: 'String' },
        { name: 'candidateGroups', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'MessageAttributes',
      extends: ['bpmn:SendTask', 'bpmn:ServiceTask'],
      properties: [
        { name: 'template', isAttr: true, type: 'String' },
        { name: 'recipientRole', isAttr: true, type: 'String' },
        { name: 'recipientLevel', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'EndAttributes',
      extends: ['bpmn:EndEvent'],
      properties: [{ name: 'result', isAttr: true, type: 'String' }],
    },
    {
      name: 'TimerAttributes',
      extends: ['bpmn:BoundaryEvent', 'bpmn:IntermediateCatchEvent'],
      properties: [
        { name: 'calendar', isAttr: true, type: 'String' },
        { name: 'anchor', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'LoopAttributes',
      extends: ['bpmn:MultiInstanceLoopCharacteristics'],
      properties: [
        { name: 'collection', isAttr: true, type: 'String' },
        { name: 'elementVariable', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'CallActivityAttributes',
      extends: ['bpmn:CallActivity'],
      properties: [{ name: 'calledVersion', isAttr: true, type: 'String' }],
    },
    // <award:in source target/> and <award:out …/> in a call activity's extensionElements: the variables passed to the
    // called workflow and back (none written: every variable).
    {
      name: 'In',
      superClass: ['Element'],
      properties: [
        { name: 'source', isAttr: true, type: 'String' },
        { name: 'target', isAttr: true, type: 'String' },
        { name: 'variables', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'Out',
      superClass: ['Element'],
      properties: [
        { name: 'source', isAttr: true, type: 'String' },
        { name: 'target', isAttr: true, type: 'String' },
        { name: 'variables', isAttr: true, type: 'String' },
      ],
    },
  ],
};
