import { Router } from 'express';
import type { Clock } from '../domain/clock';
import { formatUsd } from '../domain/money';
import type { PaymentLinks } from './payment-link';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sample hosted payment page of the embedded default, standing in for the creditor's own
 * (PAYMENT_LINK_BASE_URL): it shows what a signed link carries and refuses altered or expired ones.
 */
export function paymentPageRoute(deps: { paymentLinks: PaymentLinks; clock: Clock; creditorName: string }): Router {
  const router = Router();
  router.get('/pay', (req, res) => {
    const request = deps.paymentLinks.verify(new URLSearchParams(req.url.split('?')[1] ?? ''), deps.clock.now());
    if (!request) {
      res.status(403).type('html').send('<!doctype html><title>Link expired</title><p>This payment link has expired or is not valid. Please ask for a new one.</p>');
      return;
    }
    res.type('html').send(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Pay ${escapeHtml(deps.creditorName)}</title>
<main><h1>${escapeHtml(deps.creditorName)}</h1><p>Sample payment page: amount due <strong>${formatUsd(request.amountCents)}</strong>
for account ${escapeHtml(request.accountId)} (reference ${escapeHtml(request.reference)}).</p>
<p>In production this is the creditor's own card and bank payment page.</p></main></html>`);
  });
  return router;
}
