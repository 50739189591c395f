// The specialist console. Everything a debtor or specialist wrote is shown with textContent,
// never innerHTML, so a message carrying markup stays inert text. Every control is a native
// form control or button, so the whole desk works from the keyboard; times are shown in the
// viewer's own time zone, named.

const $ = (selector) => document.querySelector(selector);
let me = null;
let selectedId = null;
let current = null;
let queue = null;
let detailTimer = null;
/** A free-text reply held back by the language warning, until "Send anyway". */
let heldReply = null;

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const timeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
const time = (iso) => (iso ? timeFormat.format(new Date(iso)) : '');
const languageNames = { en: 'English', es: 'Spanish' };
const authorityNames = { assistant: 'within the assistant’s policy', specialist: 'your authority', supervisor: 'needs a supervisor’s approval' };
const stepNames = { information_requested: 'Information requested', validation_sent: 'Validation sent', resolved: 'Resolved' };

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

function option(value, label, disabled = false) {
  const node = element('option', label);
  node.value = value;
  node.disabled = disabled;
  return node;
}

/** "due in 1 h 05 min", "overdue by 3 min": the clock a case is worked against. */
function countdown(dueAt, now = Date.now()) {
  const left = Date.parse(dueAt) - now;
  const minutes = Math.round(Math.abs(left) / 60_000);
  const span = minutes >= 1440 ? `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h` : minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
  return left >= 0 ? `due in ${span}` : `overdue by ${span}`;
}

/** A clock that counts down: the element keeps its due time and is rewritten every second. */
function clock(dueAt, prefix) {
  const node = element('span', '', 'clock');
  node.dataset.due = dueAt;
  node.dataset.prefix = prefix;
  tick(node);
  return node;
}

function tick(node) {
  const text = countdown(node.dataset.due);
  node.textContent = `${node.dataset.prefix} ${text}`;
  node.classList.toggle('overdue', text.startsWith('overdue'));
}

setInterval(() => {
  for (const node of document.querySelectorAll('.clock[data-due]')) tick(node);
}, 1000);

function showError(container, error) {
  container.querySelector('.error').textContent = error ? error.message : '';
}

function say(text) {
  $('#case-status').textContent = text;
}

async function start() {
  $('#zone').textContent = `Times are shown in your time zone, ${zone}.`;
  me = (await api('GET', '/console/me').catch(() => null))?.specialist ?? null;
  if (me) showDesk();
  else $('#sign-in').hidden = false;
}

function showDesk() {
  $('#sign-in').hidden = true;
  $('#desk').hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = `Signed in as ${me}`;
  watchQueue();
}

/** The live queue through the chosen filters: a new stream whenever they change. */
function watchQueue() {
  queue?.close();
  const form = new FormData($('#filters'));
  const params = new URLSearchParams();
  for (const [name, value] of form) {
    const text = String(value).trim();
    if (text) params.set(name, name === 'assignee' && text === 'me' ? me : text);
  }
  queue = new EventSource(`/api/handoffs/events?${params}`);
  queue.addEventListener('queue', (event) => renderQueue(JSON.parse(event.data).handoffs));
}

function renderQueue(handoffs) {
  $('#queue-count').textContent = handoffs.length === 0 ? 'No cases match.' : `${handoffs.length} case${handoffs.length === 1 ? '' : 's'}.`;
  const items = handoffs.map((handoff) => {
    const button = element('button', undefined, `case-button priority-${handoff.priority}`);
    button.type = 'button';
    button.dataset.id = handoff.id;
    button.setAttribute('aria-current', String(handoff.id === selectedId));
    const holder = handoff.claimedBy ? `claimed by ${handoff.claimedBy}` : handoff.assignedTo ? `assigned to ${handoff.assignedTo}` : 'open';
    const badge = element('span', languageNames[handoff.language] ?? handoff.language, 'badge');
    badge.lang = handoff.language;
    const line = element('span');
    line.append(`${handoff.channel} · P${handoff.priority} · `, badge);
    const sla = handoff.status === 'open' ? clock(handoff.slaDueAt, 'SLA') : element('span', holder);
    button.append(element('strong', `${handoff.reason.replaceAll('_', ' ')} · ${handoff.accountId ?? 'unverified'}`), line, sla);
    if (handoff.status === 'open') button.append(element('span', holder));
    if (handoff.dispute) button.append(clock(handoff.dispute.dueAt, `dispute ${handoff.dispute.state.replaceAll('_', ' ')}, answer`));
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
  $('#timeline').hidden = true;
  $('#load-timeline').setAttribute('aria-expanded', 'false');
  await loadCase();
  // Keyboard users land on the case they opened.
  $('#case-title').focus();
  detailTimer = setInterval(loadCase, 2000);
  void loadOffers();
}

async function loadCase() {
  if (!selectedId) return;
  const handoff = await api('GET', `/api/handoffs/${encodeURIComponent(selectedId)}`).catch(() => null);
  if (handoff) renderCase(handoff);
}

function renderCase(handoff) {
  const previous = current;
  current = handoff;
  $('#case').hidden = false;
  $('#case-title').textContent = `Case: ${handoff.reason.replaceAll('_', ' ')} · ${handoff.accountId ?? 'unverified'}`;
  const language = $('#case-language');
  language.textContent = `Writes in ${languageNames[handoff.language] ?? handoff.language}`;
  language.lang = 'en';
  const holder = handoff.claimedBy ? ` by ${handoff.claimedBy}` : handoff.assignedTo ? `, assigned to ${handoff.assignedTo}` : '';
  const escalated = handoff.escalatedAt ? ` · escalated, reply due by ${time(handoff.expectedContactBy)}` : '';
  $('#case-meta').textContent = `${handoff.status}${holder} · ${handoff.channel} · opened ${time(handoff.createdAt)}${escalated}`;
  $('#case-clock').replaceChildren(...(handoff.status === 'open' ? [clock(handoff.slaDueAt, 'SLA')] : handoff.outcomeCode ? [element('span', `Outcome: ${handoff.outcomeCode.replaceAll('_', ' ')} (${handoff.outcome})`)] : []));

  const mine = handoff.status === 'claimed' && handoff.claimedBy === me;
  $('#claim').hidden = handoff.status !== 'open';
  $('#assign').hidden = handoff.status === 'resolved' || (handoff.status === 'claimed' && !mine);
  for (const form of ['#template-reply', '#reply', '#offer', '#resolve']) $(form).hidden = !mine;
  $('#note').hidden = handoff.status === 'resolved';

  const byModel = handoff.summaryByModel;
  $('#summary').textContent = byModel
    ? `${handoff.summary}\n\nAs the model reads it (${byModel.tone}): ${byModel.gist}${byModel.debtorAsks.length ? `\nAsks: ${byModel.debtorAsks.join('; ')}` : ''}`
    : handoff.summary;

  renderTranscript(handoff.transcript);
  renderAccount(handoff.account);
  if (!previous || previous.id !== handoff.id || JSON.stringify(previous.templates) !== JSON.stringify(handoff.templates)) renderTemplates(handoff);
  renderProposal(handoff.proposal);
  renderDispute(handoff, !previous || previous.id !== handoff.id || previous.dispute?.state !== handoff.dispute?.state);
}

function renderTranscript(transcript) {
  const list = $('#transcript');
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
  list.replaceChildren(
    ...transcript.map((entry) => {
      const li = element('li', undefined, entry.direction);
      li.append(element('span', entry.actor, 'who'), element('span', entry.text), element('span', time(entry.at), 'when'));
      return li;
    }),
  );
  if (atBottom) list.scrollTop = list.scrollHeight;
}

function renderAccount(account) {
  const rows = account
    ? [
        ['Account', account.id],
        ['Name', `${account.firstName} ${account.lastName}`],
        ['Balance', `$${Math.trunc(account.balanceCents / 100).toLocaleString('en-US')}.${String(account.balanceCents % 100).padStart(2, '0')}`],
        ['Days past due', String(account.daysPastDue)],
        ['Status', account.status],
        ['Flags', account.flags.join(', ') || 'none'],
        ['Contact preferences', account.contactPreferencesSummary || 'none'],
        ['Language on file', languageNames[account.language] ?? account.language],
        ['Arrangements', account.arrangements.map((a) => `${a.kind} (${a.status}${a.proposedBy ? `, by ${a.proposedBy}` : ''})`).join(', ') || 'none'],
      ]
    : [['Account', 'not identified']];
  $('#account').replaceChildren(...rows.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
}

function renderTemplates(handoff) {
  const select = $('#template-reply').template;
  const chosen = select.value;
  select.replaceChildren(option('', 'Choose…'), ...handoff.templates.map((t) => option(t.id, t.unavailable ? `${t.label} (not available: ${t.unavailable})` : t.label, t.unavailable !== null)));
  if (handoff.templates.some((t) => t.id === chosen && !t.unavailable)) select.value = chosen;
  showTemplatePreview();
}

function showTemplatePreview() {
  const template = current?.templates.find((t) => t.id === $('#template-reply').template.value);
  const preview = $('#template-preview');
  preview.textContent = template?.text ?? '';
  preview.lang = current?.language ?? 'en';
}

async function loadOffers() {
  const id = selectedId;
  const menu = await api('GET', `/api/handoffs/${encodeURIComponent(id)}/offers`).catch(() => null);
  if (!menu || id !== selectedId) return;
  const select = $('#offer').offer;
  $('#offer-note').textContent = menu.unavailable ? `No offers: ${menu.unavailable}.` : 'Amounts and dates come from the offer engine; the debtor confirms before anything is recorded.';
  const groups = ['promise', 'plan', 'settlement'].map((kind) => {
    const group = element('optgroup');
    group.label = { promise: 'Promise to pay', plan: 'Payment plans', settlement: 'Settlements' }[kind];
    group.append(
      ...menu.offers
        .filter((offer) => offer.request.kind === kind)
        // A session cannot approve: terms past the specialist's authority go through an operator.
        .map((offer) => option(JSON.stringify(offer.request), `${offer.description} (${authorityNames[offer.authority]})`, offer.authority === 'supervisor')),
    );
    return group;
  });
  select.replaceChildren(option('', menu.offers.length ? 'Choose terms…' : 'None available'), ...groups.filter((group) => group.children.length > 0));
}

function renderProposal(proposal) {
  $('#proposal-status').textContent = proposal ? `Last proposal by ${proposal.proposedBy}: ${proposal.status}${proposal.answeredAt ? ` at ${time(proposal.answeredAt)}` : ''}.` : '';
}

function renderDispute(handoff, rebuildSteps) {
  const dispute = handoff.dispute;
  $('#dispute').hidden = !dispute;
  if (!dispute) return;
  $('#dispute-state').replaceChildren(element('span', `${dispute.state.replaceAll('_', ' ')}, received ${time(dispute.receivedAt)}. `), clock(dispute.dueAt, 'Answer'));
  $('#dispute-steps').replaceChildren(...dispute.steps.map((step) => element('li', `${step.state.replaceAll('_', ' ')} by ${step.by}, ${time(step.at)}${step.note ? `: ${step.note}` : ''}`)));
  $('#dispute-step').hidden = handoff.status === 'resolved';
  if (!rebuildSteps) return;
  const choices = dispute.next.flatMap((to) =>
    to === 'resolved' ? ['upheld', 'corrected', 'withdrawn'].map((resolution) => option(`resolved:${resolution}`, `Resolved: ${resolution}`)) : [option(to, stepNames[to])],
  );
  $('#dispute-step').step.replaceChildren(option('', 'Choose…'), ...choices);
  $('#correction').hidden = true;
}

/** Runs a case action, then shows the case as it is now; errors appear beside the case. */
async function act(run, done) {
  try {
    showError($('#case'));
    await run();
    if (done) say(done);
  } catch (error) {
    showError($('#case'), error);
  }
  await loadCase();
}

const casePath = (suffix = '') => `/api/handoffs/${encodeURIComponent(selectedId)}${suffix}`;

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

let filterTimer = null;
$('#filters').addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(watchQueue, 250);
});
$('#filters').addEventListener('submit', (event) => {
  event.preventDefault();
  watchQueue();
});

$('#claim').addEventListener('click', () =>
  act(async () => {
    await api('POST', casePath('/claim'), {});
    void loadOffers();
  }, 'Claimed.'),
);

$('#assign').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const assignee = new FormData(form).get('assignee');
  act(async () => {
    await api('POST', casePath('/assign'), { assignee });
    form.reset();
  }, `Assigned to ${assignee}.`);
});

$('#template-reply').template.addEventListener('change', showTemplatePreview);
$('#template-reply').addEventListener('submit', (event) => {
  event.preventDefault();
  const template = event.target.template.value;
  act(() => api('POST', casePath('/messages'), { template }), 'Template sent.');
});

function sendReply(text) {
  const form = $('#reply');
  return act(async () => {
    await api('POST', casePath('/messages'), { text });
    form.reset();
    heldReply = null;
    $('#language-warning').hidden = true;
  }, 'Reply sent.');
}

// Before free text goes out, the preview says what language it reads as: English to a
// Spanish speaker (or the reverse) is held until the specialist confirms.
$('#reply').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = new FormData(event.target).get('text');
  try {
    const preview = await api('POST', casePath('/messages/preview'), { text });
    if (preview.languageMismatch) {
      heldReply = text;
      $('#language-warning-text').textContent = `This debtor writes in ${languageNames[preview.debtorLanguage]}, but this reply reads as ${languageNames[preview.writtenIn]}. Send it anyway?`;
      $('#language-warning').hidden = false;
      $('#send-anyway').focus();
      return;
    }
  } catch (error) {
    showError($('#case'), error);
    return;
  }
  await sendReply(text);
});
$('#send-anyway').addEventListener('click', () => void sendReply(heldReply));
$('#keep-editing').addEventListener('click', () => {
  heldReply = null;
  $('#language-warning').hidden = true;
  $('#reply').text.focus();
});

$('#note').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const text = new FormData(form).get('text');
  act(async () => {
    await api('POST', casePath('/notes'), { text });
    form.reset();
  }, 'Note added.');
});

$('#offer').addEventListener('submit', (event) => {
  event.preventDefault();
  const offer = JSON.parse(event.target.offer.value);
  act(() => api('POST', casePath('/proposals'), { offer }), 'Terms sent; waiting for the debtor’s answer.');
});

$('#dispute-step').step.addEventListener('change', (event) => {
  $('#correction').hidden = event.target.value !== 'resolved:corrected';
});
$('#dispute-step').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const [to, resolution] = String(form.get('step')).split(':');
  const note = String(form.get('note') ?? '').trim();
  const body = { to, ...(resolution && { resolution }), ...(note && { note }) };
  if (resolution === 'corrected') {
    const kind = form.get('kind');
    body.adjustment = { kind, amount: String(form.get('amount')).trim(), reason: String(form.get('reason')).trim() || note || 'Dispute corrected' };
    if (kind === 'correction') Object.assign(body.adjustment, { direction: form.get('direction'), charge: form.get('charge') });
  }
  act(async () => {
    await api('POST', `/api/accounts/${encodeURIComponent(current.accountId)}/dispute`, body);
    event.target.reset();
  }, 'Dispute step recorded.');
});

$('#resolve').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const outcome = String(form.get('outcome')).trim();
  act(
    () => api('POST', casePath('/resolve'), { outcomeCode: form.get('outcomeCode'), ...(outcome && { outcome }), handBackTo: form.get('handBackTo') || null }),
    'Resolved.',
  );
});

$('#load-timeline').addEventListener('click', async () => {
  const list = $('#timeline');
  try {
    const { timeline } = await api('GET', casePath('/timeline'));
    list.replaceChildren(
      ...timeline.map((item) => {
        const li = element('li', undefined, `kind-${item.kind}`);
        li.append(element('span', time(item.at), 'when'), element('span', item.kind, 'badge'), element('span', item.actor, 'who'), element('span', item.text));
        return li;
      }),
    );
    if (timeline.length === 0) list.append(element('li', 'Nothing recorded for this account yet.'));
    list.hidden = false;
    $('#load-timeline').setAttribute('aria-expanded', 'true');
    $('#load-timeline').textContent = 'Refresh the timeline';
  } catch (error) {
    showError($('#case'), error);
  }
});

start();
