// Read-only diagram of a dossier's workflow: completed steps, the current step highlighted.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './viewer.css';
import { markersFor } from './markers.js';

async function show(container) {
  const response = await fetch(container.dataset.bpmnUrl, { credentials: 'same-origin' });
  if (!response.ok) {
    container.textContent = 'Không tải được sơ đồ quy trình.';
    return;
  }
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const state = JSON.parse(container.dataset.state ?? '{}');
  for (const [id, marker] of markersFor(state)) {
    if (registry.get(id)) canvas.addMarker(id, marker);
  }
  canvas.zoom('fit-viewport', 'auto');
  container.dataset.ready = 'true';
}

for (const container of document.querySelectorAll('[data-bpmn-url]')) {
  show(container).catch((error) => {
    container.textContent = 'Không hiển thị được sơ đồ quy trình.';
    console.error(error);
  });
}
