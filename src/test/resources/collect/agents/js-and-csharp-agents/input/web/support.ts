import { Agent, tool } from "@openai/agents";
import { z } from "zod";

const lookupOrder = tool({
  name: "lookup_order",
  description: "Finds an order",
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => id,
});

export const support = new Agent({
  name: "Support",
  instructions: "Help customers with their orders.",
  model: "gpt-4.1-2025-04-14",
  tools: [lookupOrder],
});
