import { Langfuse } from "langfuse";

const langfuse = new Langfuse();

export async function triagePrompt() {
  const pinned = await langfuse.getPrompt("triage", 4);
  const moving = await langfuse.getPrompt("triage-v2", undefined, { label: "staging" });
  return [pinned, moving];
}
