# syntax=docker/dockerfile:1
# versus-kb server image: build with the dev tools, run with production dependencies only, as
# the unprivileged `node` user. Not built on the project's CI machines (no Docker there); see
# README "Running several replicas".

# --- build: compile, bundle (dist/bundle/main.js), generate the Prisma client ---------------
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY src ./src
# scripts/build.mjs: prisma generate (offline schema-engine stand-in), tsc, the server bundle,
# and the embedded database's template (used only when DATABASE_URL is unset).
RUN npm run build
# What the bundle leaves outside (PGlite, pino, ...) and the CLI (dist/cli) load from node_modules.
RUN npm prune --omit=dev --no-audit --no-fund

# --- runtime ------------------------------------------------------------------------------
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=1048576
# The project root is found by its package.json (src/infra/project-paths.ts); the server reads
# prisma/migrations (applied at start), seeds/ (KB_SEEDS_DIR) and public/ (embed assets) there.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
COPY seeds ./seeds
COPY public ./public
# The embedded database's directory (only without DATABASE_URL), writable by the app's user.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# /ready: 200 when the database answers (503 otherwise). Node's own fetch: no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm run start:prod` runs, without npm in between (node gets SIGTERM itself and drains).
CMD ["node", "--max-old-space-size=128", "--max-semi-space-size=8", "dist/bundle/main.js"]
