// Looks for Ollama on this machine and, when it answers, fills in its address and lists its models.
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { OLLAMA_BASE_URL } from './provider-draft';

export function OllamaDetect({ onFound }: { onFound(baseUrl: string): void }) {
  const { ollama, detect } = useGavel(useShallow((s) => ({ ollama: s.providers.ollama, detect: s.detectOllama })));
  const { result } = ollama;

  const run = async () => {
    const found = await detect();
    if (found?.available) onFound(OLLAMA_BASE_URL);
  };

  return (
    <div className="ollama-detect">
      <button type="button" data-testid="ollama-detect" disabled={ollama.detecting} onClick={() => void run()}>
        {ollama.detecting ? 'Looking…' : 'Detect Ollama'}
      </button>
      {result && (
        <p className={result.available ? 'small tone-pass' : 'small muted'} role="status" data-testid="ollama-result">
          {result.available
            ? `Ollama is running${result.models.length > 0 ? ` with ${result.models.join(', ')}` : ' (no models pulled yet)'}.`
            : 'Ollama is not running at 127.0.0.1:11434.'}
        </p>
      )}
    </div>
  );
}
