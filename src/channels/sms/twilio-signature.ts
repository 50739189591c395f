import type { RequestHandler } from 'express';
import twilio from 'twilio';
import { Forbidden } from '../../errors';

/**
 * Checks X-Twilio-Signature against PUBLIC_BASE_URL + the path, with the twilio library. Mount
 * after the urlencoded body parser. A null token (development only) checks nothing.
 */
export function twilioSignatureCheck(publicBaseUrl: string, authToken: string | null): RequestHandler {
  return (req, _res, next) => {
    if (authToken !== null) {
      const signature = req.header('X-Twilio-Signature') ?? '';
      const url = publicBaseUrl.replace(/\/$/, '') + req.originalUrl;
      if (!signature || !twilio.validateRequest(authToken, signature, url, (req.body ?? {}) as Record<string, string>)) {
        throw new Forbidden('bad_signature', 'X-Twilio-Signature is missing or does not match this request');
      }
    }
    next();
  };
}

/** Twilio's form posts; the limits bound what a forged or broken request can make us parse. */
export const twilioFormBody = { extended: false, limit: '64kb', parameterLimit: 200 } as const;
