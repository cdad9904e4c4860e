import { OpenAI } from 'openai';

export const DEFAULT_SUMMARY_MODEL = process.env.SUMMARY_MODEL ?? 'gpt-4.1-mini';

export class Summarizer {
  constructor(
    private client: OpenAI,
    private embeddingModelName: string = 'text-embedding-3-small',
  ) {}

  async summarize(text: string, summaryModel = DEFAULT_SUMMARY_MODEL) {
    return this.client.responses.create({ model: summaryModel, input: text });
  }
}
