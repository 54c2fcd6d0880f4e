import type { Dataset } from '../types';
import type { Report } from './report';

/** Reports every id that repeats an earlier one in the same list. Reports nothing when all ids are unique. */
function checkListIds(items: readonly { id: string }[], list: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, index);
    else report([list, index, 'id'], 'duplicate-id', { first: `${list}[${earlier}]` });
  });
}

/**
 * Checks that ids are unique within estimators, claims and misreadings.
 * Reports nothing when they are.
 */
export function checkUniqueIds(dataset: Dataset, report: Report): void {
  checkListIds(dataset.estimators, 'estimators', report);
  checkListIds(dataset.claims, 'claims', report);
  checkListIds(dataset.misreadings, 'misreadings', report);
}
