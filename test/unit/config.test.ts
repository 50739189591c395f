import { describe, expect, it } from 'vitest';
import { ConfigError, developmentPaymentLinkSecret, loadConfig } from '../../src/config';
import { hashPassword } from '../../src/handoff/specialist-passwords';

/** A production configuration that passes every rule; each test below spoils one part of it. */
const productionSecrets = {
  NODE_ENV: 'production',
  PUBLIC_BASE_URL: 'https://amicable.northwind.example',
  PAYMENT_LINK_BASE_URL: 'https://pay.northwind.example/amicable',
  TWILIO_AUTH_TOKEN: '0123456789abcdef0123456789ABCDEF',
  DIRECTLINE_SECRET: 'directline-secret-0123456789-abcdef',
  PAYMENT_LINK_SECRET: 'payment-link-secret-0123456789-abcdef',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  describe('the embedded default (npm start with no environment)', () => {
    const config = loadConfig({});

    it('runs in development on port 3978 with the sample data and an in-memory store', () => {
      expect(config).toMatchObject({
        nodeEnv: 'development',
        port: 3978,
        publicBaseUrl: 'http://localhost:3978',
        store: 'memory',
        redisUrl: null,
        portfolioFile: 'data/sample-portfolio.csv',
        policyFile: 'data/policy.json',
        conversationIdleMinutes: 30,
        retentionDays: 1095,
        logLevel: 'info',
      });
    });

    it('leaves SMS signatures unchecked because no Twilio token is set', () => {
      expect(config.twilio.authToken).toBeNull();
      expect(config.twilio.checkSignatures).toBe(false);
    });

    it('signs payment links for the local sample page with the development secret', () => {
      expect(config.paymentLinkBaseUrl).toBe('http://localhost:3978/pay');
      expect(config.paymentLinkSecret).toBe(developmentPaymentLinkSecret);
    });

    it('serves the demo portal, keeps /metrics off, and believes no proxy', () => {
      expect(config.portalDemo).toBe(true);
      expect(config.metricsToken).toBeNull();
      expect(config.trustProxy).toBe(false);
    });

    it('keeps the operator API, model, web-chat secret and webhooks off', () => {
      expect(config.operatorToken).toBeNull();
      expect(config.openaiApiKey).toBeNull();
      expect(config.directlineSecret).toBeNull();
      expect(config.creditorWebhookUrl).toBeNull();
      expect(config.specialistUsers).toEqual([]);
    });
  });

  it('treats an empty value like an unset variable, as a copied .env.example has them', () => {
    expect(loadConfig({ PORT: '', STORE: '', REDIS_URL: ' ', NODE_ENV: '' })).toMatchObject({ port: 3978, store: 'memory', nodeEnv: 'development' });
  });

  it('derives the public URL from PORT when PUBLIC_BASE_URL is not set', () => {
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
  });

  it('drops a trailing slash from PUBLIC_BASE_URL so signature URLs are built one way', () => {
    const config = loadConfig({ PUBLIC_BASE_URL: 'https://amicable.example.com/' });
    expect(config.publicBaseUrl).toBe('https://amicable.example.com');
    expect(config.paymentLinkBaseUrl).toBe('https://amicable.example.com/pay');
  });

  it('rejects a port that is not an integer between 1 and 65535', () => {
    for (const port of ['0', '65536', 'abc', '80.5', '-1']) {
      expect(problemsOf({ PORT: port })).toEqual(['PORT: must be an integer between 1 and 65535']);
    }
  });

  describe('store', () => {
    it('becomes redis when REDIS_URL is set', () => {
      expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({ store: 'redis', redisUrl: 'redis://127.0.0.1:6379' });
    });

    it('stays memory when STORE=memory is asked for explicitly, even with REDIS_URL', () => {
      expect(loadConfig({ STORE: 'memory', REDIS_URL: 'redis://127.0.0.1:6379' }).store).toBe('memory');
    });

    it('requires REDIS_URL with STORE=redis', () => {
      expect(problemsOf({ STORE: 'redis' })).toEqual(['REDIS_URL: required when STORE=redis']);
    });

    it('accepts comma-separated cluster seed URLs and refuses anything but redis URLs', () => {
      expect(loadConfig({ REDIS_URL: 'redis://a:7000,redis://b:7001' }).redisUrl).toBe('redis://a:7000,redis://b:7001');
      expect(problemsOf({ REDIS_URL: 'http://localhost:6379' })[0]).toMatch(/^REDIS_URL: must be a redis:\/\//);
    });

    it('refuses a store it does not know', () => {
      expect(problemsOf({ STORE: 'postgres' })).toEqual(['STORE: must be memory or redis']);
    });
  });

  describe('production', () => {
    it('starts when the signing secrets and public URLs are given, and checks SMS signatures', () => {
      const config = loadConfig(productionSecrets);
      expect(config.twilio).toMatchObject({ authToken: productionSecrets.TWILIO_AUTH_TOKEN, checkSignatures: true });
      expect(config.paymentLinkSecret).toBe(productionSecrets.PAYMENT_LINK_SECRET);
      expect(config).toMatchObject({ publicBaseUrl: 'https://amicable.northwind.example', paymentLinkBaseUrl: 'https://pay.northwind.example/amicable', portalDemo: false });
    });

    it('refuses to start without the Twilio token, the secrets and the public URLs', () => {
      expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
        'TWILIO_AUTH_TOKEN: required when NODE_ENV=production to check Twilio signatures on inbound SMS',
        'DIRECTLINE_SECRET: required when NODE_ENV=production so the billing portal can mint web-chat tokens',
        'PAYMENT_LINK_SECRET: required when NODE_ENV=production to sign payment links',
        'PUBLIC_BASE_URL: required when NODE_ENV=production (Twilio signatures are checked against it and links point to it)',
        "PAYMENT_LINK_BASE_URL: required when NODE_ENV=production (the creditor's payment page; the sample page at /pay takes no payment)",
      ]);
    });

    it('refuses unsafe configuration, each problem named in one line, no value echoed', () => {
      const unsafe = {
        ...productionSecrets,
        PUBLIC_BASE_URL: 'http://amicable.northwind.example',
        PAYMENT_LINK_BASE_URL: 'http://pay.northwind.example',
        TWILIO_AUTH_TOKEN: 'x',
        DIRECTLINE_SECRET: 'directline-secret-20ch',
        OPERATOR_TOKEN: 'operator-token-of-24-chs',
        METRICS_TOKEN: 'metrics-token-17c',
        CREDITOR_WEBHOOK_URL: 'https://creditor.example/events',
        CREDITOR_WEBHOOK_SECRET: 'creditor-secret-31-characters-x',
        PAYMENT_LINK_SECRET: developmentPaymentLinkSecret,
        SPECIALIST_USERS: `sam:short-pw,alex:${hashPassword('a')},jo:twelve-chars`,
        PORTAL_DEMO: 'true',
        TRUST_PROXY: 'true',
      };
      const problems = problemsOf(unsafe);
      expect(problems).toEqual([
        'PUBLIC_BASE_URL: must be an https:// URL when NODE_ENV=production',
        'PAYMENT_LINK_BASE_URL: must be an https:// URL when NODE_ENV=production',
        'TWILIO_AUTH_TOKEN: must be a Twilio auth token (32 hexadecimal characters) when NODE_ENV=production',
        'DIRECTLINE_SECRET: must be at least 32 characters when NODE_ENV=production',
        'OPERATOR_TOKEN: must be at least 32 characters when NODE_ENV=production',
        'METRICS_TOKEN: must be at least 32 characters when NODE_ENV=production',
        'CREDITOR_WEBHOOK_SECRET: must be at least 32 characters when NODE_ENV=production',
        'PAYMENT_LINK_SECRET: is a development value published with Amicable; generate a new one (e.g. openssl rand -hex 32)',
        'SPECIALIST_USERS: the password of "sam" must be at least 12 characters (or a scrypt hash) when NODE_ENV=production',
        'PORTAL_DEMO: must not be true when NODE_ENV=production (the demo portal signs any visitor in as any account)',
        'TRUST_PROXY: must name the proxies (a number of hops, addresses or subnets) when NODE_ENV=production; true lets any client choose its address',
      ]);
      for (const value of ['short-pw', 'operator-token-of-24-chs', developmentPaymentLinkSecret, 'metrics-token-17c']) expect(problems.join('\n')).not.toContain(value);
    });

    it('refuses the published development secret in any secret variable', () => {
      for (const name of ['DIRECTLINE_SECRET', 'OPERATOR_TOKEN', 'METRICS_TOKEN', 'PAYMENT_LINK_SECRET']) {
        expect(problemsOf({ ...productionSecrets, [name]: developmentPaymentLinkSecret })).toEqual([
          `${name}: is a development value published with Amicable; generate a new one (e.g. openssl rand -hex 32)`,
        ]);
      }
    });

    it('accepts what a real deployment has: a Twilio token, long secrets, long passwords and hashes, named proxies', () => {
      const config = loadConfig({
        ...productionSecrets,
        OPERATOR_TOKEN: 'o'.repeat(32),
        METRICS_TOKEN: 'm'.repeat(64),
        SPECIALIST_USERS: `sam:correct-horse-battery,alex:${hashPassword('anything')}`,
        TRUST_PROXY: '1',
        PORTAL_DEMO: 'false',
      });
      expect(config).toMatchObject({ metricsToken: 'm'.repeat(64), trustProxy: 1, portalDemo: false });
    });

    it('holds NODE_ENV=test to the same rule: only development runs without secrets', () => {
      expect(problemsOf({ NODE_ENV: 'test' })).toHaveLength(3);
    });
  });

  describe('the demo portal (it signs any visitor in as a sample account)', () => {
    const testSecrets = { NODE_ENV: 'test', TWILIO_AUTH_TOKEN: 't', DIRECTLINE_SECRET: 'directline-secret-16', PAYMENT_LINK_SECRET: 'payment-link-secret-16' };

    it('runs in development (NODE_ENV unset or development) unless PORTAL_DEMO=false', () => {
      expect(loadConfig({}).portalDemo).toBe(true);
      expect(loadConfig({ NODE_ENV: 'development' }).portalDemo).toBe(true);
      expect(loadConfig({ PORTAL_DEMO: 'false' }).portalDemo).toBe(false);
    });

    it('is off for NODE_ENV=test and production, and on for test only with PORTAL_DEMO=true', () => {
      expect(loadConfig(testSecrets).portalDemo).toBe(false);
      expect(loadConfig({ ...testSecrets, PORTAL_DEMO: 'true' }).portalDemo).toBe(true);
      expect(loadConfig(productionSecrets).portalDemo).toBe(false);
      expect(problemsOf({ ...productionSecrets, PORTAL_DEMO: 'true' })).toEqual([
        'PORTAL_DEMO: must not be true when NODE_ENV=production (the demo portal signs any visitor in as any account)',
      ]);
    });

    it('takes true or false only', () => {
      expect(problemsOf({ PORTAL_DEMO: 'yes' })).toEqual(['PORTAL_DEMO: must be true or false']);
    });
  });

  describe('TRUST_PROXY', () => {
    it("reads express's trust proxy values: true, false, a number of hops, addresses, subnets and range names", () => {
      expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
      expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
      expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,uniquelocal, ::1, fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.7', 'uniquelocal', '::1', 'fd00::/8']);
    });

    it('refuses anything else, naming the forms it takes', () => {
      for (const value of ['yes', '11', '10.0.0.0/33', 'lb.example.com', '10.0.0.1,', '::1/129', '1.2.3.4/8/2']) {
        expect(problemsOf({ TRUST_PROXY: value })).toEqual([expect.stringMatching(/^TRUST_PROXY: must be true, false, a number of proxies/)]);
      }
    });
  });

  it('lists every problem at once, one line each, naming the variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      STORE: 'redis',
      PUBLIC_BASE_URL: 'ftp://example.com',
      LOG_LEVEL: 'loud',
      CONVERSATION_IDLE_MINUTES: '0',
      NODE_ENV: 'staging',
    });
    expect(problems).toEqual([
      'NODE_ENV: must be one of development, test, production',
      'PORT: must be an integer between 1 and 65535',
      'PUBLIC_BASE_URL: must be an http(s) URL',
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
      'CONVERSATION_IDLE_MINUTES: must be an integer between 1 and 10080',
      'REDIS_URL: required when STORE=redis',
    ]);
  });

  it('says so in the error message too, for whoever only prints the message', () => {
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT: must be an integer/);
    try {
      loadConfig({ PORT: 'x' });
    } catch (error) {
      expect((error as ConfigError).code).toBe('invalid_config');
    }
  });

  it('requires secrets of at least 16 characters, without echoing them', () => {
    const problems = problemsOf({ OPERATOR_TOKEN: 'short', METRICS_TOKEN: 'small', CREDITOR_WEBHOOK_SECRET: 'tiny' });
    expect(problems).toEqual([
      'OPERATOR_TOKEN: must be at least 16 characters',
      'METRICS_TOKEN: must be at least 16 characters',
      'CREDITOR_WEBHOOK_SECRET: must be at least 16 characters',
    ]);
  });

  it('requires a webhook secret with a webhook URL, because every event is signed', () => {
    expect(problemsOf({ CREDITOR_WEBHOOK_URL: 'https://creditor.example.com/events' })).toEqual([
      'CREDITOR_WEBHOOK_SECRET: required when CREDITOR_WEBHOOK_URL is set (events are signed)',
    ]);
  });

  it('requires the Azure Bot app id and password together', () => {
    expect(problemsOf({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000' })).toEqual(['MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set']);
    expect(problemsOf({ MICROSOFT_APP_PASSWORD: 'pw' })).toEqual(['MICROSOFT_APP_ID: required when MICROSOFT_APP_PASSWORD is set']);
  });

  it('normalizes the Twilio sender to E.164 and checks the account SID', () => {
    expect(loadConfig({ TWILIO_FROM_NUMBER: '(512) 555-0100' }).twilio.fromNumber).toBe('+15125550100');
    expect(problemsOf({ TWILIO_FROM_NUMBER: '12345', TWILIO_ACCOUNT_SID: 'XY123' })).toEqual([
      'TWILIO_ACCOUNT_SID: must be a Twilio account SID (AC...)',
      'TWILIO_FROM_NUMBER: must be a phone number, e.g. +15125550100',
    ]);
  });

  it('defaults Twilio REST calls to Twilio and lets tests point them at a fake', () => {
    expect(loadConfig({}).twilio.apiBaseUrl).toBe('https://api.twilio.com');
    expect(loadConfig({ TWILIO_API_BASE_URL: 'http://127.0.0.1:4010/' }).twilio.apiBaseUrl).toBe('http://127.0.0.1:4010');
  });

  describe('specialist users', () => {
    it('reads name:password pairs, splitting on the first colon so hashes may hold colons', () => {
      expect(loadConfig({ SPECIALIST_USERS: 'sam:pw1, alex:scrypt:16384:abc' }).specialistUsers).toEqual([
        { name: 'sam', secret: 'pw1' },
        { name: 'alex', secret: 'scrypt:16384:abc' },
      ]);
    });

    it('refuses an entry without a name or password, without printing it', () => {
      const problems = problemsOf({ SPECIALIST_USERS: 'sam:pw1,hunter2' });
      expect(problems).toEqual(['SPECIALIST_USERS: entry 2 is not name:password (a name of letters, digits, ".", "_" or "-", then a password)']);
      expect(problems.join()).not.toContain('hunter2');
    });

    it('refuses the same name twice', () => {
      expect(problemsOf({ SPECIALIST_USERS: 'sam:a,sam:b' })).toEqual(['SPECIALIST_USERS: "sam" is listed twice']);
    });
  });

  it('reads the optional language model settings', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9000/v1', OPENAI_MODEL: 'gpt-test' });
    expect(config).toMatchObject({ openaiApiKey: 'sk-test', openaiBaseUrl: 'http://127.0.0.1:9000/v1', openaiModel: 'gpt-test' });
  });

  it('reads retention and idle limits as whole numbers', () => {
    expect(loadConfig({ RETENTION_DAYS: '365', CONVERSATION_IDLE_MINUTES: '15' })).toMatchObject({ retentionDays: 365, conversationIdleMinutes: 15 });
    expect(problemsOf({ RETENTION_DAYS: '0' })).toEqual(['RETENTION_DAYS: must be an integer between 1 and 36500']);
  });

  it('waits 10 s for turns in flight when stopping, unless SHUTDOWN_DEADLINE_SECONDS says otherwise', () => {
    expect(loadConfig({}).shutdownDeadlineSeconds).toBe(10);
    expect(loadConfig({ SHUTDOWN_DEADLINE_SECONDS: '25' }).shutdownDeadlineSeconds).toBe(25);
    for (const value of ['0', '301', '2.5', 'soon']) {
      expect(problemsOf({ SHUTDOWN_DEADLINE_SECONDS: value })).toEqual(['SHUTDOWN_DEADLINE_SECONDS: must be an integer between 1 and 300']);
    }
  });
});
