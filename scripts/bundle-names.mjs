/**
 * esbuild's `keepNames` wraps every named function and class of the bundle in a call to its
 * `__name(fn, "name")` helper, which redefines `fn.name`. That is needed where bundling renamed a
 * top-level symbol (two modules' `class Type` become `Type` and `Type10`, and GraphQL type names and
 * Nest tokens come from class names). Everywhere else it only costs: a closure created per call
 * (pg's per-value parsers, helmet's per-request middlewares, Apollo's and our own callbacks) gets
 * its `name` redefined every time, about 70 redefinitions per GraphQL request, which made the
 * bundled server use ~30% more CPU per uncached GraphQL request than the same code unbundled
 * (BENCHMARKS.md).
 *
 * `dropRedundantNames` removes exactly the calls whose name JavaScript itself gives the function:
 * - `__name(f, "f");` statements (a declaration whose identifier was not renamed) become `;`;
 * - `__name(expression, "x")` becomes `(expression)` when the expression's own name is `x`
 *   (`function x() {}`, `class x {}`), or when it is anonymous and stands where the language
 *   names it `x`: `var x = …`, `x = …`, `{ x: … }`, a class field `x = …`, a default `x = …`.
 * - `static { __name(this, "X"); }` goes when the class is named X by the language.
 * Renamed symbols (`__name(Type10, "Type")`) and every other position keep the call, so every
 * function and class has the same `name` as with the calls.
 *
 * Removed text is replaced by spaces, so every position in the file, and so the source map, stays
 * as esbuild wrote it.
 */
import { parse } from 'acorn';

const FUNCTION_TYPES = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression']);

/** `static { __name(this, "X"); }` of a class the language already names X: the block, or undefined. */
function redundantStaticBlock(call, up, label) {
  const statement = up.node;
  const block = up.up?.node;
  const classNode = up.up?.up?.up?.node;
  if (call.arguments[0].type !== 'ThisExpression' || statement.type !== 'ExpressionStatement' || block?.type !== 'StaticBlock' || block.body.length !== 1) return undefined;
  if (classNode?.type === 'ClassDeclaration') return !hasStaticName(classNode) && classNode.id?.name === label ? block : undefined;
  if (classNode?.type === 'ClassExpression') return implicitName(classNode, classNode, up.up.up.up.up?.node ?? {}) === label ? block : undefined;
  return undefined;
}

/** Whether a class has a static member called `name`, which keepNames' call overwrote and the language does not. */
const hasStaticName = (classNode) => classNode.body.body.some((member) => member.static && !member.computed && (member.key?.name === 'name' || member.key?.value === 'name'));

/** The name a function or class expression gets from the language where `call` stands in `parent`, or undefined. */
function implicitName(expression, call, parent) {
  if (expression.type.startsWith('Class') && hasStaticName(expression)) return undefined;
  if (expression.id) return expression.id.name;
  const keyName = (key, computed) => (computed ? undefined : key.type === 'Identifier' ? key.name : key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined);
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === call && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'AssignmentExpression':
      return parent.operator === '=' && parent.right === call && parent.left.type === 'Identifier' ? parent.left.name : undefined;
    case 'AssignmentPattern':
      return parent.right === call && parent.left.type === 'Identifier' ? parent.left.name : undefined;
    case 'Property': {
      if (parent.value !== call || parent.kind !== 'init' || parent.method || parent.shorthand) return undefined;
      const name = keyName(parent.key, parent.computed);
      // `{ __proto__: value }` sets the prototype instead of naming anything.
      return name === '__proto__' ? undefined : name;
    }
    case 'PropertyDefinition':
      return parent.value === call ? keyName(parent.key, parent.computed) : undefined;
    default:
      return undefined;
  }
}

/** Calls `visit(node, up)` for every node under `root`, `up` being its chain of ancestors ({ node, up }); without recursion (the bundle's tree is deep). */
function walk(root, visit) {
  const stack = [[root, null]];
  while (stack.length) {
    const [node, up] = stack.pop();
    visit(node, up);
    const chain = { node, up };
    for (const key in node) {
      const value = node[key];
      if (key === 'type' || value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (value[i] && typeof value[i].type === 'string') stack.push([value[i], chain]);
      } else if (typeof value.type === 'string') {
        stack.push([value, chain]);
      }
    }
  }
}

/**
 * `code` (an esbuild bundle built with keepNames) without the redundant `__name` calls, and how
 * many calls were removed and kept. Throws if the result does not parse.
 */
export function dropRedundantNames(code) {
  const helper = /\bvar (__name\d*) ?= ?\(target, ?value\) ?=> ?__defProp\d*\(target, ?"name", ?\{ ?value, ?configurable: ?(?:true|!0) ?\}\)/.exec(code);
  if (!helper) {
    if (/\b__name\d*\(/.test(code)) throw new Error("bundle-names: the bundle calls __name but its definition is not esbuild's as known here; update scripts/bundle-names.mjs");
    return { code, removed: 0, kept: 0 };
  }
  const helperName = helper[1];
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const blanks = [];
  let kept = 0;
  let removed = 0;
  walk(ast, (node, up) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== helperName || node.arguments.length !== 2) return;
    const [target, label] = node.arguments;
    if (label.type !== 'Literal' || typeof label.value !== 'string') return;
    const parent = up.node;
    const staticBlock = redundantStaticBlock(node, up, label.value);
    removed++;
    if (staticBlock) {
      blanks.push({ start: staticBlock.start, end: staticBlock.end, text: '' });
    } else if (parent.type === 'ExpressionStatement' && target.type === 'Identifier' && target.name === label.value) {
      // `;` keeps a statement where one is required (`if (a) __name(f, "f");`).
      blanks.push({ start: parent.start, end: parent.end, text: ';' });
    } else if (FUNCTION_TYPES.has(target.type) && implicitName(target, node, parent) === label.value) {
      // `__name((fn), "x")` becomes `      ((fn)     )`: the call's parentheses stay, so the
      // expression is valid wherever the call was (`__name(function f() {}, "f")()` must not
      // turn into a declaration), and the language names a parenthesized function as a bare one.
      const comma = code.lastIndexOf(',', label.start);
      if (comma < target.end) throw new Error(`bundle-names: no comma between the arguments of the call at ${node.start}`);
      blanks.push({ start: node.callee.start, end: node.callee.end, text: '' }, { start: comma, end: node.end - 1, text: '' });
    } else {
      removed--;
      kept++;
    }
  });
  blanks.sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const blank of blanks) {
    // Line breaks inside a removed span stay, so every later line and column is where it was.
    const removed = code.slice(blank.start, blank.end);
    parts.push(code.slice(at, blank.start), blank.text, removed.slice(blank.text.length).replace(/[^\n]/g, ' '));
    at = blank.end;
  }
  parts.push(code.slice(at));
  const result = parts.join('');
  parse(result, { ecmaVersion: 'latest', sourceType: 'module' });
  return { code: result, removed, kept };
}
