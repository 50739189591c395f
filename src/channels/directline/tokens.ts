import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../domain/clock';
import { sameSecret } from '../../security/same-secret';

/** What a Direct Line token vouches for: one visitor in one conversation, maybe a known account. */
const grantSchema = z.object({
  conversationId: z.string().min(1),
  userId: z.string().min(1),
  userName: z.string().optional(),
  accountId: z.string().optional(),
  /** Unix seconds. */
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});

export type TokenGrant = z.infer<typeof grantSchema>;

export type TokenCheck =
  | { ok: true; grant: TokenGrant }
  | { ok: false; reason: 'token_invalid' | 'token_expired' };

/**
 * Stateless tokens: base64url(JSON grant) "." base64url(HMAC-SHA256). Stateless so any instance
 * sharing DIRECTLINE_SECRET can check them and nothing has to be stored or cleaned up. The key is
 * derived from the secret rather than the secret itself, so a token never signs with the value the
 * portal's backend authenticates with. Without a secret (development only) a per-process random
 * key is used: tokens then die with the process.
 */
export class TokenIssuer {
  private readonly key: Buffer;

  constructor(
    secret: string | null,
    private readonly clock: Clock,
    readonly lifetimeSeconds: number,
  ) {
    const base = secret ?? randomBytes(32).toString('hex');
    this.key = createHmac('sha256', base).update('amicable/directline-token/v1').digest();
  }

  issue(grant: Omit<TokenGrant, 'issuedAt' | 'expiresAt'>): { token: string; grant: TokenGrant } {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const full: TokenGrant = { ...grant, issuedAt, expiresAt: issuedAt + this.lifetimeSeconds };
    const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, grant: full };
  }

  check(token: string): TokenCheck {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'token_invalid' };
    if (!sameSecret(signature, this.sign(payload))) return { ok: false, reason: 'token_invalid' };
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'token_invalid' };
    }
    const parsed = grantSchema.safeParse(decoded);
    if (!parsed.success) return { ok: false, reason: 'token_invalid' };
    if (parsed.data.expiresAt <= this.clock.now().getTime() / 1000) return { ok: false, reason: 'token_expired' };
    return { ok: true, grant: parsed.data };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
