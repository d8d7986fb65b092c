// The one bridge contract between the renderer and the main-process services.
// Main implements AppApi as one object; Electron's IPC and the browser test host
// both carry exactly these methods. Arguments and results are plain JSON.
// No channel string exists anywhere else in the code base.

import { z } from 'zod';
import { LanguageSchema, type Language } from './language';
import { ProjectSchema, type Project } from './model/project';
import type { SerializedError } from './errors';

export const IPC_PREFIX = 'drijfveer:';
export const EVENT_CHANNEL = `${IPC_PREFIX}event`;
export const channelFor = (method: ApiMethod): string => `${IPC_PREFIX}${method}`;

/** Why a document cannot be edited, or null when it can. */
export type ReadOnlyReason = 'newer-version' | 'delivered' | 'review-copy';

/** What main knows about one open document. docId is a session handle, not the project id. */
export interface DocumentInfo {
  docId: string;
  /** Absolute path of the file, or null for a project that was never saved. */
  path: string | null;
  /** File name for the title bar; null when never saved. */
  fileName: string | null;
  readOnly: ReadOnlyReason | null;
  /** Format version found in the file before migration (current version for new projects). */
  fileFormatVersion: number;
  /** Set when the file was migrated from an older format on open. */
  migratedFrom: number | null;
}

/** What main found when it opened a delivered file: who delivered it, and whether the content still matches its fingerprint. */
export interface DeliveryCheckInfo {
  deliveredAt: string;
  deliveredBy: string;
  verified: boolean;
}

export interface OpenedProject {
  doc: DocumentInfo;
  project: Project;
  /** Set for a delivered project; absent or null otherwise. */
  delivery?: DeliveryCheckInfo | null;
}

/** Review copies the user picked to merge: the ones of this project, and the files refused with their reason. */
export interface ReviewCopyPick {
  copies: { fileName: string; project: Project }[];
  refused: { fileName: string; error: SerializedError }[];
}

/** One comment read from a Word document a reviewer annotated (the renderer places it). */
export interface DocxReviewComment {
  /** Word's comment id (w:id), unique within the document. */
  wordId: string;
  author: string;
  initials: string;
  /** ISO timestamp, '' when the document has none. */
  date: string;
  body: string;
  /** The commented text. */
  quote: string;
  /** The item bookmark ("item_…") the comment lies in or follows within its section; null when none. */
  itemBookmark: string | null;
  /** The report section bookmark ("sec_…") the comment lies in; null on the title page or contents. */
  sectionBookmark: string | null;
  /** Word id of the comment this one replies to; null for the start of a thread. */
  parentWordId: string | null;
  /** Marked done (resolved) in Word. */
  done: boolean;
}

/** The comments of one Word document picked for import. */
export interface DocxReviewImport {
  fileName: string;
  comments: DocxReviewComment[];
}

export interface DeliveryOutcome {
  /** Absolute path of the delivered file. */
  path: string;
  fileName: string;
  deliveredAt: string;
  /** Lower-case hex SHA-256 recorded in the file. */
  fingerprint: string;
}

export interface SaveOutcome {
  doc: DocumentInfo;
  /** ISO timestamp of the completed write. */
  savedAt: string;
  bytes: number;
}

/** A report file format. */
export type ExportFormat = 'docx' | 'pdf';

export interface ExportOutcome {
  /** Absolute path of the written file. */
  path: string;
  /** Size of the written file. */
  bytes: number;
  format: ExportFormat;
}

/** The report as PDF for the on-screen preview. */
export interface PdfPreview {
  /** The PDF bytes, base64 (the bridge carries plain JSON). */
  pdfBase64: string;
  pageCount?: number;
}

export interface RecentFile {
  path: string;
  fileName: string;
  title: string;
  openedAt: string;
  exists: boolean;
}

export interface RecoveryEntry {
  id: string;
  /** The file the recovered work belongs to, or null for a never-saved project. */
  path: string | null;
  title: string;
  savedAt: string;
}

export interface AuthorIdentity {
  name: string;
  role: string;
}

export interface Preferences {
  language: Language;
  /** Who writes comments on this machine; kept out of project files. */
  author: AuthorIdentity | null;
}

export interface AppInfo {
  appVersion: string;
  formatVersion: number;
  host: 'electron' | 'web';
  platform: string;
}

export type MenuCommand =
  | 'new'
  | 'open'
  | 'open-sample'
  | 'save'
  | 'save-as'
  | 'close'
  | 'undo'
  | 'redo'
  | 'find'
  | 'export-docx'
  | 'export-pdf'
  | 'send-for-review'
  | 'merge-review'
  | 'import-review-docx'
  | 'deliver'
  | 'toggle-comments'
  | 'about';

/** Messages from main to the renderer. */
export type AppEvent =
  | { type: 'menu'; command: MenuCommand }
  | { type: 'open-file'; path: string }
  | { type: 'language-changed'; language: Language }
  /** How far a running export is, from 0 to 1. */
  | { type: 'export-progress'; fraction: number };

export interface AppApi {
  getAppInfo(): Promise<AppInfo>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: Partial<Preferences>): Promise<Preferences>;

  newProject(args: { language: Language }): Promise<OpenedProject>;
  openProject(args: { path: string }): Promise<OpenedProject>;
  /** Shows the host's open dialog; null when the user cancels. */
  showOpenDialog(): Promise<OpenedProject | null>;
  openSample(args: { language: Language }): Promise<OpenedProject>;
  /**
   * Writes to the document's own path. Fails with FILE_CHANGED_ON_DISK when the
   * file changed since it was opened or last saved, unless overwriteExternalChanges.
   */
  saveProject(args: { docId: string; project: Project; overwriteExternalChanges?: boolean }): Promise<SaveOutcome>;
  /** Shows the host's save dialog; null when the user cancels. */
  saveProjectAs(args: { docId: string; project: Project }): Promise<SaveOutcome | null>;
  closeProject(args: { docId: string }): Promise<void>;
  /** Title bar text and the unsaved marker; main asks before closing a dirty window. */
  setDocumentState(args: { docId: string | null; dirty: boolean; title: string }): Promise<void>;

  listRecentFiles(): Promise<RecentFile[]>;
  removeRecentFile(args: { path: string }): Promise<RecentFile[]>;

  writeRecovery(args: { docId: string; project: Project }): Promise<void>;
  listRecoveries(): Promise<RecoveryEntry[]>;
  restoreRecovery(args: { id: string }): Promise<OpenedProject>;
  discardRecovery(args: { id: string }): Promise<void>;

  /** Opens an http(s)/mailto link in the system browser after the user confirms. */
  openExternalLink(args: { url: string }): Promise<boolean>;

  /**
   * Builds the report and writes it where the user chooses in the host's save
   * dialog; null when the user cancels. Emits `export-progress` events meanwhile.
   */
  exportReport(args: { docId: string; project: Project; format: ExportFormat; language: Language }): Promise<ExportOutcome | null>;
  /** Opens a file exported in this session with the system's default program. */
  openExportedFile(args: { path: string }): Promise<void>;
  /** Shows a file exported in this session in the system's file manager. */
  showInFolder(args: { path: string }): Promise<void>;
  /**
   * Builds the PDF of the report in memory for the Report step's preview (never
   * writes a file); emits the same `export-progress` events as an export.
   */
  previewReport(args: { project: Project; language: Language }): Promise<PdfPreview>;

  /** Writes a review copy of the project where the user chooses; its path, or null when cancelled. */
  sendForReview(args: { docId: string; project: Project; note: string }): Promise<string | null>;
  /** Lets the user pick returned review copies (several at once); null when cancelled. */
  pickReviewCopies(args: { projectId: string }): Promise<ReviewCopyPick | null>;
  /** Writes the delivered (pseudonymised, fingerprinted) file where the user chooses; the open document is not changed. */
  deliverProject(args: { docId: string; project: Project; deliverer: string }): Promise<DeliveryOutcome | null>;
  /** Lets the user pick a Word document a reviewer annotated and reads its comments; null when cancelled. */
  importReviewDocx(args: { docId: string }): Promise<DocxReviewImport | null>;
}

export type ApiMethod = keyof AppApi;

const docId = z.string().min(1).max(100);
const filePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains NUL');

/**
 * Argument schemas, one tuple per method. `satisfies` makes a method that is
 * missing here, or whose arguments differ from AppApi, a compile error.
 */
export const apiArgs = {
  getAppInfo: z.tuple([]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([
    z.strictObject({
      language: LanguageSchema.optional(),
      author: z.strictObject({ name: z.string().max(200), role: z.string().max(200) }).nullable().optional(),
    }),
  ]),
  newProject: z.tuple([z.strictObject({ language: LanguageSchema })]),
  openProject: z.tuple([z.strictObject({ path: filePath })]),
  showOpenDialog: z.tuple([]),
  openSample: z.tuple([z.strictObject({ language: LanguageSchema })]),
  saveProject: z.tuple([
    z.strictObject({ docId, project: ProjectSchema, overwriteExternalChanges: z.boolean().optional() }),
  ]),
  saveProjectAs: z.tuple([z.strictObject({ docId, project: ProjectSchema })]),
  closeProject: z.tuple([z.strictObject({ docId })]),
  setDocumentState: z.tuple([
    z.strictObject({ docId: docId.nullable(), dirty: z.boolean(), title: z.string().max(500) }),
  ]),
  listRecentFiles: z.tuple([]),
  removeRecentFile: z.tuple([z.strictObject({ path: filePath })]),
  writeRecovery: z.tuple([z.strictObject({ docId, project: ProjectSchema })]),
  listRecoveries: z.tuple([]),
  restoreRecovery: z.tuple([z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) })]),
  discardRecovery: z.tuple([z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) })]),
  openExternalLink: z.tuple([z.strictObject({ url: z.string().max(4096) })]),
  exportReport: z.tuple([
    z.strictObject({ docId, project: ProjectSchema, format: z.enum(['docx', 'pdf']), language: LanguageSchema }),
  ]),
  openExportedFile: z.tuple([z.strictObject({ path: filePath })]),
  showInFolder: z.tuple([z.strictObject({ path: filePath })]),
  previewReport: z.tuple([z.strictObject({ project: ProjectSchema, language: LanguageSchema })]),
  sendForReview: z.tuple([z.strictObject({ docId, project: ProjectSchema, note: z.string().max(5000) })]),
  pickReviewCopies: z.tuple([z.strictObject({ projectId: z.string().min(1).max(200) })]),
  deliverProject: z.tuple([z.strictObject({ docId, project: ProjectSchema, deliverer: z.string().trim().min(1).max(200) })]),
  importReviewDocx: z.tuple([z.strictObject({ docId })]),
} satisfies { [K in ApiMethod]: z.ZodType<Parameters<AppApi[K]>> };

export const apiMethods = Object.keys(apiArgs) as ApiMethod[];

/** What every bridge call returns on the wire; the client side unwraps it. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** The renderer's view of the bridge: the contract plus event subscription. */
export interface RendererApi extends AppApi {
  readonly host: 'electron' | 'web';
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Absolute path of a file dropped on the window (Electron only; null in the browser host). */
  pathForFile(file: File): string | null;
}
