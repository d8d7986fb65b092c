// The "Controle" part of the report step: how the project covers the eight
// NSMC benchmark criteria (each with the facts behind its status), and the
// consistency warnings across the steps. Every warning is a button that jumps
// to the item concerned; an unmet fact jumps to the step where it is filled in.
// Both lists are derived from the project, so an undo updates them at once.

import { useDeferredValue, useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { consistencyWarnings, type ConsistencyWarning } from '../../../shared/model/consistency';
import { nsmcAssessment, MIX_MIN_LEVELS, MIX_MIN_PS, type NsmcFact } from '../../../shared/model/nsmc';
import { useJump } from '../../search/jump';

const statusDot = { covered: 'dot-complete', partly: 'dot-partial', missing: 'dot-empty' } as const;

function FactLine({ fact }: { fact: NsmcFact }): JSX.Element {
  const { t } = useTranslation(['checks', 'app']);
  const jump = useJump();
  const key = fact.kind === 'field' ? `nsmc.fields.${fact.key}.${fact.met ? 'filled' : 'empty'}` : `nsmc.facts.${fact.key}`;
  const text = t(key, { count: fact.count, minPs: MIX_MIN_PS, minLevels: MIX_MIN_LEVELS });
  return (
    <li className={fact.met ? 'nsmc-fact met' : 'nsmc-fact'}>
      <span aria-hidden="true" className="nsmc-fact-mark">
        {fact.met ? '✓' : '✗'}
      </span>
      <span className="visually-hidden">{fact.met ? t('nsmc.met') : t('nsmc.notMet')}</span>
      {fact.met ? (
        text
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={() => jump({ stepId: fact.stepId, itemId: null })}
          aria-label={t('nsmc.goToStep', { fact: text, step: t(`app:stepNames.${fact.stepId}`) })}
        >
          {text}
        </button>
      )}
    </li>
  );
}

function WarningLine({ warning }: { warning: ConsistencyWarning }): JSX.Element {
  const { t } = useTranslation(['checks', 'app']);
  const jump = useJump();
  const item = warning.label.trim() || t(`consistency.unnamed.${warning.key}`);
  const place = t(`app:stepNames.${warning.stepId}`);
  return (
    <li className="consistency-warning" data-warning={warning.key}>
      <span aria-hidden="true">⚠ </span>
      <button
        type="button"
        className="link-button"
        onClick={() => jump({ stepId: warning.stepId, itemId: warning.itemId })}
      >
        {t(`consistency.warnings.${warning.key}`, { item, step: place, count: warning.missingIds.length })}
      </button>{' '}
      <span className="muted">({place})</span>
    </li>
  );
}

export function ChecksPanel({ project }: { project: Project }): JSX.Element {
  const { t } = useTranslation('checks');
  // Checking a large project takes tens of milliseconds: the step is painted
  // first and the checks follow in a background render.
  const checked = useDeferredValue<Project | null>(project, null);
  const criteria = useMemo(() => (checked ? nsmcAssessment(checked) : null), [checked]);
  const warnings = useMemo(() => (checked ? consistencyWarnings(checked) : null), [checked]);
  if (!criteria || !warnings) return <div className="checks-panel" aria-busy="true" />;

  return (
    <div className="checks-panel">
      <h4 id="nsmc-heading">{t('nsmc.title')}</h4>
      <p className="muted">{t('nsmc.help')}</p>
      <ol className="nsmc-list" aria-labelledby="nsmc-heading">
        {criteria.map((c) => (
          <li key={c.criterion} className="nsmc-criterion" data-criterion={c.criterion}>
            <span className={`dot ${statusDot[c.status]}`} aria-hidden="true" /> <strong>{t(`nsmc.criteria.${c.criterion}.name`)}</strong>{' '}
            <span className="nsmc-status">— {t(`nsmc.status.${c.status}`)}</span>
            <p className="nsmc-description muted">{t(`nsmc.criteria.${c.criterion}.description`)}</p>
            <ul className="nsmc-facts">
              {c.facts.map((fact) => (
                <FactLine key={fact.key} fact={fact} />
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <h4 id="consistency-heading">{t('consistency.title', { count: warnings.length })}</h4>
      {warnings.length === 0 ? (
        <p className="muted">{t('consistency.none')}</p>
      ) : (
        <ul className="consistency-list" aria-labelledby="consistency-heading">
          {warnings.map((w) => (
            <WarningLine key={w.id} warning={w} />
          ))}
        </ul>
      )}
    </div>
  );
}
