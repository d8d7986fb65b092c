// The edits of step 4 (desk research) as pure recipes Project → Project:
// sources, findings with their citations, and theories. Deleting a source or
// a finding also removes every reference to it (finding citations, in-text
// citations in rich text, theories, insight evidence), through removeReferences.

import type { Project } from '../../../shared/model/project';
import type { DeskResearch, Finding, FindingCitation, Source, Theory } from '../../../shared/model/desk-research';
import { emptyRichText } from '../../../shared/model/rich-text';
import { newId } from '../../../shared/model/ids';
import { removeReferences } from '../../../shared/model/operations';
import { appendItem, moveItem, removeItem, updateItem, type MoveDirection } from '../../components/list-ops';
import { patchObject } from '../insights/patch';

// Pick, not Omit: the model's loose objects carry an index signature that Omit would swallow.
export type SourcePatch = Partial<Pick<Source,
  'type' | 'authors' | 'year' | 'title' | 'containerTitle' | 'editors' | 'edition' | 'volume' | 'issue' | 'pages'
  | 'publisher' | 'place' | 'url' | 'doi' | 'accessed' | 'note'>>;
export type FindingPatch = Partial<Pick<Finding, 'text' | 'topic' | 'strength' | 'tags'>>;
export type TheoryPatch = Partial<Pick<Theory, 'name' | 'description' | 'sourceIds'>>;

function withDesk(project: Project, part: Partial<DeskResearch>): Project {
  const same = (Object.keys(part) as (keyof DeskResearch)[]).every((k) => part[k] === project.deskResearch[k]);
  return same ? project : { ...project, deskResearch: { ...project.deskResearch, ...part } };
}

export function newSource(id: string = newId()): Source {
  return {
    id, type: 'article', authors: [], year: '', title: '', containerTitle: '', editors: [], edition: '', volume: '',
    issue: '', pages: '', publisher: '', place: '', url: '', doi: '', accessed: '', note: '', citationKey: '',
  };
}

export function addSource(project: Project, id: string = newId()): Project {
  return withDesk(project, { sources: appendItem(project.deskResearch.sources, newSource(id)) });
}

export function updateSource(project: Project, id: string, patch: SourcePatch): Project {
  return withDesk(project, { sources: updateItem(project.deskResearch.sources, id, (s) => patchObject<Source>(s, patch)) });
}

export function removeSource(project: Project, id: string): Project {
  const sources = removeItem(project.deskResearch.sources, id);
  if (sources === project.deskResearch.sources) return project;
  return removeReferences(withDesk(project, { sources }), id);
}

export function moveSource(project: Project, id: string, direction: MoveDirection): Project {
  return withDesk(project, { sources: moveItem(project.deskResearch.sources, id, direction) });
}

/** Adds the new sources of an import in one edit (so one undo step undoes the whole import). */
export function addImportedSources(project: Project, added: readonly Source[]): Project {
  if (added.length === 0) return project;
  return withDesk(project, { sources: [...project.deskResearch.sources, ...added] });
}

/** How many findings cite the source (shown before it is deleted). */
export function findingsCiting(findings: readonly Finding[], sourceId: string): number {
  return findings.filter((f) => f.citations.some((c) => c.sourceId === sourceId)).length;
}

export function newFinding(id: string = newId()): Finding {
  return { id, text: emptyRichText(), citations: [], topic: 'target-group', strength: 'moderate', tags: [] };
}

export function addFinding(project: Project, id: string = newId()): Project {
  return withDesk(project, { findings: appendItem(project.deskResearch.findings, newFinding(id)) });
}

export function updateFinding(project: Project, id: string, patch: FindingPatch): Project {
  return withDesk(project, { findings: updateItem(project.deskResearch.findings, id, (f) => patchObject<Finding>(f, patch)) });
}

export function removeFinding(project: Project, id: string): Project {
  const findings = removeItem(project.deskResearch.findings, id);
  if (findings === project.deskResearch.findings) return project;
  return removeReferences(withDesk(project, { findings }), id);
}

export function moveFinding(project: Project, id: string, direction: MoveDirection): Project {
  return withDesk(project, { findings: moveItem(project.deskResearch.findings, id, direction) });
}

function withCitations(project: Project, id: string, change: (list: FindingCitation[]) => FindingCitation[]): Project {
  return withDesk(project, {
    findings: updateItem(project.deskResearch.findings, id, (f) => {
      const citations = change(f.citations);
      return citations === f.citations ? f : { ...f, citations };
    }),
  });
}

export function addFindingCitation(project: Project, id: string, sourceId: string, locator = ''): Project {
  return withCitations(project, id, (list) => [...list, { sourceId, locator }]);
}

/** Changes the citation at `index` (a finding may cite one source twice, at different pages). */
export function updateFindingCitation(project: Project, id: string, index: number, patch: Partial<FindingCitation>): Project {
  return withCitations(project, id, (list) => {
    const current = list[index];
    if (!current) return list;
    const next = patchObject(current, patch);
    return next === current ? list : list.map((c, i) => (i === index ? next : c));
  });
}

export function removeFindingCitation(project: Project, id: string, index: number): Project {
  return withCitations(project, id, (list) => (index >= 0 && index < list.length ? list.filter((_, i) => i !== index) : list));
}

export function newTheory(id: string = newId()): Theory {
  return { id, name: '', description: emptyRichText(), sourceIds: [] };
}

export function addTheory(project: Project, id: string = newId()): Project {
  return withDesk(project, { theories: appendItem(project.deskResearch.theories, newTheory(id)) });
}

export function updateTheory(project: Project, id: string, patch: TheoryPatch): Project {
  return withDesk(project, { theories: updateItem(project.deskResearch.theories, id, (t) => patchObject<Theory>(t, patch)) });
}

export function removeTheory(project: Project, id: string): Project {
  const theories = removeItem(project.deskResearch.theories, id);
  if (theories === project.deskResearch.theories) return project;
  return removeReferences(withDesk(project, { theories }), id);
}

export function moveTheory(project: Project, id: string, direction: MoveDirection): Project {
  return withDesk(project, { theories: moveItem(project.deskResearch.theories, id, direction) });
}
