import type { OpenAI } from 'openai';

export interface ResponseCreateParams {
    /** Model ID used to generate the response, like `gpt-4o` or `o3`. */
    model: 'gpt-4o' | 'gpt-4o-2024-08-06' | 'o3' | (string & {});
    instructions?: string | null;
}
