// Progressive enhancement for the server-rendered pages: htmx for partial updates, confirmations before
// irreversible actions, and required reasons when returning or refusing. Every page works without it.
import htmx from 'htmx.org';
import { needsReason, confirmationFor } from './decisions.js';

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
