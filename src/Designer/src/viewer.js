// Read-only diagram of a workflow: a dossier's completed and current steps (with who did what, when the page
// gives its history), the changes between two versions, or a heat map of where dossiers spend their time.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './viewer.css';
import { markersFor, liftMarkers, collapsedHostOf } from './markers.js';
import { historyByElement } from './history.js';
import { heatColours, formatDays, liftHeat } from './heat.js';
import { loopNote } from './loops.js';

function overlay(className, children) {
  const node = document.createElement('div');
  node.className = className;
  for (const [tag, text, cls] of children) {
    const child = document.createElement(tag);
    child.textContent = text;
    if (cls) child.className = cls;
    node.append(child);
  }
  return node;
}

function showHistory(viewer, entries, skip = new Set()) {
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  for (const [id, lines] of historyByElement(entries)) {
    const element = registry.get(id);
    if (!element || element.waypoints || skip.has(id)) continue;
    const node = overlay('history-note', [['strong', lines[lines.length - 1]]]);
    if (lines.length > 1) node.append(overlay('more', [['span', `+${lines.length - 1} lần trước`]]));
    node.title = lines.join('\n');
    overlays.add(element, 'history', { position: { bottom: -6, left: -10 }, html: node });
  }
}

// Each multi-instance step: a badge with done of all, and in place of the history note, each instance and its state.
function showLoops(viewer, loops, entries) {
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const history = historyByElement(entries ?? []);
  const shown = new Set();
  for (const loop of loops) {
    const element = registry.get(loop.elementId);
    if (!element) continue;
    shown.add(loop.elementId);
    const note = loopNote(loop);
    const badge = overlay('loop-badge', [['span', note.badge]]);
    badge.title = note.heading;
    overlays.add(element, 'loop', { position: { top: -10, right: 12 }, html: badge });
    const panel = overlay('loop-note', [['strong', note.heading]]);
    const list = document.createElement('ul');
    for (const row of note.rows) {
      const item = document.createElement('li');
      item.className = row.state;
      item.textContent = row.text;
      list.append(item);
    }
    panel.append(list);
    panel.dataset.step = loop.elementId;
    if (history.has(loop.elementId)) panel.title = history.get(loop.elementId).join('\n');
    overlays.add(element, 'loop', { position: { bottom: -6, left: -10 }, html: panel });
  }
  return shown;
}

function showHeat(viewer, own) {
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  // A collapsed sub-process shows the sum of the steps inside it (it opens, drill-down, to them).
  const ownIds = new Set(own.map((s) => s.elementId));
  const lifted = liftHeat(own.filter((s) => registry.get(s.elementId)), collapsedHostOf(viewer.get('canvas'), registry))
    .filter((s) => !ownIds.has(s.elementId));
  const steps = [...own, ...lifted];
  const colours = heatColours(steps);
  for (const step of steps) {
    const element = registry.get(step.elementId);
    if (!element) continue;
    const fill = document.createElement('div');
    fill.className = 'heat-fill';
    fill.style.width = `${element.width}px`;
    fill.style.height = `${element.height}px`;
    fill.style.background = colours[step.elementId];
    overlays.add(element, 'heat', { position: { top: 0, left: 0 }, html: fill });
    const label = overlay('heat-label', [
      ...(step.inside ? [['span', `Cộng ${step.inside} bước bên trong`, 'inside']] : []),
      ...(step.multiInstance ? [['span', 'Nhiều người xử lý: mỗi người một lượt', 'inside']] : []),
      ['strong', `Trung vị ${formatDays(step.medianDays)}`],
      ['span', `TB ${formatDays(step.meanDays)} · ${step.count} lượt${step.open ? `, ${step.open} đang mở` : ''}`],
    ]);
    label.style.borderColor = colours[step.elementId];
    overlays.add(element, 'heat', { position: { bottom: -4, left: -10 }, html: label });
  }
}

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
  const markers = markersFor(state).filter(([id]) => registry.get(id));
  // A step inside a collapsed sub-process is also shown on the sub-process, which opens (drill-down) to it.
  for (const [id, marker] of [...markers, ...liftMarkers(markers, collapsedHostOf(canvas, registry))]) canvas.addMarker(id, marker);
  const history = container.dataset.history ? JSON.parse(container.dataset.history) : null;
  const loops = container.dataset.loops ? showLoops(viewer, JSON.parse(container.dataset.loops), history) : new Set();
  if (history) showHistory(viewer, history, loops);
  if (container.dataset.heat) showHeat(viewer, JSON.parse(container.dataset.heat));
  canvas.zoom('fit-viewport', 'auto');
  focusOnCurrent(canvas, registry, state.current ?? []);
  addTools(container, viewer, state.current ?? []);
  container.bpmnViewer = viewer;
  container.dataset.ready = 'true';
}

function button(label, title, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'viewer-tool';
  b.textContent = label;
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', action);
  return b;
}

// Zoom without a mouse wheel (phones, touchpads), back to the whole diagram, or back to the current step.
function addTools(container, viewer, current) {
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const zoomScroll = viewer.get('zoomScroll');
  const tools = document.createElement('div');
  tools.className = 'viewer-tools';
  tools.append(
    button('−', 'Thu nhỏ', () => zoomScroll.stepZoom(-1)),
    button('+', 'Phóng to', () => zoomScroll.stepZoom(1)),
    button('Cả sơ đồ', 'Xem cả sơ đồ', () => canvas.zoom('fit-viewport', 'auto')));
  if (current.some((id) => registry.get(id))) {
    tools.append(button('Bước hiện tại', 'Về bước đang xử lý', () => {
      canvas.zoom('fit-viewport', 'auto');
      focusOnCurrent(canvas, registry, current);
    }));
  }
  container.append(tools);
}

// A whole workflow fitted into a phone or a card is too small to read: when fitting shrinks it below a readable
// scale, show the current step at that scale instead; dragging and zooming still reach the rest.
const READABLE = 0.8;

function focusOnCurrent(canvas, registry, current) {
  // A step drawn inside a collapsed sub-process is focused through the sub-process shown.
  const hostOf = collapsedHostOf(canvas, registry);
  const shown = (id) => {
    const seen = new Set();
    let at = id;
    while (at && canvas.findRoot(registry.get(at)) !== canvas.getRootElement() && !seen.has(at)) { seen.add(at); at = hostOf(at); }
    return at ? registry.get(at) : null;
  };
  const step = current.filter((id) => registry.get(id)).map(shown).find(Boolean);
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
