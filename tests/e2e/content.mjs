// Reads the answer keys from the shipped exercise files, so the tests answer
// what the files say (a tiny reader for the simple layout these files use).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

/** The file as { top: {key: value}, tables: [{name, fields}] }. */
export function readExercise(module, id) {
  const text = readFileSync(join(root, 'exercises', module, `${id}.toml`), 'utf8');
  const out = { top: {}, tables: [] };
  let current = out.top;
  for (const line of text.split('\n')) {
    const header = line.match(/^\[\[(\w+)\]\]\s*$/);
    if (header) {
      current = {};
      out.tables.push({ name: header[1], fields: current });
      continue;
    }
    const kv = line.match(/^([\w.]+)\s*=\s*(.*)$/);
    if (kv) {
      let v = kv[2].trim();
      if (v.startsWith('"')) v = JSON.parse(v.replace(/\s+#.*$/, ''));
      else if (v === 'true' || v === 'false') v = v === 'true';
      current[kv[1]] = v;
    }
  }
  return out;
}

export const tablesOf = (ex, name) => ex.tables.filter((t) => t.name === name).map((t) => t.fields);

/** The exercise ids a module lists in its module.toml, in order. */
export function exercisesOf(module) {
  const text = readFileSync(join(root, 'exercises', module, 'module.toml'), 'utf8');
  // One line or several, with or without a comma after the last id.
  const list = text.match(/^exercises\s*=\s*(\[[^\]]*\])/m)[1];
  return JSON.parse(list.replace(/,\s*\]$/, ']'));
}
