// The campaign page of the operator dashboard. It calls /api/campaigns with the operator token and
// writes every value with textContent (the CSP allows no inline script or style).

import { $, element, operatorFetch, TOKEN_KEY } from './page-kit.js';

const REFRESH_MS = 5_000;
const ACTIONS = { draft: ['start', 'cancel'], running: ['pause', 'cancel'], paused: ['resume', 'cancel'], cancelled: [], completed: [] };

const number = (value) => Number(value ?? 0).toLocaleString('en-US');

/** "1240.50" to 124050 cents with string arithmetic only; null when empty. */
function cents(text) {
  const value = text.trim();
  if (value === '') return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new Error(`"${value}" is not an amount in dollars, e.g. 1240.50`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function integer(text) {
  return text.trim() === '' ? null : Number(text);
}

function range(min, max) {
  const r = {};
  if (min !== null) r.min = min;
  if (max !== null) r.max = max;
  return Object.keys(r).length ? r : undefined;
}

function audience() {
  const form = $('#audience');
  if (form.mode.value === 'list') {
    return { accountIds: form.accountIds.value.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean) };
  }
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
  const selection = {};
  const dpd = range(integer(form.dpdMin.value), integer(form.dpdMax.value));
  if (dpd) selection.daysPastDue = dpd;
  const balance = range(cents(form.balanceMin.value), cents(form.balanceMax.value));
  if (balance) selection.balanceCents = balance;
  const statuses = checked('status');
  if (statuses.length) selection.statuses = statuses;
  const languages = checked('language');
  if (languages.length) selection.languages = languages;
  const zones = [...form.timezones.selectedOptions].map((option) => option.value);
  if (zones.length) selection.timezones = zones;
  return { selection };
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  const response = await operatorFetch($('#token-form').token.value.trim(), path, init);
  return response.json();
}

function say(message, error) {
  $('#audience .error').textContent = error ? error.message : '';
  $('#status').textContent = message ?? '';
}

async function preview() {
  say('Checking every account…');
  try {
    const result = await api('/api/campaigns/preview', audience());
    renderPreview(result);
    say(`${number(result.targeted)} of ${number(result.matched)} matching accounts may be texted.`);
  } catch (error) {
    say('', error);
  }
}

async function create(event) {
  event.preventDefault();
  say('Creating the draft…');
  try {
    const { campaign } = await api('/api/campaigns', { name: $('#audience').name.value.trim(), ...audience() });
    say(`Draft "${campaign.name}" created: ${number(campaign.targeted)} to text, ${number(campaign.excluded)} excluded. Start it below.`);
    await refresh();
  } catch (error) {
    say('', error);
  }
}

function renderPreview(result) {
  $('#preview-result').hidden = false;
  const figures = [
    ['Matching', result.matched],
    ['To text', result.targeted],
    ['In English', result.targetedByLanguage.en],
    ['In Spanish', result.targetedByLanguage.es],
    ['Excluded', result.excluded],
  ];
  $('#preview-figures').replaceChildren(
    ...figures.map(([label, value]) => {
      const group = element('div');
      group.append(element('dt', label), element('dd', number(value)));
      return group;
    }),
  );
  $('#message-en').textContent = result.messages.en;
  $('#message-es').textContent = result.messages.es;
  const rules = Object.entries(result.excludedByRule).sort(([, a], [, b]) => b - a);
  $('#preview-rules').tBodies[0].replaceChildren(
    ...rules.map(([rule, count]) => {
      const row = element('tr');
      row.append(element('th', rule, { scope: 'row' }), element('td', number(count)));
      return row;
    }),
  );
  $('#preview-excluded').tBodies[0].replaceChildren(
    ...result.exclusions.map((exclusion) => {
      const row = element('tr');
      row.append(element('th', exclusion.accountId, { scope: 'row' }), element('td', exclusion.ruleIds.join(', ')), element('td', exclusion.reason, { class: 'reason' }));
      return row;
    }),
  );
}

const rulesText = (byRule) => Object.entries(byRule).map(([rule, count]) => `${rule}: ${count}`).join(', ') || 'none';

async function act(id, action) {
  say(`${action}…`);
  try {
    const { campaign } = await api(`/api/campaigns/${encodeURIComponent(id)}/${action}`, {});
    say(`"${campaign.name}" is ${campaign.status}.`);
  } catch (error) {
    say('', error);
  }
  await refresh();
}

/** The first column of each line; a header row ("account_id") is skipped. */
async function loadIdsFile(form) {
  const file = form.idsFile.files[0];
  if (!file) return;
  const ids = (await file.text())
    .split(/\r?\n/)
    .map((line) => line.split(',')[0].trim().replace(/^"|"$/g, ''))
    .filter((id, index) => id !== '' && !(index === 0 && /^account[_ ]?id$/i.test(id)));
  form.accountIds.value = ids.join('\n');
  say(`${number(ids.length)} account ids read from ${file.name}.`);
}

let timer;

async function refresh() {
  clearTimeout(timer);
  try {
    sessionStorage.setItem(TOKEN_KEY, $('#token-form').token.value.trim());
    const { campaigns } = await api('/api/campaigns');
    const details = await Promise.all(campaigns.map((campaign) => api(`/api/campaigns/${encodeURIComponent(campaign.id)}`)));
    renderCampaigns(details);
    if (campaigns.some((campaign) => campaign.status === 'running')) timer = setTimeout(() => void refresh(), REFRESH_MS);
  } catch (error) {
    say('', error);
  }
}

function renderCampaigns(details) {
  $('#campaigns-empty').hidden = details.length > 0;
  $('#campaigns').tBodies[0].replaceChildren(
    ...details.map(({ campaign, progress }) => {
      const row = element('tr');
      const actions = element('td', undefined, { class: 'actions' });
      for (const action of ACTIONS[campaign.status] ?? []) {
        const button = element('button', action[0].toUpperCase() + action.slice(1), { type: 'button' });
        button.addEventListener('click', () => void act(campaign.id, action));
        actions.append(button);
      }
      row.append(
        element('th', campaign.name, { scope: 'row', title: `Created ${campaign.createdAt}` }),
        element('td', campaign.status, { class: `state state-${campaign.status}` }),
        element('td', number(progress.targeted)),
        element('td', number(progress.excluded), { title: rulesText(progress.excludedByRule) }),
        element('td', number(progress.queued)),
        element('td', number(progress.sent)),
        element('td', number(progress.delivered), { title: `${number(progress.undelivered)} undelivered` }),
        element('td', number(progress.blocked), { title: rulesText(progress.blockedByRule) }),
        element('td', number(progress.replied)),
        element('td', number(progress.verified)),
        element('td', number(progress.arranged)),
        actions,
      );
      return row;
    }),
  );
}

function start() {
  const tokenForm = $('#token-form');
  tokenForm.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void refresh();
  });
  const form = $('#audience');
  for (const radio of form.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', () => {
      $('#selection-fields').hidden = form.mode.value !== 'selection';
      $('#list-fields').hidden = form.mode.value !== 'list';
    });
  }
  form.idsFile.addEventListener('change', () => void loadIdsFile(form));
  $('#preview').addEventListener('click', () => void preview());
  form.addEventListener('submit', (event) => void create(event));
  if (tokenForm.token.value) void refresh();
}

start();
