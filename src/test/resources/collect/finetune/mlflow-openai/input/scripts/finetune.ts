import OpenAI from "openai";

const client = new OpenAI();

export async function start(trainingFileId: string) {
  return client.fineTuning.jobs.create({
    model: "gpt-4o-mini",
    training_file: trainingFileId,
    hyperparameters: { n_epochs: 4, learning_rate_multiplier: "auto" },
  });
}
