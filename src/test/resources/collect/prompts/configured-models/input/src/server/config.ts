import dotenv from 'dotenv';

dotenv.config();

export interface AppConfig {
  chatModel: string;
  chatDeployment: string;
  embeddingModelName: string;
}

// what the service asks for when the environment says nothing
export const config: AppConfig = {
  chatModel: process.env.CHAT_MODEL || 'gpt-4o-mini',
  chatDeployment: process.env.CHAT_DEPLOYMENT ?? 'support-chat',
  embeddingModelName: process.env.EMBEDDING_MODEL || '',
};

export const RERANK_MODEL = process.env.RERANK_MODEL ?? 'rerank-v3.5';
