// `npm run bench`: every benchmark, each printing its figures beside its baselines.
import { readdirSync } from 'node:fs';

const dir = new URL('.', import.meta.url);
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  const mod = await import(new URL(f, dir).href);
  await mod.run();
  console.log('');
}
// The HTTP service beside a bare node:http server (servers in processes of their own).
await (await import(new URL('server.mjs', dir).href)).run();
