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
  focusOnCurrent(canvas, registry, state.current ?? []);
  container.dataset.ready = 'true';
}

// A whole workflow fitted into a phone or a card is too small to read: when fitting shrinks it below a readable
// scale, show the current step at that scale instead; dragging and zooming still reach the rest.
const READABLE = 0.8;

function focusOnCurrent(canvas, registry, current) {
  const step = current.map((id) => registry.get(id)).find(Boolean);
  if (!step || canvas.zoom() >= READABLE) return;
  const { width, height } = canvas.viewbox().outer;
  canvas.viewbox({
    x: step.x + step.width / 2 - width / READABLE / 2,
    y: step.y + step.height / 2 - height / READABLE / 2,
    width: width / READABLE,
    height: height / READABLE,
  });
}

for (const container of document.querySelectorAll('[data-bpmn-url]')) {
  show(container).catch((error) => {
    container.textContent = 'Không hiển thị được sơ đồ quy trình.';
    console.error(error);
  });
}
