// The specialist console. Everything a debtor or specialist wrote is shown with textContent,
// never innerHTML, so a message carrying markup stays inert text.

const $ = (selector) => document.querySelector(selector);
let me = null;
let selectedId = null;
let queue = null;
let detailTimer = null;

/** Same-origin calls; the custom header is the console's CSRF proof (see specialist-auth.ts). */
async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'X-Amicable-Console': '1', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? `HTTP ${response.status}`);
  return data;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const time = (iso) => new Date(iso).toLocaleString();

function showError(container, error) {
  container.querySelector('.error').textContent = error ? error.message : '';
}

async function start() {
  me = (await api('GET', '/console/me').catch(() => null))?.specialist ?? null;
  if (me) showDesk();
  else $('#sign-in').hidden = false;
}

function showDesk() {
  $('#sign-in').hidden = true;
  $('#desk').hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = `Signed in as ${me}`;
  queue = new EventSource('/api/handoffs/events');
  queue.addEventListener('queue', (event) => renderQueue(JSON.parse(event.data).handoffs));
}

function renderQueue(handoffs) {
  $('#queue .empty').hidden = handoffs.length > 0;
  const items = handoffs.map((handoff) => {
    const button = element('button', undefined, `priority-${handoff.priority}`);
    button.type = 'button';
    button.dataset.id = handoff.id;
    button.setAttribute('aria-current', String(handoff.id === selectedId));
    button.append(
      element('strong', `${handoff.reason} · ${handoff.accountId ?? 'unverified'}`),
      element('span', `${handoff.channel} · P${handoff.priority} · due ${time(handoff.slaDueAt)}`),
      element('span', handoff.claimedBy ? `claimed by ${handoff.claimedBy}` : 'open'),
    );
    button.addEventListener('click', () => select(handoff.id));
    const li = element('li');
    li.append(button);
    return li;
  });
  $('#queue-list').replaceChildren(...items);
}

async function select(id) {
  selectedId = id;
  for (const button of document.querySelectorAll('#queue-list button')) button.setAttribute('aria-current', String(button.dataset.id === id));
  clearInterval(detailTimer);
  await loadCase();
  detailTimer = setInterval(loadCase, 2000);
}

async function loadCase() {
  if (!selectedId) return;
  const handoff = await api('GET', `/api/handoffs/${encodeURIComponent(selectedId)}`).catch(() => null);
  if (handoff) renderCase(handoff);
}

function renderCase(handoff) {
  $('#case').hidden = false;
  $('#case-title').textContent = `Case: ${handoff.reason}`;
  $('#case-meta').textContent = `${handoff.status}${handoff.claimedBy ? ` by ${handoff.claimedBy}` : ''} · ${handoff.channel} · opened ${time(handoff.createdAt)} · SLA ${time(handoff.slaDueAt)}`;
  const mine = handoff.status === 'claimed' && handoff.claimedBy === me;
  $('#claim').hidden = handoff.status !== 'open';
  for (const form of ['#reply', '#resolve']) $(form).hidden = !mine;
  $('#note').hidden = handoff.status === 'resolved';
  const byModel = handoff.summaryByModel;
  $('#summary').textContent = byModel
    ? `${handoff.summary}\n\nAs the model reads it (${byModel.tone}): ${byModel.gist}${byModel.debtorAsks.length ? `\nAsks: ${byModel.debtorAsks.join('; ')}` : ''}`
    : handoff.summary;
  const escalated = handoff.escalatedAt ? ` · escalated, reply due by ${time(handoff.expectedContactBy)}` : '';
  $('#case-meta').textContent += escalated;

  const list = $('#transcript');
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
  list.replaceChildren(
    ...handoff.transcript.map((entry) => {
      const li = element('li', undefined, entry.direction);
      li.append(element('span', entry.actor, 'who'), element('span', entry.text), element('span', time(entry.at), 'when'));
      return li;
    }),
  );
  if (atBottom) list.scrollTop = list.scrollHeight;

  const account = handoff.account;
  const rows = account
    ? [
        ['Account', account.id],
        ['Name', `${account.firstName} ${account.lastName}`],
        ['Balance', `$${(account.balanceCents / 100).toFixed(2)}`],
        ['Days past due', String(account.daysPastDue)],
        ['Status', account.status],
        ['Flags', account.flags.join(', ') || 'none'],
        ['Language', account.language],
        ['Arrangements', account.arrangements.map((a) => `${a.kind} (${a.status})`).join(', ') || 'none'],
      ]
    : [['Account', 'not identified']];
  $('#account').replaceChildren(...rows.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
}

/** Runs a case action, then shows the case as it is now; errors appear beside the case. */
async function act(run) {
  try {
    showError($('#case'));
    await run();
  } catch (error) {
    showError($('#case'), error);
  }
  await loadCase();
}

$('#sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    me = (await api('POST', '/console/login', { name: form.get('name'), password: form.get('password') })).specialist;
    showError($('#sign-in'));
    showDesk();
  } catch (error) {
    showError($('#sign-in'), error);
  }
});

$('#sign-out').addEventListener('click', async () => {
  await api('POST', '/console/logout').catch(() => null);
  location.reload();
});

$('#claim').addEventListener('click', () => act(() => api('POST', `/api/handoffs/${encodeURIComponent(selectedId)}/claim`, {})));

for (const [selector, path] of [['#reply', 'messages'], ['#note', 'notes']]) {
  $(selector).addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const text = new FormData(form).get('text');
    act(async () => {
      await api('POST', `/api/handoffs/${encodeURIComponent(selectedId)}/${path}`, { text });
      form.reset();
    });
  });
}

$('#resolve').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  act(() => api('POST', `/api/handoffs/${encodeURIComponent(selectedId)}/resolve`, { outcome: form.get('outcome'), handBackTo: form.get('handBackTo') || null }));
});

start();
