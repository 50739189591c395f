import helmet from 'helmet';

/**
 * Headers for the pages staff use (the specialist console, the operator dashboard). They render
 * every debtor-supplied word with textContent and build charts from their own script; the policy
 * forbids inline script and style anyway, so injected markup stays inert.
 */
export const staffPageHeaders = helmet({
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
