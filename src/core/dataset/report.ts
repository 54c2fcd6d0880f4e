import type { PathKey } from './locate';
import type { ProblemCode, ProblemParamsArg } from './problems';

/** Receives one problem found in the dataset: where it is, its code and the code's parameters. */
export type Report = <C extends ProblemCode>(
  path: PathKey[],
  code: C,
  ...params: ProblemParamsArg<C>
) => void;
