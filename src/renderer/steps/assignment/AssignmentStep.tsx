// Step 1, Opdracht / Assignment: the facts on the title page — title, client,
// commissioner's role, consultancy and authors, dates and status, the report
// language and the branding (accent colour, logo).
//
// Every edit goes to the shell as a pure recipe plus a label (see step-props).

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { assignmentStatuses, type Author } from '../../../shared/model/assignment';
import { languages } from '../../../shared/language';
import { DateField } from '../../components/DateField';
import { ListEditor } from '../../components/ListEditor';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { StepProps } from '../../components/step-props';
import { AccentColorField } from './AccentColorField';
import { LogoField } from './LogoField';
import {
  addAuthor,
  moveAuthor,
  removeAuthor,
  setAccentColor,
  setAssignmentField,
  setClientField,
  setConsultancyOrganisation,
  setLogo,
  updateAuthor,
  type AssignmentScalarField,
} from './recipes';
import { validateAssignmentDates } from './validation';
import '../../components/forms.css';

export function AssignmentStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('steps');
  const a = project.assignment;
  const issues = validateAssignmentDates(a);
  const issue = (key: string | undefined) => (key ? t(`assignment.validation.${key}`) : null);
  const label = (field: string) => t(`assignment.fields.${field}.label`);
  const help = (field: string) => t(`assignment.fields.${field}.help`);

  const text = (field: 'title' | 'subtitle' | 'commissionerRole') => (
    <TextField
      label={label(field)}
      help={help(field)}
      value={a[field]}
      readOnly={readOnly}
      onChange={(value) => onChange((p) => setAssignmentField(p, field, value), `assignment.${field}`)}
    />
  );
  const date = (field: Extract<AssignmentScalarField, 'startDate' | 'dueDate' | 'reportDate'>) => (
    <DateField
      label={label(field)}
      help={help(field)}
      value={a[field]}
      readOnly={readOnly}
      error={issue(issues[field])}
      onChange={(value) => onChange((p) => setAssignmentField(p, field, value), `assignment.${field}`)}
    />
  );

  return (
    <div className="step-form step-assignment">
      <p className="step-intro">{t('assignment.intro')}</p>

      <section className="form-section" aria-labelledby="assignment-report">
        <h3 id="assignment-report">{t('assignment.sections.report')}</h3>
        {text('title')}
        {text('subtitle')}
      </section>

      <section className="form-section" aria-labelledby="assignment-client">
        <h3 id="assignment-client">{t('assignment.sections.client')}</h3>
        <div className="field-row">
          {(['municipality', 'department'] as const).map((field) => (
            <TextField
              key={field}
              label={label(field)}
              help={help(field)}
              value={a.client[field]}
              readOnly={readOnly}
              onChange={(value) => onChange((p) => setClientField(p, field, value), `assignment.client.${field}`)}
            />
          ))}
        </div>
        {text('commissionerRole')}
      </section>

      <section className="form-section" aria-labelledby="assignment-consultancy">
        <h3 id="assignment-consultancy">{t('assignment.sections.consultancy')}</h3>
        <TextField
          label={label('organisation')}
          help={help('organisation')}
          value={a.consultancy.organisation}
          readOnly={readOnly}
          onChange={(value) => onChange((p) => setConsultancyOrganisation(p, value), 'assignment.consultancy.organisation')}
        />
        <ListEditor<Author>
          label={label('authors')}
          items={a.authors}
          readOnly={readOnly}
          addLabel={t('assignment.fields.authors.add')}
          emptyText={t('assignment.fields.authors.empty')}
          itemLabel={(_author, index) => t('assignment.fields.authors.item', { n: index + 1 })}
          onAdd={() => onChange((p) => addAuthor(p), 'assignment.authors.add')}
          onRemove={(id) => onChange((p) => removeAuthor(p, id), `assignment.authors.remove:${id}`)}
          onMove={(id, direction) => onChange((p) => moveAuthor(p, id, direction), `assignment.authors.move:${id}`)}
          renderItem={(author, index) => {
            const suffix = t('assignment.fields.authors.item', { n: index + 1 }).toLocaleLowerCase();
            return (['name', 'role'] as const).map((field) => (
              <TextField
                key={field}
                label={t(`assignment.fields.authors.${field}`)}
                srLabelSuffix={suffix}
                value={author[field]}
                readOnly={readOnly}
                onChange={(value) =>
                  onChange((p) => updateAuthor(p, author.id, field, value), `assignment.authors.${field}:${author.id}`)
                }
              />
            ));
          }}
        />
      </section>

      <section className="form-section" aria-labelledby="assignment-planning">
        <h3 id="assignment-planning">{t('assignment.sections.planning')}</h3>
        <div className="field-row">
          {date('startDate')}
          {date('dueDate')}
          {date('reportDate')}
        </div>
        <div className="field-row">
          <SelectField
            label={label('status')}
            value={a.status}
            readOnly={readOnly}
            options={assignmentStatuses.map((status) => ({ value: status, label: t(`assignment.status.${status}`) }))}
            onChange={(value) => onChange((p) => setAssignmentField(p, 'status', value), 'assignment.status')}
          />
          <SelectField
            label={label('reportLanguage')}
            help={help('reportLanguage')}
            value={a.reportLanguage}
            readOnly={readOnly}
            options={languages.map((language) => ({ value: language, label: t(`assignment.language.${language}`) }))}
            onChange={(value) => onChange((p) => setAssignmentField(p, 'reportLanguage', value), 'assignment.reportLanguage')}
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="assignment-branding">
        <h3 id="assignment-branding">{t('assignment.sections.branding')}</h3>
        <AccentColorField
          value={a.branding.accentColor}
          readOnly={readOnly}
          onChange={(color) => onChange((p) => setAccentColor(p, color), 'assignment.branding.accentColor')}
        />
        <LogoField
          logo={a.branding.logo}
          readOnly={readOnly}
          onChange={(logo) => onChange((p) => setLogo(p, logo), 'assignment.branding.logo')}
        />
      </section>
    </div>
  );
}
