// Is an Ollama server running on this machine, and which models has it pulled? Asked when the user
// adds a provider, so it must answer fast and never fail.

export interface OllamaStatus {
  available: boolean;
  models: string[];
}

const DETECT_TIMEOUT_MS = 1000;

export async function detectOllama(
  fetchImpl: typeof fetch = fetch,
  baseUrl = 'http://127.0.0.1:11434',
): Promise<OllamaStatus> {
  try {
    const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/api/tags`, {
      signal: AbortSignal.timeout(DETECT_TIMEOUT_MS),
    });
    if (!response.ok) return { available: false, models: [] };
    const body = (await response.json()) as { models?: { name?: unknown }[] };
    const models = (Array.isArray(body.models) ? body.models : [])
      .map((model) => model?.name)
      .filter((name): name is string => typeof name === 'string');
    return { available: true, models };
  } catch {
    return { available: false, models: [] };
  }
}
