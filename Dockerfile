# The console server in a container: the static app plus the provider proxy (`npm run serve`),
# configured from the environment (docs/self-hosting.md). Three stages: build everything with
# dev dependencies, install production dependencies alone, then a runtime image with only those,
# the built app and the server bundle, running as the unprivileged `node` user.
#
#   docker build -t akash-console .
#   docker run -p 8080:8080 -e CONSOLE_PUBLIC_HOSTS=console.example.com akash-console
#
# Build args: CONSOLE_BASE_PATH (the app's base path, default /). Pin the base images by digest
# in your own pipeline (`FROM node:22.12.0-bookworm-slim@sha256:…`) for reproducible builds.
ARG NODE_IMAGE=node:22.12.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG CONSOLE_BASE_PATH=/
RUN CONSOLE_BASE_PATH=${CONSOLE_BASE_PATH} npm run build && npm run build:server

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; no install scripts (none of them is needed to run the server).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
ENV CONSOLE_HOST=0.0.0.0
ENV PORT=8080
ENV CONSOLE_DIST_DIR=/app/dist
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /src/package.json ./package.json
COPY --from=build --chown=root:root /src/dist ./dist
COPY --from=build --chown=root:root /src/dist-server ./dist-server
# Files owned by root and read-only to the process: a compromised server cannot rewrite the app.
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains (see docs/self-hosting.md); node is PID 1 here and handles it itself.
CMD ["node", "dist-server/serve.mjs"]
