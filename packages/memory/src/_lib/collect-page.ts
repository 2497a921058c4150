import type { Page } from '@kabinet/ports';

/**
 * A keyset page over a sorted id index: walks `ids` from index `start` by `step`, keeps what
 * `pick` returns for each id (`undefined` skips it) until `limit` are kept, and names the last
 * kept id as the cursor when another would follow.
 */
export function collectPage<T extends { readonly id: string }>(
  ids: readonly string[],
  start: number,
  step: 1 | -1,
  limit: number,
  pick: (id: string) => T | undefined,
): Page<T> {
  const items: T[] = [];
  let hasMore = false;
  for (let i = start; i >= 0 && i < ids.length; i += step) {
    const item = pick(ids[i]!);
    if (item === undefined) continue;
    if (items.length === limit) {
      hasMore = true;
      break;
    }
    items.push(item);
  }
  const last = items.at(-1);
  return hasMore && last !== undefined ? { items, nextCursor: last.id } : { items };
}
