// `npm run bench` (and `node bench/server.mjs` after `npm run build`): the HTTP service's
// POST /v1/due beside a bare node:http server answering a constant JSON, same machine, same run,
// same client (autocannon). Each server runs in a process of its own, all started at once; the
// service logs its request lines at level info to /dev/null, as in production. Goal: at least half
// the bare rate, for a client that accepts gzip (see report()).
// The targets are measured in turn, in rounds (BENCH_ROUNDS, 5; BENCH_SECONDS, 2 s a target), every
// other round in reverse order; each ratio is taken within a round, and the median of the rounds'
// ratios is printed with their range. On a shared machine whose speed drifts by tens of percent
// within minutes, a ratio of two runs a minute apart measures the drift as much as the servers.
// The service is measured three times: a client that takes the answer as it is, one that accepts
// gzip, and one that asks a new question each time (so that no kept answer serves it).
// Lines for scale: the service's GET /healthz (its own cost on a tiny answer), and the bare
// server answering the service's own ≈ 19 KB due answer, as it is and gzipped (what the size of
// the answer costs, client included: autocannon parses every answer on the same machine).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const body = JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } });

const BARE = `
const http = require('node:http');
const gzipped = process.env.ANSWER_GZIP_BASE64;
const answer = gzipped ? Buffer.from(gzipped, 'base64') : Buffer.from(process.env.ANSWER ?? JSON.stringify({ due: '2025-02-10' }));
const headers = { 'content-type': 'application/json; charset=utf-8', ...(gzipped ? { 'content-encoding': 'gzip' } : {}) };
const s = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, headers); res.end(answer); });
});
s.listen(0, '127.0.0.1', () => process.stderr.write('http://127.0.0.1:' + s.address().port + '\\n'));
`;

/** Starts a server process; resolves with its URL (the first http:// URL on its stderr) and the process. */
function start(args, env = {}) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stderr }).on('line', (line) => {
      const url = /http:\/\/[\d.]+:\d+/.exec(line)?.[0];
      if (url) resolve({ url, child });
    });
  });
}

/**
 * Bodies that each ask another question: the decision dates of 2,000 days from 2025-01-01, taken
 * in turn, more than the service keeps (1,000 answers), so that every answer is made afresh.
 */
function freshBodies() {
  let i = 0;
  const day = (n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  return (req) => ({ ...req, body: JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: day(i++ % 2000) } }) });
}

/** autocannon's options for a target: its server's URL, the path, the method, the request headers. */
function optionsOf({ url }, { path, method = 'POST', headers = {}, fresh = false }) {
  return {
    url: url + path,
    method,
    connections: 10,
    headers,
    ...(method === 'POST' ? { body, headers: { 'content-type': 'application/json', ...headers } } : {}),
    ...(fresh ? { requests: [{ setupRequest: freshBodies() }] } : {}),
  };
}

/** One run of autocannon on a target: requests per second, p99 latency (ms), bytes per response. */
async function once(name, opts, seconds) {
  const r = await autocannon({ ...opts, duration: seconds });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, bytes: Math.round(r.throughput.total / r.requests.total) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function run() {
  console.log(
    `HTTP service: POST /v1/due beside a bare node:http server (autocannon, 10 connections; ${ROUNDS} rounds of ${SECONDS} s a target, ` +
      `the targets in turn, each ratio taken within its round; medians, range in brackets)`,
  );
  const { dueDate } = await import('../dist/index.js');
  const same = JSON.stringify(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' }));
  const serveArgs = [cli, 'serve', '--port', '0', '--log-level', 'info'];
  const servers = {
    bare: await start(['-e', BARE]),
    service: await start(serveArgs),
    // Its own process: the fresh questions would push the kept answer out of the other's memory.
    fresh: await start(serveArgs),
    bareSame: await start(['-e', BARE], { ANSWER: same }),
    bareGzip: await start(['-e', BARE], { ANSWER_GZIP_BASE64: gzipSync(same).toString('base64') }),
  };
  const gzip = { 'accept-encoding': 'gzip' };
  const targets = [
    { key: 'bare', name: 'bare node:http, constant JSON', server: 'bare', path: '/' },
    // A client that accepts gzip (curl --compressed, OkHttp and Apache HttpClient by default, .NET with AutomaticDecompression, PHP's CURLOPT_ENCODING).
    { key: 'gzip', name: 'vn-deadlines serve, POST /v1/due, gzip', server: 'service', path: '/v1/due', headers: gzip },
    { key: 'plain', name: '… a client without gzip', server: 'service', path: '/v1/due' },
    // Each request another question (no answer kept can serve it): what making a due answer costs.
    { key: 'fresh', name: '… each request a new question (gzip)', server: 'fresh', path: '/v1/due', headers: gzip, fresh: true },
    // For scale: the service's own cost on a tiny answer.
    { key: 'health', name: 'vn-deadlines serve, GET /healthz', server: 'service', path: '/healthz', method: 'GET' },
    // For scale: the bare server answering the service's own answer, as it is and gzipped.
    { key: 'bareSame', name: `bare node:http, the same ${Math.round(same.length / 1024)} KB`, server: 'bareSame', path: '/' },
    { key: 'bareGzip', name: 'bare node:http, the same gzipped', server: 'bareGzip', path: '/' },
  ];
  try {
    for (const t of targets) await once(t.name, optionsOf(servers[t.server], t), 1); // warm-up
    const runs = Object.fromEntries(targets.map((t) => [t.key, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Every other round in reverse order, so that a drift of the machine's speed weighs on both sides of a ratio.
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const t of order) runs[t.key].push(await once(t.name, optionsOf(servers[t.server], t), SECONDS));
    }
    report(targets, runs);
  } finally {
    for (const { child } of Object.values(servers)) (child.removeAllListeners('exit'), child.kill('SIGTERM'));
  }
}

/** The table and the ratios: each ratio is a median of the rounds' ratios, its range in brackets. */
function report(targets, runs) {
  for (const t of targets) {
    const r = runs[t.key];
    const rps = median(r.map((x) => x.rps));
    console.log(`  ${t.name.padEnd(40)} ${Math.round(rps).toString().padStart(7)} req/s   p99 ${median(r.map((x) => x.p99))} ms   ${r[0].bytes} B a response`);
  }
  const ratio = (a, b) => {
    const rs = runs[a].map((x, i) => x.rps / runs[b][i].rps);
    return { mid: median(rs), text: `${median(rs).toFixed(2)} [${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)}]` };
  };
  const goal = ratio('gzip', 'bare');
  // The goal is read on the client that accepts gzip: a plain client's rate is set by the ≈ 21 KB
  // answer itself, as the bare server sending it shows (last line).
  console.log(`  POST /v1/due over the bare server, a client that accepts gzip (goal ≥ 0.5): ${goal.text}${goal.mid >= 0.5 ? '' : ' — below the goal'}`);
  console.log(`  POST /v1/due over the bare server, a plain client: ${ratio('plain', 'bare').text}`);
  console.log(`  a new question each time (gzip): ${ratio('fresh', 'bare').text} of the bare server (its answers are made, not kept)`);
  console.log(`  for scale: GET /healthz ${ratio('health', 'bare').text}`);
  console.log(`  POST /v1/due over a bare server sending the same answer: ${ratio('plain', 'bareSame').text}, gzipped ${ratio('gzip', 'bareGzip').text}`);
  console.log(
    `  the bare server itself sending the due answer, over its constant JSON: ${ratio('bareSame', 'bare').text}, gzipped ${ratio('bareGzip', 'bare').text}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
