import { createHmac } from 'node:crypto';
import type { Store } from '../store/store';

/**
 * Short links on our own host (issue #15 item 6): a signed payment link is about 200 characters,
 * more than a whole SMS segment, so text channels send `<public base>/p/<id>` instead, which
 * redirects to it. The id is an HMAC of the link under the payment-link secret (96 bits,
 * base64url): unguessable without the secret, and the same for the same link, so a redelivered
 * turn sends the same short link and stores nothing new. It lives as long as the link it stands for.
 */
export class ShortLinks {
  private readonly prefix: string;

  constructor(
    private readonly options: { store: Store; secret: string; publicBaseUrl: string; ttlSeconds: number },
  ) {
    this.prefix = `${options.publicBaseUrl.replace(/\/$/, '')}/p/`;
  }

  async shorten(link: string): Promise<string> {
    const id = createHmac('sha256', this.options.secret).update(`short-link:${link}`).digest().subarray(0, 12).toString('base64url');
    await this.options.store.setDocument(shortLinkKey(id), link, this.options.ttlSeconds);
    return `${this.prefix}${id}`;
  }

  /** The link an id stands for; null when unknown or expired. */
  resolve(id: string): Promise<string | null> {
    if (!SHORT_ID.test(id)) return Promise.resolve(null);
    return this.options.store.getDocument<string>(shortLinkKey(id));
  }

  /** `text` with every link starting with `target` (the payment page) replaced by its short link. */
  async shortenIn(text: string, target: string): Promise<string> {
    const links = [...new Set(text.match(linksTo(target)) ?? [])];
    let shortened = text;
    for (const link of links) shortened = shortened.split(link).join(await this.shorten(link));
    return shortened;
  }
}

const SHORT_ID = /^[A-Za-z0-9_-]{16}$/;
const shortLinkKey = (id: string) => `short-link:${id}`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The target with its query: up to the first whitespace, a link's end in our wording. */
const linksTo = (target: string) => new RegExp(`${escapeRegExp(target)}\\?\\S+`, 'g');
