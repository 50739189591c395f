import express, { Router, type Request } from 'express';
import type { z } from 'zod';
import { InvalidInput, NotFound } from '../errors';
import { requireOperator } from '../api/operator-auth';
import { audienceSchema, countByRule, newCampaignSchema } from './campaign';
import type { CampaignService } from './campaign-service';

/** An uploaded list of 100,000 ids is about 1.5 MB of JSON. */
const BODY_LIMIT = '2mb';
/** Excluded accounts listed in a preview; the full list is in the campaign's report. */
const PREVIEW_LISTED = 200;

function parse<T extends z.ZodType>(schema: T, req: Request): z.output<T> {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new InvalidInput('invalid_request', message);
  }
  return parsed.data;
}

const idOf = (req: Request) => String(req.params.id);

/**
 * The operator API under /api/campaigns (Authorization: Bearer $OPERATOR_TOKEN):
 * preview, create, list, read with progress, report, and start / pause / resume / cancel.
 */
export function campaignRoutes(deps: { campaigns: CampaignService; operatorToken: string | null }): Router {
  const { campaigns } = deps;
  const router = Router();
  router.use('/api/campaigns', requireOperator(deps.operatorToken), express.json({ limit: BODY_LIMIT }));

  router.post('/api/campaigns/preview', async (req, res) => {
    const assessment = await campaigns.assess(parse(audienceSchema, req));
    const byLanguage = { en: 0, es: 0 };
    for (const target of assessment.targets) byLanguage[target.language]++;
    res.json({
      matched: assessment.matched,
      targeted: assessment.targets.length,
      targetedByLanguage: byLanguage,
      excluded: assessment.exclusions.length,
      excludedByRule: countByRule(assessment.exclusions),
      exclusions: assessment.exclusions.slice(0, PREVIEW_LISTED),
      messages: assessment.messages,
    });
  });

  router.post('/api/campaigns', async (req, res) => {
    const { campaign } = await campaigns.create(parse(newCampaignSchema, req));
    res.status(201).json({ campaign, progress: await campaigns.progress(campaign) });
  });

  router.get('/api/campaigns', async (_req, res) => {
    const list = await campaigns.list();
    res.set('Cache-Control', 'no-store').json({ campaigns: list });
  });

  router.get('/api/campaigns/:id', async (req, res) => {
    const campaign = await campaigns.get(idOf(req));
    res.set('Cache-Control', 'no-store').json({ campaign, progress: await campaigns.progress(campaign) });
  });

  router.get('/api/campaigns/:id/report', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await campaigns.report(idOf(req)));
  });

  const actions = { start: campaigns.start, pause: campaigns.pause, resume: campaigns.resume, cancel: campaigns.cancel } as const;
  router.post('/api/campaigns/:id/:action', async (req, res) => {
    const action = String(req.params.action);
    if (!Object.hasOwn(actions, action)) throw new NotFound('not_found', `No campaign action ${action} (start, pause, resume or cancel)`);
    const campaign = await actions[action as keyof typeof actions].call(campaigns, idOf(req));
    res.json({ campaign, progress: await campaigns.progress(campaign) });
  });

  return router;
}
