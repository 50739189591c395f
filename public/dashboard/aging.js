// The aging view. It reads GET /api/reports/aging (and /api/reports/credit-sales) with the
// operator token and writes every value with textContent; charts are SVG elements built here
// (the CSP allows no inline script or style). The definitions repeat README.md § Aging; keep
// the two in step.

import { $, addDays, downloadCsv, element, queryRequest as request, showQueryError as showError, svg, today, TOKEN_KEY, usd } from './page-kit.js';

const BUCKETS = ['current', '1-30', '31-60', '61-90', '91-120', '120+'];
const BUCKET_LABELS = { current: 'Current', '1-30': '1–30 days', '31-60': '31–60 days', '61-90': '61–90 days', '91-120': '91–120 days', '120+': '120+ days' };

const percent = (rate) => (rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)} %`);
const number = (value) => (value === null || value === undefined ? '–' : value.toLocaleString('en-US'));

const DEFINITIONS = [
  ['Bucket', 'Days past due on the day: current (0), 1–30, 31–60, 61–90, 91–120, 120+ (121 and more). Every account of the portfolio is in one bucket, paid ones in current.'],
  ['Snapshot', 'The portfolio as first observed on a UTC day: a job takes it at 00:00 UTC, and a report asking for today takes it if the job has not. A past day without a snapshot stays without one.'],
  ['Days past due', 'On the first snapshot, the portfolio’s days_past_due. Later, the previous snapshot’s figure plus the days since it; 0 once the balance is 0 or the account is paid; an account current in the previous snapshot stays current (the portfolio gives no due dates).'],
  ['Accounts, balance', 'Accounts in the bucket on the day, and the sum of their balances; each share is of the day’s totals.'],
  ['Roll rate A → B', 'Accounts in A on the period’s first snapshot that are in B on its last snapshot ÷ accounts in A on the first. Accounts gone from the portfolio count in the denominator only.'],
  ['Roll-forward rate, cure rate', 'Between two consecutive snapshots: the share of a bucket’s accounts found in an older bucket (roll forward) or a younger one, current included (cure).'],
  ['Receivables', 'Sum of the balances in the period’s last snapshot.'],
  ['Credit sales', 'The creditor’s sales on credit posted with POST /api/reports/credit-sales {from, to, amount}; a posting counts for the share of its days inside the period. Without postings covering every day of the period there is no DSO.'],
  ['DSO', 'Receivables ÷ credit sales in the period × days in the period, to 0.1 day.'],
  ['Cohort', 'The accounts in each bucket on the period’s first snapshot; the rates below follow them through the period.'],
  ['Contact rate', 'Cohort accounts with at least one message exchanged in the period ÷ cohort accounts: a message from the debtor, or one sent to them that the compliance gate neither blocked nor held (from the account’s transcripts; a number shared by accounts counts for each).'],
  ['Verification rate', 'Cohort accounts with a verification.succeeded event in the period (the debtor verified or the portal vouched for them) ÷ cohort accounts.'],
  ['Promise rate', 'Cohort accounts that made an arrangement in the period (promise.created, plan.created, settlement.accepted, pay_in_full.created) ÷ cohort accounts.'],
  ['Promise-kept rate', 'promise.kept ÷ (promise.kept + promise.broken) events of the cohort’s accounts recorded in the period, whenever the promise was made.'],
];

const row = (cells) => {
  const tr = element('tr');
  tr.append(...cells);
  return tr;
};

function query(format) {
  const form = $('#query');
  const params = new URLSearchParams({ date: form.date.value, from: form.from.value, to: form.to.value });
  if (format) params.set('format', format);
  return `/api/reports/aging?${params}`;
}

async function load() {
  showError(null);
  $('#status').textContent = 'Loading…';
  try {
    sessionStorage.setItem(TOKEN_KEY, $('#query').token.value.trim());
    const [report, sales] = await Promise.all([(await request(query())).json(), (await request('/api/reports/credit-sales')).json()]);
    render(report, sales.creditSales);
    $('#status').textContent = `Aging on ${report.date}; period ${report.period.from} to ${report.period.to}.`;
  } catch (error) {
    $('#status').textContent = '';
    showError(error);
  }
}

async function postCreditSales(form) {
  showError(null);
  try {
    const body = JSON.stringify({ from: form.from.value, to: form.to.value, amount: form.amount.value.trim() });
    await request('/api/reports/credit-sales', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    form.amount.value = '';
    await load();
  } catch (error) {
    showError(error);
  }
}

function render(report, creditSales) {
  $('#report').hidden = false;
  renderBuckets(report);
  renderDso(report.dso, creditSales);
  renderRolls(report);
  renderRates(report);
}

function renderBuckets(report) {
  const aging = report.aging;
  $('#aging-day').textContent = `On ${report.date} (UTC), from the snapshot of that day.`;
  $('#aging-empty').hidden = aging !== null;
  $('#aging-charts').hidden = aging === null;
  if (!aging) return;
  $('#buckets-table').tBodies[0].replaceChildren(
    ...aging.buckets.map((b) =>
      row([element('th', BUCKET_LABELS[b.bucket], { scope: 'row' }), element('td', number(b.accounts)), element('td', percent(b.accountShare)), element('td', usd(b.balanceCents)), element('td', percent(b.balanceShare))]),
    ),
  );
  $('#buckets-table').tFoot.replaceChildren(
    row([element('th', 'Total', { scope: 'row' }), element('td', number(aging.total.accounts)), element('td', ''), element('td', usd(aging.total.balanceCents)), element('td', '')]),
  );
  $('#chart-balance').replaceChildren(bucketChart('chart-balance-caption', aging.buckets));
}

function renderDso(dso, creditSales) {
  const figures = [
    ['DSO', dso.dso === null ? '–' : `${dso.dso} days`, 'Receivables ÷ credit sales in the period × days in the period.'],
    ['Receivables', dso.receivablesCents === null ? '–' : usd(dso.receivablesCents), `Balances in the snapshot of ${dso.receivablesDay ?? '(none)'}.`],
    ['Credit sales in the period', dso.creditSalesCents === null ? '–' : usd(dso.creditSalesCents), `Posted figures cover ${dso.coveredDays} of the period’s ${dso.days} days.`],
    ['Days in the period', number(dso.days), 'UTC days, both ends included.'],
  ];
  $('#dso').replaceChildren(
    ...figures.map(([label, value, definition]) => {
      const group = element('div');
      group.append(element('dt', label, { title: definition }), element('dd', value, { title: definition }));
      return group;
    }),
  );
  $('#credit-sales-table').tBodies[0].replaceChildren(
    ...(creditSales.length > 0
      ? creditSales.map((p) => row([element('td', p.from), element('td', p.to), element('td', usd(p.amountCents))]))
      : [row([element('td', 'None posted yet.', { colspan: '3' })])]),
  );
}

function renderRolls(report) {
  const matrix = report.rollRates;
  $('#rolls-empty').hidden = matrix !== null;
  $('#rolls-table').hidden = matrix === null;
  $('#rolls-period').textContent = matrix ? `From ${matrix.from} to ${matrix.to} (the period’s first and last snapshots).` : '';
  if (matrix) {
    const head = row([element('th', 'From \\ to', { scope: 'col' }), element('th', 'Accounts', { scope: 'col' }), ...BUCKETS.map((b) => element('th', BUCKET_LABELS[b], { scope: 'col' })), element('th', 'Gone', { scope: 'col' })]);
    $('#rolls-table').tHead.replaceChildren(head);
    $('#rolls-table').tBodies[0].replaceChildren(
      ...matrix.rows.map((r, from) =>
        row([
          element('th', BUCKET_LABELS[r.bucket], { scope: 'row' }),
          element('td', number(r.accounts)),
          ...BUCKETS.map((b, to) => {
            const cell = r.to[b];
            const kind = to === from ? 'diagonal' : to > from ? 'worse' : 'better';
            return element('td', percent(cell.rate), { class: kind, title: `${number(cell.accounts)} of ${number(r.accounts)} accounts` });
          }),
          element('td', number(r.gone)),
        ]),
      ),
    );
  }
  $('#series-figure').hidden = report.rollSeries.length === 0;
  $('#chart-series').replaceChildren(seriesChart('chart-series-caption', report.rollSeries));
  $('#series-legend').replaceChildren(...BUCKETS.map((b, index) => element('li', BUCKET_LABELS[b], { class: `b${index}` })));
}

function renderRates(report) {
  $('#cohort').textContent = report.cohortDay ? `Cohort: the buckets on ${report.cohortDay}; events from ${report.period.from} to ${report.period.to}.` : 'No snapshot in the period: no cohort.';
  const columns = [
    ['Accounts', (r) => number(r.accounts)],
    ['Contacted', (r) => number(r.contacted)],
    ['Contact rate', (r) => percent(r.contactRate)],
    ['Verified', (r) => number(r.verified)],
    ['Verification rate', (r) => percent(r.verificationRate)],
    ['Promised', (r) => number(r.promised)],
    ['Promise rate', (r) => percent(r.promiseRate)],
    ['Kept', (r) => number(r.kept)],
    ['Broken', (r) => number(r.broken)],
    ['Promise-kept rate', (r) => percent(r.promiseKeptRate)],
  ];
  $('#rates-table').tHead.replaceChildren(row([element('th', 'Bucket', { scope: 'col' }), ...columns.map(([label]) => element('th', label, { scope: 'col' }))]));
  $('#rates-table').tBodies[0].replaceChildren(
    ...(report.bucketRates ?? []).map((r) => row([element('th', BUCKET_LABELS[r.bucket], { scope: 'row' }), ...columns.map(([, show]) => element('td', show(r)))])),
  );
}

/** A bar per bucket, its height the balance; accounts and balance in each bar's tooltip. */
function bucketChart(captionId, buckets) {
  const width = 640;
  const height = 220;
  const left = 8;
  const bottom = 24;
  const top = 18;
  const max = Math.max(0, ...buckets.map((b) => b.balanceCents));
  const slot = (width - left * 2) / buckets.length;
  const barWidth = slot * 0.6;
  const plot = height - bottom - top;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': captionId, preserveAspectRatio: 'none' });
  chart.append(svg('desc', {}, buckets.map((b) => `${BUCKET_LABELS[b.bucket]}: ${usd(b.balanceCents)} in ${b.accounts} accounts`).join('; ')));
  chart.append(svg('line', { x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  chart.append(svg('text', { x: left, y: 12, class: 'scale' }, max > 0 ? `max ${usd(max)}` : 'no balance'));
  buckets.forEach((b, index) => {
    const barHeight = max > 0 ? (b.balanceCents / max) * plot : 0;
    const x = left + index * slot + (slot - barWidth) / 2;
    const bar = svg('rect', { x, y: height - bottom - barHeight, width: barWidth, height: Math.max(barHeight, b.balanceCents > 0 ? 1 : 0), class: `bar bucket b${index}` });
    bar.append(svg('title', {}, `${BUCKET_LABELS[b.bucket]}: ${usd(b.balanceCents)}, ${number(b.accounts)} accounts`));
    chart.append(bar);
    chart.append(svg('text', { x: x + barWidth / 2, y: height - 8, class: 'day', 'text-anchor': 'middle' }, BUCKET_LABELS[b.bucket]));
  });
  return chart;
}

/** One line per bucket: its roll-forward rate (0–100 %) at each pair of consecutive snapshots. */
function seriesChart(captionId, steps) {
  const width = 640;
  const height = 220;
  const left = 36;
  const right = 12;
  const bottom = 24;
  const top = 12;
  const plot = height - bottom - top;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': captionId, preserveAspectRatio: 'none' });
  chart.append(svg('desc', {}, steps.length === 0 ? 'Fewer than two snapshots.' : `${steps.length} steps from ${steps[0].from} to ${steps[steps.length - 1].to}.`));
  chart.append(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  chart.append(svg('text', { x: 2, y: top + 4, class: 'scale' }, '100 %'));
  chart.append(svg('text', { x: 2, y: height - bottom, class: 'scale' }, '0 %'));
  const xOf = (index) => (steps.length === 1 ? (left + width - right) / 2 : left + (index * (width - left - right)) / (steps.length - 1));
  const yOf = (rate) => height - bottom - rate * plot;
  BUCKETS.forEach((bucket, b) => {
    const points = steps.flatMap((step, index) => {
      const rate = step.buckets[b].rollForwardRate;
      return rate === null ? [] : [{ x: xOf(index), y: yOf(rate), step, rate }];
    });
    if (points.length > 1) chart.append(svg('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' '), class: `series b${b}` }));
    for (const p of points) {
      const dot = svg('circle', { cx: p.x, cy: p.y, r: 3, class: `point b${b}` });
      dot.append(svg('title', {}, `${BUCKET_LABELS[bucket]}, ${p.step.from} → ${p.step.to}: ${percent(p.rate)} rolled forward`));
      chart.append(dot);
    }
  });
  const labelEvery = Math.ceil(steps.length / 8);
  steps.forEach((step, index) => {
    if (index % labelEvery === 0) chart.append(svg('text', { x: xOf(index), y: height - 8, class: 'day', 'text-anchor': 'middle' }, step.to.slice(5)));
  });
  return chart;
}

function renderDefinitions() {
  $('#definitions').replaceChildren(
    ...DEFINITIONS.map(([term, definition]) => {
      const group = element('div');
      group.append(element('dt', term), element('dd', definition));
      return group;
    }),
  );
}

function start() {
  const form = $('#query');
  form.to.value = today();
  form.date.value = form.to.value;
  form.from.value = addDays(form.to.value, -29);
  form.token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  renderDefinitions();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  $('#download').addEventListener('click', () => void downloadCsv(query('csv'), 'amicable-aging.csv'));
  $('#post-credit-sales').addEventListener('submit', (event) => {
    event.preventDefault();
    void postCreditSales(event.target);
  });
  if (form.token.value) void load();
}

start();
