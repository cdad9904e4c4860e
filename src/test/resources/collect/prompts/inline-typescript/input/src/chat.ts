import OpenAI from "openai";

const openai = new OpenAI();
const CHAT_MODEL = process.env.CHAT_MODEL ?? "gpt-4o-2024-08-06";

export async function reply(tone: string, question: string) {
  return openai.chat.completions.create({
    model: CHAT_MODEL,
    max_tokens: 400,
    messages: [
      { role: "system", content: `You are a ${tone} support assistant. Keep answers short.` },
      { role: "user", content: question },
    ],
  });
}
