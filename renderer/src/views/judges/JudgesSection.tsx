// The Judges page: the index (saved judges and the template library), or one judge being edited.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { JudgesIndex } from './JudgesIndex';
import { JudgeWorkspace } from './JudgeWorkspace';

export function JudgesSection() {
  const { editing, loadJudgesPage } = useGavel(
    useShallow((s) => ({ editing: s.judgeEditor.draft !== null, loadJudgesPage: s.loadJudgesPage })),
  );
  useEffect(() => {
    void loadJudgesPage();
  }, [loadJudgesPage]);
  return editing ? <JudgeWorkspace /> : <JudgesIndex />;
}
