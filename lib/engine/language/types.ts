/**
 * The value of each `when` condition and each `check` kind, by key. Each kind's own file adds
 * its entry (`declare module '../language/types'`), and the registries must hold a record for
 * every key here, so a kind that is declared but not registered does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each condition's file
export interface WhenValues {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each check's file
export interface CheckValues {}

/** Exactly one key of `Values` per object: a union the compiler can check case by case. */
type OneOf<Values> = {
  [K in keyof Values]: { [P in K]: Values[P] } & { [P in Exclude<keyof Values, K>]?: never };
}[keyof Values];

export type When = OneOf<WhenValues>;
export type Check = OneOf<CheckValues>;
export type WhenKey = keyof WhenValues & string;
export type CheckKey = keyof CheckValues & string;
