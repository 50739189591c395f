import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { staffPageHeaders } from '../api/staff-page-headers';

const DASHBOARD_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/dashboard');

/** The operator dashboard at /dashboard; its data comes from GET /api/reports/summary with the operator token. */
export function dashboardRoutes(): Router {
  const router = Router();
  router.use('/dashboard', staffPageHeaders, express.static(DASHBOARD_DIR, { index: 'index.html', maxAge: 0 }));
  return router;
}
