import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import helmet from 'helmet';

const DASHBOARD_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/dashboard');

/**
 * The page builds its charts as SVG elements from its own script and writes every figure with
 * textContent; no inline script or style is allowed. Downloads go through a blob: link.
 */
const dashboardHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

/** The operator dashboard at /dashboard; its data comes from GET /api/reports/summary with the operator token. */
export function dashboardRoutes(): Router {
  const router = Router();
  router.use('/dashboard', dashboardHeaders, express.static(DASHBOARD_DIR, { index: 'index.html', maxAge: 0 }));
  return router;
}
