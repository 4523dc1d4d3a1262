import { MAX_PROBLEMS_LISTED } from './limits';

/** The first items of a long list to show one by one, and how many more there are. */
export function firstOf<T>(items: readonly T[], max: number = MAX_PROBLEMS_LISTED): { shown: T[]; more: number } {
  return items.length <= max ? { shown: [...items], more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}
