/** The React hook rules are enforced by lint in the task pane: prove they fire, and that a correct component passes. */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

// As in layers.test.ts: the flat config is an ES module, so the real CLI runs on stdin.
function ruleIds(code: string, file: string): string[] {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

// An effect that reads `sheet` but does not name it: it would keep the first sheet's value.
const STALE = `import * as React from 'react';
export function Pane(props: { sheet: string; read: (s: string) => void }): React.ReactElement {
  React.useEffect(() => {
    props.read(props.sheet);
  }, []);
  return <p>{props.sheet}</p>;
}
`;

// A hook called only sometimes: React would mix up the component's state between renders.
const CONDITIONAL = `import * as React from 'react';
export function Pane(props: { open: boolean }): React.ReactElement {
  if (props.open) {
    const [n] = React.useState(0);
    return <p>{n}</p>;
  }
  return <p />;
}
`;

const FINE = `import * as React from 'react';
export function Pane(props: { sheet: string; read: (s: string) => void }): React.ReactElement {
  const { sheet, read } = props;
  React.useEffect(() => {
    read(sheet);
  }, [read, sheet]);
  return <p>{sheet}</p>;
}
`;

describe('React hook rules in src/taskpane (eslint.config.mjs)', () => {
  it('rejects an effect with missing dependencies', () => {
    expect(ruleIds(STALE, 'src/taskpane/components/Bad.tsx')).toContain('react-hooks/exhaustive-deps');
  });

  it('rejects a hook called conditionally', () => {
    expect(ruleIds(CONDITIONAL, 'src/taskpane/Bad.tsx')).toContain('react-hooks/rules-of-hooks');
  });

  it('accepts a component that names what its effect reads', () => {
    expect(ruleIds(FINE, 'src/taskpane/Fine.tsx')).toEqual([]);
  });
});
