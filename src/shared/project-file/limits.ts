// Hard limits for reading project files. A real project with 100+ interviews
// and an embedded logo stays far below these; anything above is not ours.

/** Largest file we try to open (checked on disk before reading). */
export const MAX_PROJECT_FILE_BYTES = 64 * 1024 * 1024;

/** Deepest nesting of JSON arrays/objects we accept; deep rich-text lists stay well under. */
export const MAX_JSON_DEPTH = 200;
