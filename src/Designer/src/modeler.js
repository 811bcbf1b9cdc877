// The workflow designer: bpmn-js's modeler limited to what the engine executes, a Vietnamese properties panel,
// auto-save of the draft with the server's validation shown on the diagram, undo/redo, zoom and shortcuts.
import Modeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './modeler.css';
import awardModdle from './modeler/awardModdle.js';
import engineModule from './modeler/engineModule.js';
import translateModule from './modeler/translate.js';
import readOnlyModule from './modeler/readOnly.js';
import { createPanel } from './modeler/panel.js';
import { placeErrors, saveStatus, errorsInside } from './modeler/errors.js';
import { collapsedHostOf } from './markers.js';

const SAVE_DELAY_MS = 800;

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

async function start(root) {
  const data = JSON.parse(document.getElementById('designer-data').textContent);
  const canvasNode = root.querySelector('.designer-canvas');
  const status = root.querySelector('[data-status]');
  const errorList = root.querySelector('[data-errors]');
  const errorCount = root.querySelector('[data-error-count]');
  const publish = root.querySelector('[data-publish]');

  const modeler = new Modeler({
    container: canvasNode,
    additionalModules: data.editable ? [engineModule, translateModule] : [engineModule, translateModule, readOnlyModule],
    moddleExtensions: { award: awardModdle },
  });
  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const overlays = modeler.get('overlays');
  const selection = modeler.get('selection');
  const eventBus = modeler.get('eventBus');
  const commandStack = modeler.get('commandStack');

  const response = await fetch(data.xmlUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Không tải được sơ đồ (${response.status}).`);
  const { warnings } = await modeler.importXML(await response.text());
  if (warnings.length) console.warn(warnings);
  canvas.zoom('fit-viewport', 'auto');

  const panel = createPanel(root.querySelector('[data-panel]'), modeler, data);

  // Validation errors: a red badge on each element named, a list beside the canvas that selects it.
  let shownErrors = [];
  function showErrors(errors) {
    shownErrors = errors;
    overlays.remove({ type: 'validation' });
    for (const element of registry.getAll()) canvas.removeMarker(element, 'has-error');
    const { byElement, general } = placeErrors(errors, (id) => Boolean(registry.get(id)));
    for (const [id, list] of byElement) {
      const element = registry.get(id);
      canvas.addMarker(element, 'has-error');
      const badge = document.createElement('div');
      badge.className = 'error-badge';
      badge.title = list.map((e) => e.message).join('\n');
      badge.innerHTML = `<span class="count">${list.length}</span><span class="message"></span>`;
      badge.querySelector('.message').textContent = list[0].message;
      badge.addEventListener('click', () => selection.select(element));
      const position = element.waypoints ? { top: -10, left: -10 } : { top: -12, right: 12 };
      overlays.add(element, 'validation', { position, html: badge });
    }
    // Errors drawn inside a collapsed sub-process: counted on it, so one knows to open it.
    for (const [id, count] of errorsInside(byElement, collapsedHostOf(canvas, registry))) {
      const host = registry.get(id);
      canvas.addMarker(host, 'has-error');
      const badge = document.createElement('div');
      badge.className = 'error-badge inside';
      badge.dataset.inside = String(count);
      badge.title = `${count} lỗi ở các bước bên trong: mở tiến trình con để sửa.`;
      badge.innerHTML = `<span class="count">${count}</span><span class="message"></span>`;
      badge.querySelector('.message').textContent = badge.title;
      badge.addEventListener('click', () => selection.select(host));
      overlays.add(host, 'validation', { position: { top: -12, left: 12 }, html: badge });
    }
    errorList.replaceChildren();
    for (const error of errors) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'error-item';
      button.textContent = error.message;
      const element = error.elementId && registry.get(error.elementId);
      if (element) {
        button.addEventListener('click', () => {
          // Scrolling first opens the sub-process (plane) the element is drawn in.
          canvas.scrollToElement(element, { top: 120, bottom: 120, left: 200, right: 200 });
          selection.select(element);
        });
      } else {
        button.disabled = true;
      }
      item.append(button);
      errorList.append(item);
    }
    if (general.length === 0 && errors.length === 0) {
      const item = document.createElement('li');
      item.className = 'no-errors';
      item.textContent = 'Không có lỗi: quy trình chạy được.';
      errorList.append(item);
    }
    errorCount.textContent = String(errors.length);
    root.dataset.errors = String(errors.length);
    panel.setErrors(byElement);
    updatePublish();
  }

  let dirty = false;
  let saving = null;
  let timer = null;
  // The revision of the draft as this window last loaded or saved it; a save from another window changes it.
  let revision = data.revision;
  let conflict = false;

  function updatePublish() {
    if (!publish) return;
    publish.disabled = !data.editable || conflict || shownErrors.length > 0 || dirty || saving !== null;
    publish.title = shownErrors.length > 0 ? 'Còn lỗi: hãy sửa hết lỗi rồi mới công bố.' : '';
  }

  async function save() {
    clearTimeout(timer);
    if (saving) await saving;
    if (!dirty || conflict) return;
    dirty = false;
    status.textContent = 'Đang lưu…';
    status.className = 'status saving';
    updatePublish();
    saving = (async () => {
      const { xml } = await modeler.saveXML({ format: true });
      const result = await fetch(data.saveUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/xml; charset=utf-8',
          RequestVerificationToken: data.antiforgery,
          'If-Match': `"${revision}"`,
        },
        body: xml,
      });
      const body = await result.json().catch(() => ({}));
      if (result.status === 409) {
        // Someone saved this draft from another window: keep this window's work, offer it as a file, save no more.
        dirty = true;
        conflict = true;
        status.replaceChildren(`${body.message ?? 'Bản nháp vừa được lưu từ nơi khác.'} `, keepMineButton());
        status.className = 'status failed';
        return;
      }
      if (!result.ok) {
        dirty = true;
        status.textContent = `Chưa lưu được: ${body.message ?? `lỗi ${result.status}`}`;
        status.className = 'status failed';
        return;
      }
      revision = body.revision;
      status.textContent = saveStatus(body.savedAt, body.errors.length);
      status.className = body.errors.length ? 'status saved has-errors' : 'status saved';
      showErrors(body.errors);
    })().catch((error) => {
      dirty = true;
      status.textContent = 'Chưa lưu được: mất kết nối tới máy chủ. Sẽ thử lại khi có thay đổi tiếp theo.';
      status.className = 'status failed';
      console.error(error);
    }).finally(() => {
      saving = null;
      updatePublish();
    });
    await saving;
  }

  /** Downloads this window's diagram as it is now, so nothing drawn here is lost. */
  function keepMineButton() {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = 'Tải bản của tôi (.bpmn)';
    button.dataset.keepMine = '';
    button.addEventListener('click', async () => {
      const { xml } = await modeler.saveXML({ format: true });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.download = `${data.key}-ban-cua-toi.bpmn`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    return button;
  }

  eventBus.on('commandStack.changed', () => {
    if (!data.editable || conflict) return;
    dirty = true;
    status.textContent = 'Có thay đổi chưa lưu…';
    status.className = 'status pending';
    updatePublish();
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  window.addEventListener('beforeunload', (event) => { if (dirty || saving) event.preventDefault(); });

  // Toolbar: undo/redo, zoom, download, publish.
  const actions = {
    undo: () => commandStack.undo(),
    redo: () => commandStack.redo(),
    'zoom-in': () => modeler.get('zoomScroll').stepZoom(1),
    'zoom-out': () => modeler.get('zoomScroll').stepZoom(-1),
    'zoom-fit': () => canvas.zoom('fit-viewport', 'auto'),
  };
  for (const button of root.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => actions[button.dataset.action]?.());
  }
  const updateUndo = () => {
    root.querySelector('[data-action=undo]').disabled = !commandStack.canUndo();
    root.querySelector('[data-action=redo]').disabled = !commandStack.canRedo();
  };
  eventBus.on('commandStack.changed', updateUndo);
  updateUndo();

  if (publish) {
    publish.addEventListener('click', async () => {
      await save();
      if (shownErrors.length > 0) {
        errorList.querySelector('button')?.focus();
        return;
      }
      if (window.confirm(publish.dataset.confirmText)) publish.form.submit();
    });
  }

  // Shortcuts (undo, redo, delete, select all, zoom…) work wherever the focus is on the page, except in a field.
  document.addEventListener('keydown', (event) => {
    if (canvasNode.contains(event.target) || isTyping(event.target)) return;
    if (eventBus.fire('keyboard.keydown', { keyEvent: event })) event.preventDefault();
  });

  if (!data.editable) root.classList.add('readonly');
  showErrors(data.errors ?? []);
  root.dataset.ready = 'true';
  // For the browser tests and the console: the modeler and an immediate save.
  window.awardsDesigner = { modeler, save: () => { dirty = data.editable; return save(); } };
}

const root = document.querySelector('[data-designer]');
if (root) {
  start(root).catch((error) => {
    root.querySelector('.designer-canvas').textContent = `Không mở được sơ đồ: ${error.message}`;
    console.error(error);
  });
}
