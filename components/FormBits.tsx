import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import type { PackProblem } from '@/lib/engine';
import styles from './FormBits.module.css';

/** Problems of the rule being edited, so each field can show its own ("when.all[0]…"). */
export const ProblemsContext = createContext<readonly PackProblem[]>([]);

export function FieldProblems({ path, exact = false }: { path: string; exact?: boolean }) {
  const problems = useContext(ProblemsContext).filter((p) => (exact ? p.path === path : p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)));
  if (problems.length === 0) return null;
  return (
    <ul className={styles.problems} data-testid="field-problem">
      {problems.map((p, i) => <li key={i}>{p.message}</li>)}
    </ul>
  );
}

export function Field({ label, path, children, hint }: { label: string; path?: string; children: (id: string) => ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small className="muted">{hint}</small>}
      {path !== undefined && <FieldProblems path={path} exact />}
    </div>
  );
}

const toList = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

/**
 * One item per line. Keeps its own text while typing so an empty new line is not eaten by
 * the round trip through the rule's JSON.
 */
export function ListInput({ id, value, onChange, rows = 3, testId, disabled }: { id?: string; value: readonly string[] | undefined; onChange: (list: string[] | undefined) => void; rows?: number; testId?: string; disabled?: boolean }) {
  const [text, setText] = useState((value ?? []).join('\n'));
  useEffect(() => {
    if (toList(text).join('\n') !== (value ?? []).join('\n')) setText((value ?? []).join('\n'));
    // Only an outside change (the JSON editor, a revert) should replace what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <textarea
      id={id} rows={rows} value={text} disabled={disabled} data-testid={testId}
      onChange={(e) => {
        setText(e.target.value);
        const list = toList(e.target.value);
        onChange(list.length ? list : undefined);
      }}
    />
  );
}

export function NumberInput({ id, value, onChange, min, testId, disabled }: { id?: string; value: number | undefined; onChange: (n: number | undefined) => void; min?: number; testId?: string; disabled?: boolean }) {
  return (
    <input
      id={id} type="number" min={min} value={value ?? ''} disabled={disabled} data-testid={testId}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}

/** Drops keys whose value is undefined, so the JSON stays as small as the lead wrote it. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
