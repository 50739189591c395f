import { isIP } from 'node:net';
import { z } from 'zod';
import { AmicableError } from './errors';
import { normalizePhone } from './domain/phone';

/**
 * The environment, read and checked once at start (CONTRACT.md "Configuration"). This is the only
 * module that reads process.env; everything else receives a `Config`.
 *
 * Development and production differ in one way only: in development (NODE_ENV unset or
 * `development`, which is what `npm start` with no environment gives) the secrets that protect
 * the public endpoints may be absent, so the embedded demo runs with nothing configured:
 * - TWILIO_AUTH_TOKEN absent: inbound SMS signatures are not checked;
 * - DIRECTLINE_SECRET absent: web-chat tokens are signed with a per-process random key;
 * - PAYMENT_LINK_SECRET absent: payment links are signed with a fixed, public development secret.
 * Outside development (`test`, `production`) each of those is a startup problem: a deployment
 * never runs with an open SMS webhook or forgeable payment links by accident. The demo portal,
 * which signs any visitor in as a sample account, runs only in development unless PORTAL_DEMO says.
 *
 * Production (`NODE_ENV=production`) refuses configuration that would be unsafe with real debtors:
 * a published or short secret, an http:// or missing public URL, the sample payment page, weak
 * console passwords, the demo portal, a proxy setting that believes any client. Each is one line
 * of the startup error.
 */

/** Invalid configuration: one line per problem, each naming the variable (or file) at fault. */
export class ConfigError extends AmicableError {
  constructor(
    readonly problems: string[],
    code: string = 'invalid_config',
  ) {
    super('misconfigured', code, `Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** Signs local payment links in development only; public by design, never accepted in production. */
export const developmentPaymentLinkSecret = 'amicable-development-payment-link-secret';

export const nodeEnvironments = ['development', 'test', 'production'] as const;
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type NodeEnvironment = (typeof nodeEnvironments)[number];
export type LogLevel = (typeof logLevels)[number];

const MIN_SECRET_LENGTH = 16;
const MIN_PRODUCTION_SECRET_LENGTH = 32;
const MIN_PRODUCTION_PASSWORD_LENGTH = 12;

/** Values published with the code (this repository's defaults and samples): never a production secret. */
const publishedSecrets = new Set([developmentPaymentLinkSecret]);

/** Secrets the app checks or signs with; each is held to the production rules. */
const secretVariables = ['DIRECTLINE_SECRET', 'OPERATOR_TOKEN', 'METRICS_TOKEN', 'CREDITOR_WEBHOOK_SECRET', 'PAYMENT_LINK_SECRET'] as const;

// `VAR=` in a .env file means "not set", the same as leaving the line out.
const unset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const variable = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema);

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be an integer between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be an integer between ${min} and ${max}`);

const httpUrl = z
  .string()
  .trim()
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'must be an http(s) URL')
  .transform((text) => text.replace(/\/+$/, ''));

// One URL, or comma-separated seed URLs of a Redis Cluster; the store decides how to connect.
const redisUrl = z
  .string()
  .trim()
  .refine(
    (text) => text.split(',').every((url) => URL.canParse(url.trim()) && /^rediss?:$/.test(new URL(url.trim()).protocol)),
    'must be a redis:// or rediss:// URL (or comma-separated cluster seed URLs)',
  );

const text = z.string().trim();
const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');
const secret = z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`);

const phoneNumber = z.string().transform((value, ctx) => {
  const phone = normalizePhone(value);
  if (phone === null) ctx.addIssue({ code: 'custom', message: 'must be a phone number, e.g. +15125550100' });
  return phone ?? z.NEVER;
});

/**
 * Which proxies in front of the app to believe about the client's address (X-Forwarded-For), as
 * express's `trust proxy` setting takes it: true (every hop), false (none: the socket's address),
 * a number of hops, or proxy addresses, subnets and express's names for address ranges.
 */
export type TrustProxy = boolean | number | string[];

const proxyRanges = ['loopback', 'linklocal', 'uniquelocal'];
const isAddressOrSubnet = (entry: string) => {
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every((entry) => proxyRanges.includes(entry) || isAddressOrSubnet(entry))) return entries;
    ctx.addIssue({
      code: 'custom',
      message: 'must be true, false, a number of proxies (0-10), or comma-separated proxy addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal',
    });
    return z.NEVER;
  });

/** The hash form SPECIALIST_USERS accepts besides a password: `scrypt$<salt>$<hash>` (base64url; hashPassword writes it). */
export const passwordHashForm = /^scrypt\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** A console login; `secret` is a password or a password hash (the console decides which). */
export interface SpecialistUser {
  name: string;
  secret: string;
}

// "sam:pw,alex:scrypt$..." — split on the first colon only, so hashes may contain colons.
const specialistUsers = z.string().transform((list, ctx): SpecialistUser[] => {
  const users: SpecialistUser[] = [];
  const entries = list.split(',').map((part) => part.trim()).filter(Boolean);
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const name = colon > 0 ? entry.slice(0, colon).trim() : '';
    const userSecret = colon > 0 ? entry.slice(colon + 1) : '';
    // The entry itself is never echoed: it may be a password typed without its name.
    if (!/^[a-z0-9][a-z0-9._-]{0,31}$/i.test(name) || userSecret === '') {
      ctx.addIssue({ code: 'custom', message: `entry ${index + 1} is not name:password (a name of letters, digits, ".", "_" or "-", then a password)` });
    } else if (users.some((user) => user.name === name)) {
      ctx.addIssue({ code: 'custom', message: `"${name}" is listed twice` });
    } else {
      users.push({ name, secret: userSecret });
    }
  });
  return users;
});

/** Every variable of the contract, read on its own; rules between variables come after. */
const variables = {
  NODE_ENV: variable(z.enum(nodeEnvironments, { error: `must be one of ${nodeEnvironments.join(', ')}` }).default('development')),
  PORT: variable(integer(1, 65535).default(3978)),
  PUBLIC_BASE_URL: variable(httpUrl.optional()),
  STORE: variable(z.enum(['memory', 'redis'], { error: 'must be memory or redis' }).optional()),
  REDIS_URL: variable(redisUrl.optional()),
  PORTFOLIO_FILE: variable(text.default('data/sample-portfolio.csv')),
  POLICY_FILE: variable(text.default('data/policy.json')),
  TWILIO_ACCOUNT_SID: variable(text.regex(/^AC\w+$/, 'must be a Twilio account SID (AC...)').optional()),
  TWILIO_AUTH_TOKEN: variable(text.optional()),
  TWILIO_FROM_NUMBER: variable(phoneNumber.optional()),
  TWILIO_API_BASE_URL: variable(httpUrl.default('https://api.twilio.com')),
  OPENAI_API_KEY: variable(text.optional()),
  OPENAI_BASE_URL: variable(httpUrl.optional()),
  OPENAI_MODEL: variable(text.optional()),
  DIRECTLINE_SECRET: variable(secret.optional()),
  MICROSOFT_APP_ID: variable(text.optional()),
  MICROSOFT_APP_PASSWORD: variable(z.string().optional()),
  OPERATOR_TOKEN: variable(secret.optional()),
  METRICS_TOKEN: variable(secret.optional()),
  SPECIALIST_USERS: variable(specialistUsers.default([])),
  CREDITOR_WEBHOOK_URL: variable(httpUrl.optional()),
  CREDITOR_WEBHOOK_SECRET: variable(secret.optional()),
  PAYMENT_LINK_BASE_URL: variable(httpUrl.optional()),
  PAYMENT_LINK_SECRET: variable(secret.optional()),
  LOG_LEVEL: variable(z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info')),
  CONVERSATION_IDLE_MINUTES: variable(integer(1, 10_080).default(30)),
  // Three years by default: long enough for the FDCPA/Reg F record-keeping period.
  RETENTION_DAYS: variable(integer(1, 36_500).default(1095)),
  // A US long code sends about one message a second; toll-free and short codes more.
  CAMPAIGN_SENDS_PER_SECOND: variable(integer(1, 1000).default(1)),
  TRUST_PROXY: variable(trustProxy.default(false)),
  PORTAL_DEMO: variable(flag.optional()),
  // Twilio waits 15 s for a webhook answer; an orchestrator's grace period (Kubernetes: 30 s) must exceed this.
  SHUTDOWN_DEADLINE_SECONDS: variable(integer(1, 300).default(10)),
};

type VariableName = keyof typeof variables;
type Variables = { [K in VariableName]: z.output<(typeof variables)[K]> };

/** Grouped because the SMS channel takes all of it together. */
export interface TwilioConfig {
  accountSid: string | null;
  /** Null only in development: inbound signatures are then not checked. */
  authToken: string | null;
  /** False only in development without TWILIO_AUTH_TOKEN. */
  checkSignatures: boolean;
  /** E.164 sender for outbound SMS. */
  fromNumber: string | null;
  /** No trailing slash; tests point it at a local fake. */
  apiBaseUrl: string;
}

export interface Config {
  nodeEnv: NodeEnvironment;
  port: number;
  /** No trailing slash; Twilio signatures are checked against it plus the path. */
  publicBaseUrl: string;
  store: 'memory' | 'redis';
  redisUrl: string | null;
  portfolioFile: string;
  policyFile: string;
  twilio: TwilioConfig;
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  openaiModel: string | null;
  /** Null only in development: tokens then die with the process. */
  directlineSecret: string | null;
  microsoftAppId: string | null;
  microsoftAppPassword: string | null;
  /** Null: the operator API is off. */
  operatorToken: string | null;
  /** Bearer token Prometheus scrapes /metrics with; null: /metrics is off. */
  metricsToken: string | null;
  /** The demo billing portal signs visitors in as sample accounts: development, or PORTAL_DEMO=true (never production). */
  portalDemo: boolean;
  specialistUsers: SpecialistUser[];
  creditorWebhookUrl: string | null;
  creditorWebhookSecret: string | null;
  /** Defaults to the sample payment page this server serves at /pay. */
  paymentLinkBaseUrl: string;
  paymentLinkSecret: string;
  logLevel: LogLevel;
  conversationIdleMinutes: number;
  retentionDays: number;
  /** Campaign sends per second per sender number. */
  campaignSendsPerSecond: number;
  /** Express's `trust proxy`: whose X-Forwarded-For gives the client's address (sign-in limits, logs). */
  trustProxy: TrustProxy;
  /** How long a stopping server waits for the requests and turns in flight. */
  shutdownDeadlineSeconds: number;
}

function readVariables(env: Record<string, string | undefined>): { values: Partial<Variables>; problems: string[] } {
  const values: Partial<Record<VariableName, unknown>> = {};
  const problems: string[] = [];
  for (const name of Object.keys(variables) as VariableName[]) {
    const parsed = variables[name].safeParse(env[name]);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.message}`));
  }
  return { values: values as Partial<Variables>, problems };
}

/** Rules that tie variables together; a variable that already failed on its own is not judged again. */
function crossProblems(v: Partial<Variables>, env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const given = (name: VariableName) => unset(env[name]) !== undefined;
  const production = v.NODE_ENV !== undefined && v.NODE_ENV !== 'development';
  const requireOutsideDevelopment = (name: VariableName, why: string) => {
    if (production && !given(name)) problems.push(`${name}: required when NODE_ENV=${v.NODE_ENV} ${why}`);
  };

  if (v.STORE === 'redis' && !given('REDIS_URL')) problems.push('REDIS_URL: required when STORE=redis');
  requireOutsideDevelopment('TWILIO_AUTH_TOKEN', 'to check Twilio signatures on inbound SMS');
  requireOutsideDevelopment('DIRECTLINE_SECRET', 'so the billing portal can mint web-chat tokens');
  requireOutsideDevelopment('PAYMENT_LINK_SECRET', 'to sign payment links');
  if (given('CREDITOR_WEBHOOK_URL') && !given('CREDITOR_WEBHOOK_SECRET')) {
    problems.push('CREDITOR_WEBHOOK_SECRET: required when CREDITOR_WEBHOOK_URL is set (events are signed)');
  }
  if (given('MICROSOFT_APP_ID') !== given('MICROSOFT_APP_PASSWORD')) {
    problems.push(given('MICROSOFT_APP_ID') ? 'MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set' : 'MICROSOFT_APP_ID: required when MICROSOFT_APP_PASSWORD is set');
  }
  if (v.NODE_ENV === 'production') problems.push(...productionProblems(v, given));
  return problems;
}

/** What production refuses beyond the rules for every environment; values are never echoed. */
function productionProblems(v: Partial<Variables>, given: (name: VariableName) => boolean): string[] {
  const problems: string[] = [];
  const httpsUrl = (name: 'PUBLIC_BASE_URL' | 'PAYMENT_LINK_BASE_URL', why: string) => {
    const url = v[name];
    if (url === undefined) {
      if (!given(name)) problems.push(`${name}: required when NODE_ENV=production ${why}`);
    } else if (!url.startsWith('https://')) {
      problems.push(`${name}: must be an https:// URL when NODE_ENV=production`);
    }
  };
  httpsUrl('PUBLIC_BASE_URL', '(Twilio signatures are checked against it and links point to it)');
  httpsUrl('PAYMENT_LINK_BASE_URL', "(the creditor's payment page; the sample page at /pay takes no payment)");
  for (const name of ['TWILIO_AUTH_TOKEN', ...secretVariables] as const) {
    const value = v[name];
    if (value === undefined) continue;
    if (publishedSecrets.has(value)) {
      problems.push(`${name}: is a development value published with Amicable; generate a new one (e.g. openssl rand -hex 32)`);
    } else if (name === 'TWILIO_AUTH_TOKEN') {
      if (!/^[0-9a-f]{32}$/i.test(value)) problems.push('TWILIO_AUTH_TOKEN: must be a Twilio auth token (32 hexadecimal characters) when NODE_ENV=production');
    } else if (value.length < MIN_PRODUCTION_SECRET_LENGTH) {
      problems.push(`${name}: must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters when NODE_ENV=production`);
    }
  }
  for (const user of v.SPECIALIST_USERS ?? []) {
    if (!passwordHashForm.test(user.secret) && user.secret.length < MIN_PRODUCTION_PASSWORD_LENGTH) {
      problems.push(`SPECIALIST_USERS: the password of "${user.name}" must be at least ${MIN_PRODUCTION_PASSWORD_LENGTH} characters (or a scrypt hash) when NODE_ENV=production`);
    }
  }
  if (v.PORTAL_DEMO === true) problems.push('PORTAL_DEMO: must not be true when NODE_ENV=production (the demo portal signs any visitor in as any account)');
  if (v.TRUST_PROXY === true) {
    problems.push('TRUST_PROXY: must name the proxies (a number of hops, addresses or subnets) when NODE_ENV=production; true lets any client choose its address');
  }
  return problems;
}

/**
 * Reads and checks the environment. Throws ConfigError listing every problem at once, so an
 * operator fixes them in one go rather than one restart per mistake.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const { values, problems } = readVariables(env);
  problems.push(...crossProblems(values, env));
  if (problems.length > 0) throw new ConfigError(problems);
  const v = values as Variables;
  const publicBaseUrl = v.PUBLIC_BASE_URL ?? `http://localhost:${v.PORT}`;
  return {
    nodeEnv: v.NODE_ENV,
    port: v.PORT,
    publicBaseUrl,
    store: v.STORE ?? (v.REDIS_URL ? 'redis' : 'memory'),
    redisUrl: v.REDIS_URL ?? null,
    portfolioFile: v.PORTFOLIO_FILE,
    policyFile: v.POLICY_FILE,
    twilio: {
      accountSid: v.TWILIO_ACCOUNT_SID ?? null,
      authToken: v.TWILIO_AUTH_TOKEN ?? null,
      checkSignatures: v.TWILIO_AUTH_TOKEN !== undefined,
      fromNumber: v.TWILIO_FROM_NUMBER ?? null,
      apiBaseUrl: v.TWILIO_API_BASE_URL,
    },
    openaiApiKey: v.OPENAI_API_KEY ?? null,
    openaiBaseUrl: v.OPENAI_BASE_URL ?? null,
    openaiModel: v.OPENAI_MODEL ?? null,
    directlineSecret: v.DIRECTLINE_SECRET ?? null,
    microsoftAppId: v.MICROSOFT_APP_ID ?? null,
    microsoftAppPassword: v.MICROSOFT_APP_PASSWORD ?? null,
    operatorToken: v.OPERATOR_TOKEN ?? null,
    metricsToken: v.METRICS_TOKEN ?? null,
    portalDemo: v.PORTAL_DEMO ?? v.NODE_ENV === 'development',
    specialistUsers: v.SPECIALIST_USERS,
    creditorWebhookUrl: v.CREDITOR_WEBHOOK_URL ?? null,
    creditorWebhookSecret: v.CREDITOR_WEBHOOK_SECRET ?? null,
    paymentLinkBaseUrl: v.PAYMENT_LINK_BASE_URL ?? `${publicBaseUrl}/pay`,
    paymentLinkSecret: v.PAYMENT_LINK_SECRET ?? developmentPaymentLinkSecret,
    logLevel: v.LOG_LEVEL,
    conversationIdleMinutes: v.CONVERSATION_IDLE_MINUTES,
    retentionDays: v.RETENTION_DAYS,
    campaignSendsPerSecond: v.CAMPAIGN_SENDS_PER_SECOND,
    trustProxy: v.TRUST_PROXY,
    shutdownDeadlineSeconds: v.SHUTDOWN_DEADLINE_SECONDS,
  };
}
