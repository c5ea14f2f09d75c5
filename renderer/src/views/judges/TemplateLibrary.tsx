// Built-in judge templates, grouped by the platform whose judges they follow.
import { useShallow } from 'zustand/react/shallow';
import type { TemplateInfo } from '../../../../shared/judging';
import { MODE_LABELS, TEMPLATE_FAMILIES } from '../../format/judging';
import { describeOutputType } from '../../format/verdict';
import { useGavel } from '../../store/store-context';

function TemplateCard({ template, onUse }: { template: TemplateInfo; onUse(): void }) {
  const { spec } = template;
  return (
    <li className="template-card" data-testid="template-card" data-template={template.name}>
      <div className="template-card-title">
        <span className="strong">{template.name}</span>
        <span className="badge">{spec.kind === 'llm' ? 'LLM' : 'heuristic'}</span>
      </div>
      <p className="template-card-text">{template.description}</p>
      <p className="muted small">
        {describeOutputType(spec.outputType)}
        {spec.mode !== 'item' && ` · ${MODE_LABELS[spec.mode]}`}
      </p>
      <button
        type="button"
        data-testid="template-use"
        aria-label={`Create a judge from ${template.name}`}
        onClick={onUse}
      >
        Create judge
      </button>
    </li>
  );
}

export function TemplateLibrary() {
  const { templates, createJudgeFromTemplate } = useGavel(
    useShallow((s) => ({ templates: s.judges.templates, createJudgeFromTemplate: s.createJudgeFromTemplate })),
  );
  if (templates.length === 0) return null;
  return (
    <section className="template-library" data-testid="template-library" aria-labelledby="template-library-title">
      <h2 id="template-library-title">Template library</h2>
      {TEMPLATE_FAMILIES.map(({ family, title, blurb }) => {
        const members = templates.filter((template) => template.family === family);
        if (members.length === 0) return null;
        return (
          <section key={family} className="template-family" aria-label={title}>
            <h3>{title}</h3>
            <p className="muted small">{blurb}</p>
            <ul className="template-grid">
              {members.map((template) => (
                <TemplateCard
                  key={template.name}
                  template={template}
                  onUse={() => createJudgeFromTemplate(template.name)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
