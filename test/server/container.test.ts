/**
 * The Dockerfile and compose.yaml, by their facts (there is no Docker daemon on the test
 * machines, so the image is not built here): a slim Node 20 base, a user other than root, a
 * HEALTHCHECK on /healthz, CMD running `serve` from the installed package's bin, the exposed
 * port the one the service listens on and compose publishes, and the optional packages `serve`
 * needs installed at the versions package.json asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/doc-code.js';

const docker = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
const lines = docker.split('\n').filter((l) => !l.trim().startsWith('#') && l.trim());
const instr = (name: string) =>
  lines
    .filter((l) =>
      l
        .trim()
        .toUpperCase()
        .startsWith(name + ' '),
    )
    .map((l) =>
      l
        .trim()
        .slice(name.length + 1)
        .trim(),
    );
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; peerDependencies: Record<string, string> };
const compose = readFileSync(join(root, 'compose.yaml'), 'utf8');

describe('Dockerfile', () => {
  const final = docker.slice(docker.lastIndexOf('\nFROM '));
  it('runs on node:20-slim as a user other than root', () => {
    expect(instr('FROM').at(-1)).toBe('node:20-slim');
    const users = final.split('\n').filter((l) => l.startsWith('USER '));
    expect(users).toEqual(['USER node']);
  });

  it('runs `serve` from the installed package, and has a HEALTHCHECK on /healthz', () => {
    const cmd = JSON.parse(instr('CMD').at(-1)!) as string[];
    expect(cmd).toEqual(['node', `node_modules/vn-deadlines/${pkg.bin['vn-deadlines'].replace('./', '')}`, 'serve']);
    expect(instr('HEALTHCHECK')).toHaveLength(1);
    expect(instr('HEALTHCHECK')[0]).toMatch(/CMD .*\/healthz/);
  });

  it('exposes the port the service listens on (VN_DEADLINES_PORT), on every interface, and compose publishes it', () => {
    const port = /VN_DEADLINES_PORT=(\d+)/.exec(docker)?.[1];
    expect(port).toBe('8080');
    expect(instr('EXPOSE')).toEqual([port]);
    expect(docker).toContain('VN_DEADLINES_HOST=0.0.0.0');
    expect(compose).toMatch(new RegExp(`- '\\d+:${port}'`));
  });

  it("installs the optional packages serve needs, at package.json's peer ranges", () => {
    for (const [name, range] of Object.entries(pkg.peerDependencies)) expect(final).toContain(` ${name}@${range}`);
  });
});
