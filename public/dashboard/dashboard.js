// The operator dashboard. It reads GET /api/reports/summary with the operator token and writes
// every value with textContent; charts are SVG elements built here (the CSP allows no inline
// script or style). The definitions below repeat README.md § Reports; keep the two in step.

import { $, addDays, downloadCsv, element, queryRequest as request, showQueryError as showError, svg, today, TOKEN_KEY, usd } from './page-kit.js';

const NO_CHANNEL = 'No channel: counted in the totals and by day only.';

const percent = (rate) => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);
const seconds = (value) => (value === null ? '–' : `${value} s`);
const number = (value) => value.toLocaleString('en-US');
const countAndAmount = (figure) => `${number(figure.count)} · ${usd(figure.amountCents)}`;

/** Each figure: how to show it and what it means. */
const FIGURES = [
  { label: 'Conversations', show: (f) => number(f.conversations), definition: 'conversation.started events: sessions, so a number texting again after the idle window starts another. A conversation belongs to the UTC day and channel it started on.' },
  { label: 'Verified', show: (f) => number(f.verified), definition: 'Conversations counted above in which the debtor verified or the portal vouched for them (counted on the day the conversation started).' },
  { label: 'Verification rate', show: (f) => percent(f.verificationRate), definition: 'Verified ÷ conversations; none (–) when there are no conversations.' },
  { label: 'Self-served', show: (f) => number(f.selfServed), definition: 'Conversations counted above that opened no handoff case.' },
  { label: 'Self-service (containment) rate', show: (f) => percent(f.selfServiceRate), definition: 'Self-served ÷ conversations; none (–) when there are no conversations.' },
  { label: 'Promises made', show: (f) => countAndAmount(f.promisesMade), definition: 'promise.created events, and the sum of their amounts.' },
  { label: 'Plans made', show: (f) => countAndAmount(f.plansMade), definition: 'plan.created events, and the sum of their totals.' },
  { label: 'Settlements accepted', show: (f) => countAndAmount(f.settlementsAccepted), definition: 'settlement.accepted events, and the sum of the settled amounts.' },
  { label: 'Pay in full', show: (f) => countAndAmount(f.payInFull), definition: 'pay_in_full.created events, and the sum of their amounts.' },
  { label: 'Promises kept', show: (f) => number(f.promisesKept), definition: `promise.kept events: a promise, settlement or pay-in-full paid in full by its due date. ${NO_CHANNEL}` },
  { label: 'Promises broken', show: (f) => number(f.promisesBroken), definition: `promise.broken events, partial payments included. ${NO_CHANNEL}` },
  { label: 'Promise-kept rate', show: (f) => percent(f.promiseKeptRate), definition: `Kept ÷ (kept + broken), among events in the period; none (–) when neither happened. ${NO_CHANNEL}` },
  { label: 'Collected', show: (f) => usd(f.collectedCents), definition: `Sum of payment.posted amounts, on the UTC day the event was recorded. ${NO_CHANNEL}` },
  { label: 'Disputes', show: (f) => number(f.disputes), definition: 'dispute.opened events.' },
  { label: 'Ceases', show: (f) => number(f.ceases), definition: 'cease events: the debtor asked us to stop contacting them.' },
  { label: 'Opt-outs', show: (f) => number(f.optOuts), definition: 'optout events (STOP and the like).' },
  { label: 'Handoffs', show: (f) => number(f.handoffs.total), definition: 'handoff.created events (by reason below).' },
  { label: 'Handoffs claimed', show: (f) => number(f.handoffs.claimed), definition: 'handoff.claimed events, on the day of the claim.' },
  { label: 'Median time to claim', show: (f) => seconds(f.handoffs.medianSecondsToClaim), definition: 'Median of the claims’ seconds from handoff to claim, to 0.1 s; none (–) without claims.' },
  { label: 'Mean time to claim', show: (f) => seconds(f.handoffs.meanSecondsToClaim), definition: 'Mean of the same, to 0.1 s; none (–) without claims.' },
];

function query(format) {
  const form = $('#query');
  const params = new URLSearchParams({ from: form.from.value, to: form.to.value });
  if (format) params.set('format', format);
  return `/api/reports/summary?${params}`;
}

async function load() {
  showError(null);
  $('#status').textContent = 'Loading…';
  try {
    sessionStorage.setItem(TOKEN_KEY, $('#query').token.value.trim());
    const summary = await (await request(query())).json();
    render(summary);
    $('#status').textContent = `Showing ${summary.period.from} to ${summary.period.to}.`;
  } catch (error) {
    $('#status').textContent = '';
    showError(error);
  }
}

function render(summary) {
  $('#report').hidden = false;
  $('#period').textContent = `${summary.period.from} to ${summary.period.to} (UTC days, both included)`;
  renderTotals(summary.totals);
  $('#chart-conversations').replaceChildren(
    barChart('chart-conversations-caption', summary.byDay, (day) => day.conversations, (value) => `${number(value)} conversations`),
  );
  $('#chart-collected').replaceChildren(barChart('chart-collected-caption', summary.byDay, (day) => day.collectedCents, (value) => `${usd(value)} collected`));
  renderFigureTable($('#daily-table'), 'Day', summary.byDay.map((day) => [day.day, day]));
  renderFigureTable($('#channels-table'), 'Channel', Object.entries(summary.byChannel));
  renderReasons(summary.totals.handoffs);
  renderDesk(summary.desk);
}

const OUTCOMES = [
  ['promise_taken', 'Promise taken'],
  ['plan_set', 'Plan set'],
  ['settled', 'Settled'],
  ['dispute_upheld', 'Dispute upheld'],
  ['dispute_corrected', 'Dispute corrected'],
  ['dispute_withdrawn', 'Dispute withdrawn'],
  ['hardship_referral', 'Hardship referral'],
  ['no_contact', 'No contact'],
  ['other', 'Other'],
];

/** "4 min 05 s" from seconds; – without a time. */
function duration(value) {
  if (value === null) return '–';
  const whole = Math.round(value);
  return whole >= 60 ? `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s` : `${whole} s`;
}

/** One row per specialist (or reason): resolved, the two medians, then each outcome code. */
function renderDeskTable(table, heading, key, rows) {
  const head = element('tr');
  head.append(...[heading, 'Resolved', 'Median handle time', 'Median time to first reply', ...OUTCOMES.map(([, label]) => label)].map((text) => element('th', text, { scope: 'col' })));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(
    ...rows.map((row) => {
      const tr = element('tr');
      tr.append(
        element('th', row[key].replaceAll('_', ' '), { scope: 'row' }),
        element('td', number(row.resolved)),
        element('td', duration(row.medianHandleSeconds)),
        element('td', duration(row.medianFirstReplySeconds)),
        ...OUTCOMES.map(([code]) => element('td', number(row.byOutcome[code] ?? 0))),
      );
      return tr;
    }),
  );
}

function renderDesk(desk) {
  const empty = desk.total.resolved === 0;
  $('#desk-empty').hidden = !empty;
  for (const id of ['#desk-specialists', '#desk-reasons']) $(id).closest('.scroll').hidden = empty;
  renderDeskTable($('#desk-specialists'), 'Specialist', 'specialist', desk.bySpecialist);
  renderDeskTable($('#desk-reasons'), 'Reason', 'reason', desk.byReason);
}

function renderTotals(totals) {
  const groups = FIGURES.map((figure) => {
    const group = element('div', undefined, { class: 'figure' });
    group.append(element('dt', figure.label, { title: figure.definition }), element('dd', figure.show(totals), { title: figure.definition }));
    return group;
  });
  $('#totals').replaceChildren(...groups);
}

/** Slices as columns, figures as rows: the table stays narrow however many days or channels. */
function renderFigureTable(table, sliceHeading, slices) {
  const head = element('tr');
  head.append(element('th', 'Figure', { scope: 'col' }), ...slices.map(([name]) => element('th', name, { scope: 'col' })));
  table.tHead.replaceChildren(head);
  const rows = FIGURES.map((figure) => {
    const row = element('tr');
    row.append(element('th', figure.label, { scope: 'row', title: figure.definition }), ...slices.map(([, figures]) => element('td', figure.show(figures))));
    return row;
  });
  const empty = element('tr');
  empty.append(element('td', `No ${sliceHeading.toLowerCase()} in this period.`));
  table.tBodies[0].replaceChildren(...(slices.length > 0 ? rows : [empty]));
}

function renderReasons(handoffs) {
  const reasons = Object.entries(handoffs.byReason).sort(([, a], [, b]) => b - a);
  $('#reasons-empty').hidden = reasons.length > 0;
  $('#reasons-table').hidden = reasons.length === 0;
  $('#reasons-table').tBodies[0].replaceChildren(
    ...reasons.map(([reason, count]) => {
      const row = element('tr');
      row.append(element('th', reason, { scope: 'row' }), element('td', number(count)), element('td', percent(count / handoffs.total)));
      return row;
    }),
  );
}

/** A bar per day; the exact values are in the per-day table and in each bar's tooltip. */
function barChart(captionId, days, valueOf, describe) {
  const width = 640;
  const height = 220;
  const left = 8;
  const bottom = 24;
  const top = 18;
  const values = days.map(valueOf);
  const max = Math.max(0, ...values);
  const slot = (width - left * 2) / Math.max(days.length, 1);
  const barWidth = Math.max(slot * 0.7, 1);
  const plot = height - bottom - top;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': captionId, preserveAspectRatio: 'none' });
  const peak = days[values.indexOf(max)];
  chart.append(svg('desc', {}, max > 0 ? `Highest: ${describe(max)} on ${peak.day}.` : 'Nothing in this period.'));
  chart.append(svg('line', { x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  chart.append(svg('text', { x: left, y: 12, class: 'scale' }, max > 0 ? `max ${describe(max)}` : 'none'));
  const labelEvery = Math.ceil(days.length / 10);
  days.forEach((day, index) => {
    const value = values[index];
    const barHeight = max > 0 ? (value / max) * plot : 0;
    const x = left + index * slot + (slot - barWidth) / 2;
    const bar = svg('rect', { x, y: height - bottom - barHeight, width: barWidth, height: Math.max(barHeight, value > 0 ? 1 : 0), class: 'bar' });
    bar.append(svg('title', {}, `${day.day}: ${describe(value)}`));
    chart.append(bar);
    if (index % labelEvery === 0) chart.append(svg('text', { x: x + barWidth / 2, y: height - 8, class: 'day', 'text-anchor': 'middle' }, day.day.slice(5)));
  });
  return chart;
}

function renderDefinitions() {
  $('#definitions').replaceChildren(
    ...FIGURES.map((figure) => {
      const group = element('div');
      group.append(element('dt', figure.label), element('dd', figure.definition));
      return group;
    }),
  );
}

function start() {
  const form = $('#query');
  form.to.value = today();
  form.from.value = addDays(form.to.value, -29);
  form.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  renderDefinitions();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  $('#download').addEventListener('click', () => void downloadCsv(query('csv'), 'amicable-summary.csv'));
  if (form.token.value) void load();
}

start();
