// Progressive enhancement for the server-rendered pages: htmx for partial updates, confirmations before
// irreversible actions, and required reasons when returning or refusing. Every page works without it.
import htmx from 'htmx.org';
import { needsReason, confirmationFor } from './decisions.js';
import { keyFromName } from './slug.js';

window.htmx = htmx;

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const submitter = event.submitter;
  const outcome = submitter?.value ?? '';
  const comment = form.querySelector('[name="Comment"]');
  if (submitter?.name === 'Outcome' && needsReason(outcome) && comment && !comment.value.trim()) {
    event.preventDefault();
    comment.setCustomValidity('Cần ghi lý do khi trả lại hoặc không đồng ý.');
    comment.reportValidity();
    comment.addEventListener('input', () => comment.setCustomValidity(''), { once: true });
    return;
  }
  const message = submitter?.dataset.confirm ?? form.dataset.confirm ?? confirmationFor(outcome);
  if (message && !window.confirm(message)) event.preventDefault();
});

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
});

// The browser words its file picker in its own language ("Choose File"); ours speaks Vietnamese whatever the browser.
// The native input stays in the form (hidden from sight, not from the keyboard or the form's validation).
function enhanceFilePicker(input) {
  if (input.dataset.picker) return;
  input.dataset.picker = 'true';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-plain btn-small file-button';
  button.textContent = 'Chọn tệp…';
  const name = document.createElement('span');
  name.className = 'file-name';
  name.textContent = 'Chưa chọn tệp nào';
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    name.textContent = input.files.length === 0 ? 'Chưa chọn tệp nào' : [...input.files].map((f) => f.name).join(', ');
  });
  input.classList.add('file-native');
  input.after(button, name);
}

document.querySelectorAll('input[type=file]').forEach(enhanceFilePicker);
document.addEventListener('htmx:load', (event) => event.target.querySelectorAll?.('input[type=file]').forEach(enhanceFilePicker));

// A new workflow's key follows its name until the administrator types a key of their own.
for (const key of document.querySelectorAll('[data-key-from]')) {
  const name = document.getElementById(key.dataset.keyFrom);
  if (!name) continue;
  let own = key.value.trim() !== '';
  key.addEventListener('input', () => { own = key.value.trim() !== ''; });
  name.addEventListener('input', () => { if (!own) key.value = keyFromName(name.value); });
}

// The dossier form lists only the required parts of the award type chosen (a style sheet per award type would be
// inline style, which the pages' Content-Security-Policy forbids). Without a choice, or without script, all are shown.
for (const form of document.querySelectorAll('.dossier-form')) {
  const showChosenAward = () => {
    const chosen = form.querySelector('input[name="Input.AwardTypeCode"]:checked')?.value;
    for (const group of form.querySelectorAll('.parts-group[data-award]')) {
      group.classList.toggle('other-award', chosen !== undefined && group.dataset.award !== chosen);
    }
  };
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'Input.AwardTypeCode') showChosenAward();
  });
  showChosenAward();
}
