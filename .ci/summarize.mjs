#!/usr/bin/env node
/**
 * The last step of .ci/run: reads jest's --json results of each phase and prints
 * - every skipped test (pending or todo), with the reason it is allowed, or NOT ALLOWED;
 * - the final line `N passed, N failed, N skipped`.
 * A skip is allowed only when .ci/allowed-skips.json names its file (and its full name, when the
 * entry gives one) for that phase. An unallowed skip, a failed test, a suite that could not run
 * and a phase without results each count as a failure; the exit status is 1 when any did.
 *
 * Usage: node .ci/summarize.mjs [--allowed <allow-list.json>] [--root <repo>] <phase>=<results.json>...
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIPPED = new Set(['pending', 'todo', 'skipped', 'disabled']);

/** The allow-list's entries, checked: each names a file, its phases and a reason. */
export function readAllowList(file) {
  const { skips } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(skips)) throw new Error(`${file}: "skips" must be a list`);
  for (const [i, entry] of skips.entries()) {
    const ok = typeof entry?.file === 'string' && Array.isArray(entry.phases) && entry.phases.length > 0 && typeof entry.reason === 'string' && entry.reason.trim() !== '';
    if (!ok) throw new Error(`${file}: entry ${i} needs "file", "phases" (non-empty) and "reason"`);
  }
  return skips;
}

/**
 * Sums the phases' results. `phases`: [{ phase, results (jest's --json object, or undefined when
 * the file is missing) }]. Returns the counts, the skipped tests with the entry that allows each
 * (or none), and the problems (missing results) found on the way.
 */
export function summarize(phases, allowList, root) {
  let passed = 0;
  let failed = 0;
  const skipped = [];
  const problems = [];
  for (const { phase, results } of phases) {
    if (!results) {
      failed += 1;
      problems.push(`${phase}: no results (the phase did not finish)`);
      continue;
    }
    passed += results.numPassedTests;
    failed += results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
    let listed = 0;
    for (const suite of results.testResults ?? []) {
      const file = path.relative(root, suite.name).split(path.sep).join('/');
      for (const test of suite.assertionResults ?? []) {
        if (!SKIPPED.has(test.status)) continue;
        listed += 1;
        const allowedBy = allowList.find((entry) => entry.file === file && entry.phases.includes(phase) && (entry.test === undefined || entry.test === test.fullName));
        skipped.push({ phase, file, name: test.fullName, status: test.status, allowedBy });
      }
    }
    // Skips jest counted but did not name (never seen; counted so that none slips through).
    const counted = (results.numPendingTests || 0) + (results.numTodoTests || 0);
    if (counted > listed) {
      for (let i = listed; i < counted; i++) skipped.push({ phase, file: '?', name: '(a skipped test jest did not name)', status: 'pending', allowedBy: undefined });
    }
  }
  const notAllowed = skipped.filter((s) => !s.allowedBy).length;
  return { passed, failed: failed + notAllowed, skipped: skipped.length, skips: skipped, notAllowed, problems };
}

export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

function main(argv) {
  let allowed = path.join(path.dirname(fileURLToPath(import.meta.url)), 'allowed-skips.json');
  let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const phases = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--allowed') allowed = argv[++i];
    else if (argv[i] === '--root') root = path.resolve(argv[++i]);
    else {
      const [phase, file] = argv[i].split(/=(.*)/s);
      if (!phase || !file) throw new Error(`expected <phase>=<results.json>, got '${argv[i]}'`);
      phases.push({ phase, results: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined });
    }
  }
  const summary = summarize(phases, readAllowList(allowed), root);
  for (const problem of summary.problems) console.log(problem);
  if (summary.skips.length) console.log('Skipped tests:');
  for (const s of summary.skips) {
    const why = s.allowedBy ? `allowed: ${s.allowedBy.reason}` : `NOT ALLOWED (not in ${path.relative(process.cwd(), allowed) || allowed} for phase ${s.phase})`;
    console.log(`  [${s.phase}] ${s.file} › ${s.name} (${s.status}) — ${why}`);
  }
  if (summary.notAllowed) console.log(`${summary.notAllowed} skipped test(s) not in the allow-list: each counts as failed`);
  console.log(formatSummary(summary));
  return summary.failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
    console.log('0 passed, 1 failed, 0 skipped');
    process.exitCode = 1;
  }
}
