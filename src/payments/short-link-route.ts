import { Router } from 'express';
import { NotFound } from '../errors';
import type { ShortLinks } from './short-links';

/** GET /p/<id>: the short link a text carried, redirected (302) to the signed payment link it stands for. */
export function shortLinkRoute(shortLinks: ShortLinks): Router {
  const router = Router();
  router.get('/p/:id', async (req, res) => {
    const link = await shortLinks.resolve(req.params.id);
    if (!link) throw new NotFound('unknown_link', 'This link is unknown or has expired. Please ask for a new one.');
    res.redirect(302, link);
  });
  return router;
}
