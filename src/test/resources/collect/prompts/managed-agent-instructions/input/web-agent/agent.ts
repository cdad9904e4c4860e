import { defineDeepAgent } from "managed-deepagents";

export const agent = defineDeepAgent({
  name: "web_agent",
  model: "anthropic:claude-sonnet-4-5-20250929",
});
