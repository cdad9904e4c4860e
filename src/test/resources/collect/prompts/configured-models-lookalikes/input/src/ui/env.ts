import { OpenAI } from 'openai';

export const client = new OpenAI();
// read from the environment without a default: nothing is written here to report
export const chatModel = process.env.CHAT_MODEL;
export const systemName = process.env.SYSTEM_NAME || 'the storefront';
// the header a proxy reads the model from: a header name, not a model
export const HTTP_HEADER_CHAT_MODEL = 'x-acme-chat-model';
