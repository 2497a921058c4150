// Fails when an exported function or class in packages/*/src (tests, benchmarks and private
// `_lib` helpers aside) has no `@example` in its TSDoc. Usage: node scripts/check-tsdoc-examples.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_lib' && entry.name !== 'node_modules') yield* sourceFiles(path);
    } else if (
      entry.name.endsWith('.ts') &&
      !/\.(test|bench)\.ts$/.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      yield path;
    }
  }
}

const isExported = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
const hasExample = (node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
const isFunctionLike = (init) =>
  init !== undefined && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));

const missing = [];
const packagesDir = join(root, 'packages');
for (const pkg of readdirSync(packagesDir, { withFileTypes: true })) {
  if (!pkg.isDirectory()) continue;
  let files;
  try {
    files = [...sourceFiles(join(packagesDir, pkg.name, 'src'))];
  } catch {
    continue;
  }
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const where = (node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    // Overloads share one name: one documented signature with an example is enough.
    const functions = new Map();
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) {
        const name = statement.name.text;
        const seen = functions.get(name) ?? { node: statement, example: false };
        seen.example ||= hasExample(statement);
        functions.set(name, seen);
      } else if (ts.isClassDeclaration(statement) && statement.name && isExported(statement)) {
        if (!hasExample(statement))
          missing.push(`${where(statement)} class ${statement.name.text}`);
      } else if (ts.isVariableStatement(statement) && isExported(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (
            ts.isIdentifier(declaration.name) &&
            isFunctionLike(declaration.initializer) &&
            !hasExample(statement)
          ) {
            missing.push(`${where(statement)} function ${declaration.name.text}`);
          }
        }
      }
    }
    for (const [name, { node, example }] of functions)
      if (!example) missing.push(`${where(node)} function ${name}`);
  }
}

if (missing.length > 0) {
  console.error(
    `exported functions and classes without an @example in their TSDoc (${missing.length}):`,
  );
  console.error(missing.map((m) => `  ${m}`).join('\n'));
  process.exit(1);
}
console.log('tsdoc: every exported function and class has an @example');
