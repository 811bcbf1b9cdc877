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
      extends: ['bpmn:BoundaryEvent'],
      properties: [
        { name: 'calendar', isAttr: true, type: 'String' },
        { name: 'anchor', isAttr: true, type: 'String' },
      ],
    },
  ],
};
