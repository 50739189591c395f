import { createHmac } from 'node:crypto';
import type { Cents } from '../domain/money';
import { sameSecret } from '../security/same-secret';

export interface PaymentLinkRequest {
  accountId: string;
  amountCents: Cents;
  /** The arrangement the payment is for, so the creditor can match it. */
  reference: string;
}

/**
 * Links to the creditor's hosted payment page. They are signed (HMAC-SHA256) and expire, so a
 * forwarded or edited link cannot change the amount or outlive its offer; card details are only
 * ever typed on that page, never in a message (PAY-01).
 */
export class PaymentLinks {
  constructor(
    private readonly options: { baseUrl: string; secret: string; ttlSeconds: number },
  ) {}

  create(request: PaymentLinkRequest, now: Date): string {
    const expires = Math.floor(now.getTime() / 1000) + this.options.ttlSeconds;
    const params = new URLSearchParams({
      account: request.accountId,
      amount: String(request.amountCents),
      ref: request.reference,
      expires: String(expires),
    });
    params.set('sig', this.sign(params));
    return `${this.options.baseUrl}?${params.toString()}`;
  }

  /** The request a link stands for, or null when it was altered or has expired. */
  verify(query: URLSearchParams, now: Date): PaymentLinkRequest | null {
    const signature = query.get('sig') ?? '';
    const unsigned = new URLSearchParams(query);
    unsigned.delete('sig');
    if (!sameSecret(signature, this.sign(unsigned))) return null;
    if (Number(query.get('expires')) < now.getTime() / 1000) return null;
    const amountCents = Number(query.get('amount'));
    if (!Number.isSafeInteger(amountCents)) return null;
    return { accountId: query.get('account') ?? '', amountCents, reference: query.get('ref') ?? '' };
  }

  private sign(params: URLSearchParams): string {
    return createHmac('sha256', this.options.secret).update(params.toString()).digest('hex');
  }
}
