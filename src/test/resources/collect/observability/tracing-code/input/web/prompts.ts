// Spans made inside carry the extraction prompt's template, variables and version.
import { context } from "@opentelemetry/api";
import { setPromptTemplate } from "@arizeai/openinference-core";

export function withExtractPrompt<T>(invoiceId: string, fn: () => T): T {
  const prompt = { template: "Extract the fields of invoice {invoiceId}", variables: { invoiceId }, version: "extract-v3" };
  return context.with(setPromptTemplate(context.active(), prompt), fn);
}
