// Runs one benchmark file and prints its figures as the last stdout line (see scripts/bench.mjs).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const file = process.argv[2];
if (!file) throw new Error('bench-one: no benchmark file given');
const mod = (await import(pathToFileURL(resolve(file)).href)) as {
  default: () => Promise<Record<string, number>>;
};
const figures = await mod.default();
console.log(JSON.stringify(figures));
