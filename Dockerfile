# syntax=docker/dockerfile:1
# Amicable's production image: built with dev dependencies, run on production dependencies only,
# as the unprivileged `node` user. The same steps run without Docker in .ci/production-start
# (npm ci, npm run build, npm ci --omit=dev, then the server must answer).

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY dialogs ./dialogs
COPY prompts ./prompts
COPY public ./public
RUN npm run build

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# rimraf is a dependency because botbuilder-dialogs' postinstall runs `npx rimraf`.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The sample portfolio and policy; mount the creditor's own and set PORTFOLIO_FILE / POLICY_FILE.
COPY data/sample-portfolio.csv data/policy.json ./data/
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is PID 1 (not npm), so `docker stop`'s SIGTERM reaches the server's handler.
# The flags are npm start's (README § Design: --max-semi-space-size).
CMD ["node", "--max-semi-space-size=32", "dist/src/server.js"]
