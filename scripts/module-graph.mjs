// Reads dependency-cruiser's JSON result (`depcruise src --config .dependency-cruiser.cjs
// --output-type json`) on stdin, prints the rules it broke, and checks the one rule its rule
// language cannot say exactly: no cycle between the folders of src/modules/ taken whole.
// (A folder-scoped rule sees src/modules/claims/dto as a folder of its own, so claims -> ingestion
// and ingestion -> claims/dto is no cycle to it; here every file counts for its top module folder.)
// `--graph` prints the module graph instead (ARCHITECTURE.md shows it). Exit 1 on any finding.
import { readFileSync } from 'node:fs';

const input = readFileSync(0, 'utf8');
if (!input.trim()) {
  console.log('dependency-cruiser gave no result (its error is above)');
  process.exit(1);
}
const result = JSON.parse(input);
const unitOf = (path) => {
  const m = /^src\/(modules\/[^/]+|[^/]+)(\/|$)/.exec(path);
  if (!m) return null;
  return m[2] === '/' ? m[1] : 'root';
};

const edges = new Map();
for (const mod of result.modules) {
  const from = unitOf(mod.source);
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = unitOf(dep.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const targets = edges.get(from);
    targets.set(to, [...(targets.get(to) ?? []), `${mod.source} -> ${dep.resolved}`]);
  }
}

if (process.argv.includes('--graph')) {
  for (const [from, targets] of [...edges].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${from} -> ${[...targets.keys()].sort().join(', ')}`);
  process.exit(0);
}

// Tarjan's strongly connected components over the module folders; a component of two or more
// is a cycle.
const isModule = (unit) => unit.startsWith('modules/');
const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])])].filter(isModule);
const index = new Map(), low = new Map(), onStack = new Set(), stack = [], components = [];
let counter = 0;
const visit = (v) => {
  index.set(v, counter); low.set(v, counter); counter++;
  stack.push(v); onStack.add(v);
  for (const w of (edges.get(v)?.keys() ?? [])) {
    if (!isModule(w)) continue;
    if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  }
};
for (const v of nodes) if (!index.has(v)) visit(v);

const violations = (result.summary.violations ?? []).filter((v) => v.rule.severity === 'error');
for (const v of violations)
  console.log(`${v.rule.name}: ${[v.from, ...(v.cycle ? v.cycle.map((c) => c.name ?? c) : [v.to])].join(' -> ')}`);
for (const component of components) {
  console.log(`module cycle: ${component.join(' <-> ')}`);
  for (const from of component)
    for (const [to, imports] of edges.get(from) ?? [])
      if (component.includes(to)) console.log(`  ${imports[0]}${imports.length > 1 ? ` (and ${imports.length - 1} more)` : ''}`);
}
const total = violations.length + components.length;
console.log(`${result.summary.totalCruised} files cruised: ${violations.length} rule violation(s), ${components.length} module cycle(s)`);
process.exit(total === 0 ? 0 : 1);
