// What every operator page shares: DOM building with textContent only (the CSP allows no inline
// script or style), money from whole cents, UTC days, and calls with the operator token.

export const $ = (selector) => document.querySelector(selector);
export const TOKEN_KEY = 'amicable.operatorToken';
const SVG = 'http://www.w3.org/2000/svg';

export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "$1,240.50" from whole cents, with integer arithmetic only. */
export function usd(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.trunc(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

export const today = () => new Date().toISOString().slice(0, 10);
export const addDays = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A call with the operator token; an error answer throws its message, and a 401 forgets the token. */
export async function operatorFetch(token, path, init = {}) {
  const response = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` }, credentials: 'omit' });
  if (response.ok) return response;
  const body = await response.json().catch(() => null);
  if (response.status === 401) sessionStorage.removeItem(TOKEN_KEY);
  throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
}

/** Saves a CSV answer under the file name the server gave; resolves with that name. */
async function saveDownload(response, fallbackName) {
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = element('a', undefined, { href: url, download: name });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

// The report pages (summary, aging) share a #query form holding the token and an error line, and
// a #status line.

/** A call with the token typed in the #query form. */
export const queryRequest = (path, init) => operatorFetch($('#query').token.value.trim(), path, init);

/** Shows an error in the #query form, or clears it (null). */
export function showQueryError(error) {
  $('#query .error').textContent = error ? error.message : '';
}

/** Downloads the CSV at `path` and says so in #status. */
export async function downloadCsv(path, fallbackName) {
  showQueryError(null);
  try {
    const name = await saveDownload(await queryRequest(path), fallbackName);
    $('#status').textContent = `Downloaded ${name}.`;
  } catch (error) {
    showQueryError(error);
  }
}
