// The shape of one named migration step between two adjacent format versions.
// Migrations work on unknown data (the file may be damaged or hand-edited):
// they convert what has the old shape and leave the rest for validation.

export interface Migration {
  /** Stable name, also the fixture name: tests/fixtures/migrations/<id>.before|after.json. */
  id: string;
  from: number;
  to: number;
  /** Returns a new value; never mutates its input. */
  migrate(project: unknown): unknown;
}
