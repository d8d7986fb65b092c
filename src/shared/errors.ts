// Errors with a stable code. The code is the contract: the UI and the CLI branch
// on it, tests assert it, and it crosses the bridge as plain JSON. Messages are
// for people: they say what happened and what to do, in Dutch and English.

import type { Language } from './language';

export type ErrorParams = Record<string, string | number>;

interface MessagePair {
  nl: (p: ErrorParams) => string;
  en: (p: ErrorParams) => string;
}

const messages = {
  FILE_NOT_FOUND: {
    nl: (p) => `Het bestand ${p.fileName ?? ''} bestaat niet (meer). Controleer of het is verplaatst of hernoemd.`,
    en: (p) => `The file ${p.fileName ?? ''} does not exist (any more). Check whether it was moved or renamed.`,
  },
  FILE_IS_DIRECTORY: {
    nl: (p) => `${p.fileName ?? 'Dit'} is een map, geen Drijfveer-bestand. Kies het projectbestand zelf.`,
    en: (p) => `${p.fileName ?? 'This'} is a folder, not a Drijfveer file. Choose the project file itself.`,
  },
  FILE_PERMISSION_DENIED: {
    nl: (p) => `Geen toegang tot ${p.fileName ?? 'het bestand'}. Controleer de rechten of kies een andere map.`,
    en: (p) => `No permission to access ${p.fileName ?? 'the file'}. Check its permissions or choose another folder.`,
  },
  FILE_TOO_LARGE: {
    nl: (p) => `Het bestand is ${p.sizeMb} MB; Drijfveer opent projecten tot ${p.limitMb} MB. Dit is waarschijnlijk geen projectbestand.`,
    en: (p) => `The file is ${p.sizeMb} MB; Drijfveer opens projects up to ${p.limitMb} MB. This is probably not a project file.`,
  },
  FILE_EMPTY: {
    nl: () => 'Het bestand is leeg. Misschien is het opslaan eerder misgegaan; kijk of er een .bak-bestand naast staat.',
    en: () => 'The file is empty. An earlier save may have failed; look for a .bak file next to it.',
  },
  FILE_BINARY: {
    nl: () => 'Dit is geen tekstbestand (bijvoorbeeld een afbeelding of zip). Een Drijfveer-project is een JSON-tekstbestand.',
    en: () => 'This is not a text file (for example an image or a zip). A Drijfveer project is a JSON text file.',
  },
  FILE_ENCODING: {
    nl: () => 'Het bestand bevat tekens die geen geldige UTF-8 zijn. Het is beschadigd of in een andere codering opgeslagen.',
    en: () => 'The file contains bytes that are not valid UTF-8. It is damaged or saved in another encoding.',
  },
  FILE_NOT_JSON: {
    nl: (p) => `Het bestand is geen geldige JSON (regel ${p.line ?? '?'}, kolom ${p.column ?? '?'}). Het is beschadigd of geen Drijfveer-project.`,
    en: (p) => `The file is not valid JSON (line ${p.line ?? '?'}, column ${p.column ?? '?'}). It is damaged or not a Drijfveer project.`,
  },
  FILE_TRUNCATED: {
    nl: () => 'Het bestand houdt halverwege op; het is afgekapt. Kijk of er een .bak-bestand of een herstelkopie is.',
    en: () => 'The file stops halfway; it has been truncated. Look for a .bak file or a recovery copy.',
  },
  FILE_TOO_DEEP: {
    nl: (p) => `Het bestand is te diep genest (meer dan ${p.limit} niveaus). Zo ziet een Drijfveer-project er nooit uit.`,
    en: (p) => `The file is nested too deeply (more than ${p.limit} levels). A Drijfveer project never looks like this.`,
  },
  FILE_NOT_PROJECT: {
    nl: () => 'Dit JSON-bestand is geen Drijfveer-project. Open een bestand met de extensie .drijfveer.',
    en: () => 'This JSON file is not a Drijfveer project. Open a file with the .drijfveer extension.',
  },
  FILE_VERSION_TOO_NEW: {
    nl: (p) => `Dit project is gemaakt met een nieuwere Drijfveer (bestandsversie ${p.version}; deze versie kent t/m ${p.supported}). Werk Drijfveer bij om het te bewerken.`,
    en: (p) => `This project was made with a newer Drijfveer (file format ${p.version}; this version knows up to ${p.supported}). Update Drijfveer to edit it.`,
  },
  FILE_INVALID_PROJECT: {
    nl: (p) => `Het project bevat ongeldige gegevens bij ${p.path ?? '?'}: ${p.detail ?? ''}. Het bestand is niet gewijzigd.`,
    en: (p) => `The project contains invalid data at ${p.path ?? '?'}: ${p.detail ?? ''}. The file has not been changed.`,
  },
  FILE_READ_FAILED: {
    nl: (p) => `Het bestand kon niet worden gelezen (${p.reason ?? 'onbekende oorzaak'}).`,
    en: (p) => `The file could not be read (${p.reason ?? 'unknown cause'}).`,
  },
  FILE_CHANGED_ON_DISK: {
    nl: (p) => `${p.fileName ?? 'Het bestand'} is buiten Drijfveer gewijzigd sinds u het opende (door een ander programma of een synchronisatiedienst). Overschrijven, opslaan als nieuw bestand, of annuleren?`,
    en: (p) => `${p.fileName ?? 'The file'} was changed outside Drijfveer since you opened it (by another program or a sync service). Overwrite, save as a new file, or cancel?`,
  },
  FILE_READ_ONLY: {
    nl: () => 'Dit project is alleen-lezen geopend en wordt niet overschreven. Sla het op als nieuw bestand als u een kopie wilt.',
    en: () => 'This project is open read-only and will not be overwritten. Save it as a new file if you want a copy.',
  },
  DISK_FULL: {
    nl: () => 'De schijf is vol. Maak ruimte vrij of sla op een andere plek op; het bestaande bestand is niet aangetast.',
    en: () => 'The disk is full. Free some space or save elsewhere; the existing file has not been touched.',
  },
  WRITE_FAILED: {
    nl: (p) => `Opslaan is mislukt (${p.reason ?? 'onbekende oorzaak'}). Het bestaande bestand is niet aangetast.`,
    en: (p) => `Saving failed (${p.reason ?? 'unknown cause'}). The existing file has not been touched.`,
  },
  DOCUMENT_NOT_OPEN: {
    nl: () => 'Dit project is niet (meer) geopend. Open het opnieuw.',
    en: () => 'This project is not open (any more). Open it again.',
  },
  RECOVERY_NOT_FOUND: {
    nl: () => 'Deze herstelkopie bestaat niet meer.',
    en: () => 'This recovery copy no longer exists.',
  },
  LINK_NOT_ALLOWED: {
    nl: () => 'Deze link wordt niet geopend: alleen http-, https- en mailto-links zijn toegestaan.',
    en: () => 'This link is not opened: only http, https and mailto links are allowed.',
  },
  BRIDGE_BAD_ARGUMENTS: {
    nl: (p) => `Interne fout: ongeldige gegevens voor ${p.method ?? 'een opdracht'} (${p.detail ?? ''}). Er is niets gewijzigd.`,
    en: (p) => `Internal error: invalid data for ${p.method ?? 'a command'} (${p.detail ?? ''}). Nothing was changed.`,
  },
  BRIDGE_UNKNOWN_METHOD: {
    nl: (p) => `Interne fout: onbekende opdracht ${p.method ?? ''}.`,
    en: (p) => `Internal error: unknown command ${p.method ?? ''}.`,
  },
  BRIDGE_FORBIDDEN: {
    nl: () => 'Deze opdracht komt niet van het Drijfveer-venster en is geweigerd.',
    en: () => 'This command does not come from the Drijfveer window and was refused.',
  },
  REVIEW_COPY_MISMATCH: {
    nl: () => 'Deze reviewkopie hoort bij een ander project en is niet samengevoegd. Kies een kopie die van dit project is gemaakt.',
    en: () => 'This review copy belongs to another project and was not merged. Choose a copy made from this project.',
  },
  DOCX_NOT_A_ZIP: {
    nl: (p) => `${p.fileName ?? 'Dit bestand'} is geen geldig Word-document (.docx). Kies het document dat de reviewer terugstuurde.`,
    en: (p) => `${p.fileName ?? 'This file'} is not a valid Word document (.docx). Choose the document the reviewer sent back.`,
  },
  DOCX_TOO_LARGE: {
    nl: (p) => `Het Word-document is te groot om te lezen (${p.part ?? 'bestand'}: meer dan ${p.limitMb} MB). Er is niets geïmporteerd.`,
    en: (p) => `The Word document is too large to read (${p.part ?? 'file'}: more than ${p.limitMb} MB). Nothing was imported.`,
  },
  DOCX_PART_MISSING: {
    nl: (p) => `Het Word-document mist een onderdeel (${p.part ?? 'word/document.xml'}). Sla het opnieuw op als .docx en probeer het nog eens.`,
    en: (p) => `The Word document lacks a part (${p.part ?? 'word/document.xml'}). Save it again as .docx and try once more.`,
  },
  DOCX_XML_INVALID: {
    nl: (p) => `Het Word-document bevat onleesbare XML (${p.part ?? ''}). Er is niets geïmporteerd.`,
    en: (p) => `The Word document contains unreadable XML (${p.part ?? ''}). Nothing was imported.`,
  },
  DOCX_XML_ENTITIES: {
    nl: (p) => `Het Word-document bevat XML-declaraties (DOCTYPE/ENTITY) die Word zelf nooit schrijft (${p.part ?? ''}). Uit veiligheid is niets geïmporteerd.`,
    en: (p) => `The Word document contains XML declarations (DOCTYPE/ENTITY) that Word never writes (${p.part ?? ''}). For safety nothing was imported.`,
  },
  COPY_WOULD_REPLACE_PROJECT: {
    nl: (p) => `${p.fileName ?? 'Dit bestand'} is uw eigen projectbestand en wordt niet overschreven. Kies een andere naam voor de kopie.`,
    en: (p) => `${p.fileName ?? 'This file'} is your own project file and is not overwritten. Choose another name for the copy.`,
  },
  DELIVERED_NOT_MERGEABLE: {
    nl: (p) => `${p.fileName ?? 'Dit bestand'} is een opgeleverd bestand, geen reviewkopie: daarin zijn respondenten gepseudonimiseerd. Het is niet samengevoegd, zodat uw opmerkingen ongewijzigd blijven.`,
    en: (p) => `${p.fileName ?? 'This file'} is a delivered file, not a review copy: its respondents are pseudonymised. It was not merged, so your comments stay unchanged.`,
  },
  NOT_DELIVERED: {
    nl: (p) => `${p.fileName ?? 'Dit bestand'} is geen opgeleverd project: er is geen vingerafdruk om te controleren.`,
    en: (p) => `${p.fileName ?? 'This file'} is not a delivered project: there is no fingerprint to check.`,
  },
  EXPORT_LAYOUT_PAGE: {
    nl: (p) => `Het paginaformaat (${p.width ?? '?'} × ${p.height ?? '?'} pt) laat met deze marges geen ruimte voor tekst. Kies kleinere marges of een groter formaat.`,
    en: (p) => `The page size (${p.width ?? '?'} × ${p.height ?? '?'} pt) leaves no room for text with these margins. Choose smaller margins or a larger size.`,
  },
  EXPORT_FONT_MISSING: {
    nl: (p) => `Het lettertype ${p.fileName ?? ''} voor de PDF ontbreekt of is onleesbaar. Installeer Drijfveer opnieuw of exporteer naar DOCX.`,
    en: (p) => `The font ${p.fileName ?? ''} for the PDF is missing or unreadable. Reinstall Drijfveer or export to DOCX.`,
  },
  EXPORT_FIGURE_FONT_MISSING: {
    nl: (p) => `Het lettertype ${p.fileName ?? ''} voor de figuren ontbreekt of is onleesbaar. Installeer Drijfveer opnieuw.`,
    en: (p) => `The font ${p.fileName ?? ''} for the figures is missing or unreadable. Reinstall Drijfveer.`,
  },
  EXPORT_PATH_NOT_ALLOWED: {
    nl: () => 'Dit bestand is niet in deze sessie geëxporteerd en wordt daarom niet geopend.',
    en: () => 'This file was not exported in this session, so it is not opened.',
  },
  PREVIEW_UNREADABLE: {
    nl: (p) => `Het PDF-voorbeeld kon niet worden getoond (${p.reason ?? 'onbekend'}). Exporteer het rapport als PDF en open het in een PDF-lezer.`,
    en: (p) => `The PDF preview could not be shown (${p.reason ?? 'unknown'}). Export the report as PDF and open it in a PDF reader.`,
  },
  INTERNAL: {
    nl: (p) => `Er ging iets onverwachts mis (${p.reason ?? 'onbekend'}). Uw gegevens zijn niet gewijzigd.`,
    en: (p) => `Something unexpected went wrong (${p.reason ?? 'unknown'}). Your data has not been changed.`,
  },
} satisfies Record<string, MessagePair>;

export type ErrorCode = keyof typeof messages;
export const errorCodes = Object.keys(messages) as ErrorCode[];

/** The shape an error has when it crosses the bridge or is printed by the CLI. */
export interface SerializedError {
  code: ErrorCode;
  params: ErrorParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}: ${errorMessage(code, 'en', params)}`, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  toJSON(): SerializedError {
    return { code: this.code, params: this.params };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(messages, value);
}

export function errorMessage(code: ErrorCode, language: Language, params: ErrorParams = {}): string {
  return messages[code][language](params);
}

/** Any thrown value as a SerializedError; unknown failures become INTERNAL. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return error.toJSON();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', params: { reason: reason.slice(0, 200) } };
}

export function deserializeError(value: unknown): AppError {
  if (value && typeof value === 'object' && isErrorCode((value as SerializedError).code)) {
    const { code, params } = value as SerializedError;
    const safeParams: ErrorParams = {};
    if (params && typeof params === 'object') {
      for (const [k, v] of Object.entries(params)) {
        if (typeof v === 'string' || typeof v === 'number') safeParams[k] = v;
      }
    }
    return new AppError(code, safeParams);
  }
  return new AppError('INTERNAL', { reason: 'malformed error' });
}
