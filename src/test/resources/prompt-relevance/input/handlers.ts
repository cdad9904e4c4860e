const DEFAULT_MODEL = "claude-sonnet-4-20250514";

export function format(total: number): string {
  return total.toFixed(2);
}

function* pages(count: number) {
  for (let i = 0; i < count; i++) yield i;
}

function ask(client: any, question: string) {
  return client.messages.create({
    model: DEFAULT_MODEL,
    system: "You answer questions about shipping rates only.",
    messages: [{ role: "user", content: question }],
  });
}

function tally(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
