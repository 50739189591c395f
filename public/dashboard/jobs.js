// The dead-letter page of the operator dashboard. It calls /api/jobs/dead with the operator token
// and writes every value with textContent (the CSP allows no inline script or style).

import { $, element, operatorFetch, TOKEN_KEY } from './page-kit.js';

const call = async (path, method = 'GET') => (await operatorFetch($('#token-form').token.value.trim(), path, { method })).json();

function say(message, error) {
  $('#token-form .error').textContent = error ? error.message : '';
  $('#status').textContent = message ?? '';
}

async function act(dead, action) {
  try {
    await call(`/api/jobs/dead/${encodeURIComponent(dead.id)}/${action}`, 'POST');
    say(action === 'retry' ? `${dead.jobId} is back in ${dead.queue} for one more try.` : `${dead.jobId} discarded.`);
  } catch (error) {
    say('', error);
  }
  await refresh();
}

async function refresh() {
  try {
    sessionStorage.setItem(TOKEN_KEY, $('#token-form').token.value.trim());
    const { deadJobs } = await call('/api/jobs/dead');
    render(deadJobs);
  } catch (error) {
    say('', error);
  }
}

function render(deadJobs) {
  $('#dead-empty').hidden = deadJobs.length > 0;
  $('#dead-jobs').tBodies[0].replaceChildren(
    ...deadJobs.map((dead) => {
      const row = element('tr');
      const actions = element('td', undefined, { class: 'actions' });
      for (const [action, label] of [['retry', 'Retry'], ['discard', 'Discard']]) {
        const button = element('button', label, { type: 'button', 'aria-label': `${label} ${dead.jobId}` });
        button.addEventListener('click', () => void act(dead, action));
        actions.append(button);
      }
      row.append(
        element('td', dead.queue),
        element('th', dead.jobId, { scope: 'row', title: JSON.stringify(dead.payload) }),
        element('td', String(dead.attempts)),
        element('td', dead.diedAt),
        element('td', dead.error),
        actions,
      );
      return row;
    }),
  );
}

function start() {
  const form = $('#token-form');
  form.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void refresh();
  });
  if (form.token.value) void refresh();
}

start();
