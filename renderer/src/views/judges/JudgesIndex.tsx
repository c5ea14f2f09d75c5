// Saved judges, and the templates new ones start from.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGavel } from '../../store/store-context';
import { JudgesList } from './JudgesList';
import { TemplateLibrary } from './TemplateLibrary';

export function JudgesIndex() {
  const { error, dismiss, createCustomJudge } = useGavel(
    useShallow((s) => ({
      error: s.judges.error,
      dismiss: s.dismissJudgesError,
      createCustomJudge: s.createCustomJudge,
    })),
  );
  return (
    <section className="page">
      <div className="page-header">
        <h1>Judges</h1>
        <button type="button" className="primary" data-testid="judge-new" onClick={createCustomJudge}>
          New custom judge
        </button>
      </div>
      {error && <ErrorAlert error={error} onDismiss={dismiss} />}
      <JudgesList />
      <TemplateLibrary />
    </section>
  );
}
