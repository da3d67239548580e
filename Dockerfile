# The vn-deadlines HTTP service (`vn-deadlines serve`): README, "Dùng từ hệ thống khác / From other systems".
#   docker build -t vn-deadlines .
#   docker run --rm -p 8080:8080 vn-deadlines
# Settings are the VN_DEADLINES_* variables (`vn-deadlines serve --help`). test/server/container.test.ts
# checks this file's facts (there is no Docker daemon on the test machines).

# 1. The package, packed from this checkout (prepack builds dist/).
FROM node:20-slim AS pack
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm pack --pack-destination /tmp && mv /tmp/vn-deadlines-*.tgz /tmp/vn-deadlines.tgz

# 2. The service: the package and the optional packages `serve` needs, nothing else.
FROM node:20-slim
ENV NODE_ENV=production \
    VN_DEADLINES_HOST=0.0.0.0 \
    VN_DEADLINES_PORT=8080
WORKDIR /app
COPY --from=pack /tmp/vn-deadlines.tgz /tmp/vn-deadlines.tgz
RUN echo '{"name":"vn-deadlines-service","private":true}' > package.json \
 && npm install --omit=dev --no-audit --no-fund /tmp/vn-deadlines.tgz hono@^4.13.19 @hono/node-server@^2.1.9 pino@^10.4.0 exceljs@^4.4.0 \
 && rm /tmp/vn-deadlines.tgz && npm cache clean --force
# Not root; the service writes nothing to disk, so the container may run read-only.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.VN_DEADLINES_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets the requests in flight finish, then the process exits 0.
CMD ["node", "node_modules/vn-deadlines/dist/cli.js", "serve"]
