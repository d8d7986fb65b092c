// The linebreak package (UAX #14 line break opportunities) ships no types.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: a line may end before `position`; `required` for hard breaks. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
