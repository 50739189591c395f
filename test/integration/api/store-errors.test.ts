import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StatePropertyAccessor } from 'botbuilder';
import { DialogSet, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../../src/api/errors';
import { ConversationAdapter } from '../../../src/conversation/adapter';
import { StoreError } from '../../../src/store/errors';

/** What a dialog step throws when Redis does not answer, as botbuilder hands it on: wrapped in a DialogContextError. */
async function storeFailureInADialog(): Promise<unknown> {
  let state: DialogState | undefined;
  const accessor: StatePropertyAccessor<DialogState> = {
    get: async (_context: unknown, defaultValue?: DialogState) => (state ??= defaultValue) as DialogState,
    set: async (_context, value) => {
      state = value;
    },
    delete: async () => {
      state = undefined;
    },
  };
  const dialogs = new DialogSet(accessor).add(
    new WaterfallDialog('confirm', [
      async () => {
        throw new StoreError('unavailable', 'Redis did not answer within 3000 ms');
      },
    ]),
  );
  try {
    await new ConversationAdapter().runTurn({ type: 'message', text: 'yes', conversation: { id: 'sms:+15125550101', isGroup: false, conversationType: 'personal', name: '' } }, async (context) => {
      await (await dialogs.createContext(context)).beginDialog('confirm');
    });
  } catch (error) {
    return error;
  }
  throw new Error('the dialog did not fail');
}

/** Issue #20: a turn that failed because the store did not answer is retried by Twilio only if it gets a 503. */
describe('store failures as HTTP answers', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const failure = await storeFailureInADialog();
    expect(failure).not.toBeInstanceOf(StoreError);
    const app = express();
    app.post('/direct', () => {
      throw new StoreError('unavailable', 'Redis is unavailable: reconnecting');
    });
    app.post('/in-a-dialog', () => {
      throw failure;
    });
    app.post('/other', () => {
      throw new Error('a bug');
    });
    app.use(errorHandler);
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers 503 store_unavailable with Retry-After, whether the store failed in a route or inside a dialog', async () => {
    for (const path of ['/direct', '/in-a-dialog']) {
      const response = await fetch(`${baseUrl}${path}`, { method: 'POST' });
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({ error: { code: 'store_unavailable', message: expect.any(String) } });
    }
  });

  it('still answers 500 to anything else', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect((await fetch(`${baseUrl}/other`, { method: 'POST' })).status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});
