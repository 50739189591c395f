/**
 * The signed payment link an SMS's short link (`<public base>/p/<id>`) redirects to, read from
 * the app's 302 as the debtor's phone would follow it. Throws when the text carries none.
 */
export async function signedLinkIn(text: string, app: { baseUrl: string; publicBaseUrl: string }): Promise<URL> {
  const path = new RegExp(`${app.publicBaseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/p/[\\w-]+)`).exec(text)?.[1];
  if (!path) throw new Error(`no short payment link in: ${text}`);
  const response = await fetch(`${app.baseUrl}${path}`, { redirect: 'manual' });
  if (response.status !== 302) throw new Error(`${path} answered ${response.status}`);
  return new URL(response.headers.get('location') ?? '');
}
