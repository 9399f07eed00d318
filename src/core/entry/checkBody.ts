// Checks a body a person is about to sign, with the same readers every peer uses, so a
// form can say which field is wrong before anything is written.
import { type Bodies, bodyReaders, type EntryType } from './bodies.ts';
import { ShapeError, type ShapeProblem } from './shape.ts';

export interface FieldProblem {
  /** The field's name in the body, e.g. "title". */
  field: string;
  problem: ShapeProblem;
  min: number | undefined;
  max: number | undefined;
}

export function checkBody<T extends EntryType>(type: T, body: Bodies[T]): FieldProblem | null {
  try {
    bodyReaders[type](body, 'body');
    return null;
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const field = error.path.replace(/^body\.?/, '').split(/[.[]/)[0] ?? '';
    return { field, problem: error.problem, min: error.min, max: error.max };
  }
}
