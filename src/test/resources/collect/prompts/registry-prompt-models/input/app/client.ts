import OpenAI from "openai";
import { Langfuse } from "langfuse";

const langfuse = new Langfuse();
const openai = new OpenAI();

export async function classify(ticket: string) {
  const prompt = await langfuse.getPrompt("classify-ticket", 4);
  const response = await openai.chat.completions.create({
    model: prompt.config.model,
    messages: prompt.compile({ ticket }),
  });
  return response.choices[0].message.content;
}
