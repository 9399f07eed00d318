// The bodies of the yearly look back (docs/protocol-together.md §6): a coordinator's survey,
// a member's "I took part", and an anonymous answer written by a key used once.
import { bytes, int, list, oneOf, type Reader, record, ShapeError, text, time } from '../shape.ts';
import { id, seen } from './fields.ts';

/** The kinds of question: a scale of 1 to 5, yes or no, or one of 2 to 6 choices. */
export const questionKinds = ['scale', 'yes-no', 'choice'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const maxQuestions = 10;
export const minChoices = 2;
export const maxChoices = 6;

export interface SurveyQuestion {
  text: string;
  kind: QuestionKind;
  /** The choices of a `choice` question (2–6); none for the other kinds. */
  choices: string[];
}

/**
 * The numbers an answer to a question may be: a scale 1–5, yes-no 0 (no) or 1 (yes), a
 * choice the index of one of its choices.
 */
export function answerRange(question: SurveyQuestion): { min: number; max: number } {
  if (question.kind === 'scale') return { min: 1, max: 5 };
  if (question.kind === 'yes-no') return { min: 0, max: 1 };
  return { min: 0, max: question.choices.length - 1 };
}

const question: Reader<SurveyQuestion> = (value, path) => {
  const read = record<SurveyQuestion>({
    text: text(200, 1),
    kind: oneOf(...questionKinds),
    choices: list(text(60, 1), maxChoices),
  })(value, path);
  const wanted = read.kind === 'choice';
  if (wanted && read.choices.length < minChoices)
    throw new ShapeError(`${path}.choices`, 'too-short', `fewer than ${minChoices} choices`, { min: minChoices });
  if (!wanted && read.choices.length > 0) throw new ShapeError(`${path}.choices`, 'too-long', 'choices', { max: 0 });
  return read;
};

const questions: Reader<SurveyQuestion[]> = (value, path) => {
  const read = list(question, maxQuestions)(value, path);
  if (read.length === 0) throw new ShapeError(path, 'too-short', 'no questions', { min: 1 });
  return read;
};

export interface SurveyBodies {
  /** A look back with the members (together §6): open for answers from `opens` to `closes`. */
  survey: { title: string; questions: SurveyQuestion[]; opens: number; closes: number; seen: Uint8Array[] };
  /** "I took part" in a survey; one per member counts. */
  answered: { survey: Uint8Array };
  /**
   * An anonymous answer, by a key used once: one number per question, in its range, and a
   * proof of work (src/core/answerWork.ts).
   */
  'survey-answer': { survey: Uint8Array; answers: number[]; work: Uint8Array };
}

export const surveyBodyReaders: { [T in keyof SurveyBodies]: Reader<SurveyBodies[T]> } = {
  survey: (value, path) => {
    const read = record<SurveyBodies['survey']>({ title: text(120, 1), questions, opens: time, closes: time, seen })(
      value,
      path,
    );
    if (read.closes <= read.opens) throw new ShapeError(`${path}.closes`, 'range', 'not after opens');
    return read;
  },
  answered: record({ survey: id }),
  'survey-answer': record({ survey: id, answers: list(int(0, 5), maxQuestions), work: bytes(8) }),
};
