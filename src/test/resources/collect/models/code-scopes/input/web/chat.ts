import OpenAI from "openai";

const CHAT_MODEL = process.env.CHAT_MODEL || "gpt-4o-2024-11-20";

export class Chat {
  private model: string;

  constructor(private client = new OpenAI()) {
    this.model = CHAT_MODEL;
  }

  ask(question: string) {
    return this.client.responses.create({ model: this.model, input: question });
  }
}
