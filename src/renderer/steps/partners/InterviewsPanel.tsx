// Respondent groups and interviews. With 150 interviews the list stays quick:
// each is one summary line, a search box narrows the list, and only the one
// opened interview renders its fields, answers and quotes.

import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview, InterviewQuestion, RespondentGroup } from '../../../shared/model/interviews';
import type { Quote } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import { newId } from '../../../shared/model/ids';
import type { StepProps } from '../../components/step-props';
import type { LinkOption } from '../../components/LinkPicker';
import { ListEditor } from '../../components/ListEditor';
import { VirtualList, type VirtualRowProps } from '../../components/VirtualList';
import { TextField } from '../../components/TextField';
import { ItemDisclosure } from '../insights/ItemDisclosure';
import { InterviewDetails } from './InterviewDetails';
import { addRespondentGroup, moveRespondentGroup, removeRespondentGroup, renameRespondentGroup } from './recipes';
import { addInterview, removeInterview } from './interview-recipes';
import { themeOptions } from './theme-options';
import { pendingReveal, useRevealItem } from '../../search/reveal';
import { partnersRevealTarget } from './reveal-target';

const noQuotes: Quote[] = [];

export interface InterviewsPanelProps extends StepProps {
  /** The one interview shown open, kept by the step so the overview can choose it. */
  open: string | null;
  onOpenChange: (id: string | null) => void;
}

export function InterviewsPanel({ project, readOnly, onChange, open, onOpenChange }: InterviewsPanelProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { interviews, respondentGroups, quotes, themes, interviewGuide } = project.partners;
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  // A jump to an interview (or one of its quotes) must not be hidden by the search box.
  useRevealItem((id, parentId) => {
    if (partnersRevealTarget(project.partners, id, parentId)?.interviewId) setQuery('');
  });
  const toggle = useCallback((id: string) => onOpenChange(open === id ? null : id), [open, onOpenChange]);
  const untitled = t('untitled');
  const themeOpts = useMemo(() => themeOptions(themes, untitled), [themes, untitled]);
  const groupNames = useMemo(() => new Map(respondentGroups.map((g) => [g.id, g.name])), [respondentGroups]);
  const quoteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of quotes) counts.set(q.interviewId, (counts.get(q.interviewId) ?? 0) + 1);
    return counts;
  }, [quotes]);
  const openQuotes = useMemo(() => (open ? quotes.filter((q) => q.interviewId === open) : noQuotes), [quotes, open]);

  // Arriving from the overview with an interview chosen: bring it into view and focus its toggle.
  // Arriving by a jump, the jump places focus (on a quote, say): leave that to it.
  const listRef = useRef<HTMLUListElement>(null);
  const keepOpen = useMemo(() => [open], [open]);
  const openOnArrival = useRef(pendingReveal() ? null : open);
  useEffect(() => {
    const id = openOnArrival.current;
    if (!id) return;
    // A long list places its rows once it knows where it scrolls: look in the next frame.
    const frame = window.requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLElement>(`[data-interview-id="${CSS.escape(id)}"]`);
      row?.scrollIntoView({ block: 'start' });
      row?.querySelector<HTMLElement>('.item-toggle')?.focus();
    });
    return () => window.cancelAnimationFrame(frame);
  }, []);

  const shown = useMemo(() => {
    const needle = deferred.trim().toLowerCase();
    if (needle === '') return interviews;
    return interviews.filter((iv) =>
      [iv.code, iv.organisation, groupNames.get(iv.respondentGroupId) ?? '', iv.respondent.name].some((s) => s.toLowerCase().includes(needle)),
    );
  }, [interviews, deferred, groupNames]);

  return (
    <>
      <section className="interview-list" aria-labelledby="interviews-title">
        <h3 id="interviews-title">{t('interview.list', { count: interviews.length })}</h3>
        <p className="field-help">{t('interview.listHelp')}</p>
        <TextField label={t('interview.search')} value={query} onChange={setQuery} className="interview-search" />
        {deferred.trim() !== '' ? <p className="muted" role="status">{t('interview.found', { count: shown.length })}</p> : null}
        {interviews.length === 0 ? <p className="list-editor-empty">{t('interview.empty')}</p> : null}
        <VirtualList<Interview>
          as="ul"
          className="interview-rows"
          listRef={listRef}
          items={shown}
          getKey={interviewKey}
          keepKeys={keepOpen}
          estimateSize={40}
          renderRow={(iv, _index, row) => (
            <InterviewRow
              key={iv.id}
              row={row}
              interview={iv}
              groupName={groupNames.get(iv.respondentGroupId) ?? ''}
              quoteCount={quoteCounts.get(iv.id) ?? 0}
              open={open === iv.id}
              onToggle={toggle}
              readOnly={readOnly}
              onChange={onChange}
              groups={respondentGroups}
              questions={interviewGuide.questions}
              quotes={open === iv.id ? openQuotes : noQuotes}
              themeOptions={themeOpts}
            />
          )}
        />
        {readOnly ? null : (
          <button
            type="button"
            className="list-editor-add"
            onClick={() => {
              const id = newId();
              onOpenChange(id);
              setQuery('');
              onChange((p) => addInterview(p, id), 'partners.interviews.add');
            }}
          >
            {t('interview.add')}
          </button>
        )}
      </section>
      <RespondentGroups groups={respondentGroups} readOnly={readOnly} onChange={onChange} />
    </>
  );
}

const interviewKey = (iv: Interview) => iv.id;

// Its own memoised component: typing in an interview does not touch the groups, so their rows skip rendering.
const RespondentGroups = memo(function RespondentGroups({ groups, readOnly, onChange }: {
  groups: readonly RespondentGroup[];
  readOnly: boolean;
  onChange: StepProps['onChange'];
}): JSX.Element {
  const { t } = useTranslation('step-partners');
  return (
    <ListEditor<RespondentGroup>
      label={t('group.list', { count: groups.length })}
      help={t('group.listHelp')}
      items={groups}
      readOnly={readOnly}
      addLabel={t('group.add')}
      emptyText={t('group.empty')}
      itemLabel={(_g, index) => t('group.itemName', { n: index + 1 })}
      onAdd={() => onChange((p) => addRespondentGroup(p, newId()), 'partners.groups.add')}
      onRemove={(id) => onChange((p) => removeRespondentGroup(p, id), `partners.groups.remove:${id}`)}
      onMove={(id, direction) => onChange((p) => moveRespondentGroup(p, id, direction), `partners.groups.move:${id}`)}
      renderItem={(g, index) => (
        <TextField
          label={t('group.name')}
          srLabelSuffix={t('group.itemName', { n: index + 1 })}
          value={g.name}
          readOnly={readOnly}
          onChange={(v) => onChange((p) => renameRespondentGroup(p, g.id, v), `partners.group.name:${g.id}`)}
        />
      )}
    />
  );
});

interface RowProps {
  /** Position and measuring props from the (virtualised) list. */
  row: VirtualRowProps;
  interview: Interview;
  groupName: string;
  quoteCount: number;
  open: boolean;
  onToggle: (id: string) => void;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
  groups: readonly RespondentGroup[];
  questions: readonly InterviewQuestion[];
  quotes: readonly Quote[];
  themeOptions: readonly LinkOption[];
}

const InterviewRow = memo(function InterviewRow(props: RowProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { interview: iv, open } = props;
  const name = t('interview.itemName', { code: iv.code || t('untitled') });
  const answered = iv.answers.filter((a) => a.text.trim() !== '').length;
  return (
    <li className="interview-row" data-interview-id={iv.id} data-item-id={iv.id} {...props.row}>
      <ItemDisclosure
        open={open}
        onToggle={() => props.onToggle(iv.id)}
        name={t(open ? 'collapse' : 'expand', { item: name })}
        summary={
          <>
            <strong>{iv.code || t('untitled')}</strong>{' '}
            <span className="muted">
              · {props.groupName || t('interview.noGroup')}
              {iv.organisation ? ` · ${iv.organisation}` : ''} · {t('interview.summary', { answers: answered, quotes: props.quoteCount })}
            </span>
            {iv.consent.given ? null : <span className="inline-tag tag-warning">{t('interview.noConsent')}</span>}
          </>
        }
      >
        <InterviewDetails
          interview={iv}
          groups={props.groups}
          questions={props.questions}
          quotes={props.quotes}
          themeOptions={props.themeOptions}
          readOnly={props.readOnly}
          onChange={props.onChange}
        />
        {props.readOnly ? null : (
          <button type="button" className="button-danger" onClick={() => props.onChange((p) => removeInterview(p, iv.id), `partners.interviews.remove:${iv.id}`)}>
            {t('interview.remove', { code: iv.code || t('untitled') })}
          </button>
        )}
      </ItemDisclosure>
    </li>
  );
});
