import type { PathKey } from './locate';

/** Receives one problem found in the dataset: where it is, and what is wrong. */
export type Report = (path: PathKey[], message: string) => void;
