// Loaded with `node --import` by check.bench.mjs: on exit, the process reports its own peak
// resident set size on stderr, so the benchmark can read it where /usr/bin/time is missing.
if (process.env.VN_DEADLINES_RSS_PROBE) {
  process.on('exit', () => {
    process.stderr.write(`vn-deadlines-rss-probe maxRSS=${process.resourceUsage().maxRSS}\n`);
  });
}
