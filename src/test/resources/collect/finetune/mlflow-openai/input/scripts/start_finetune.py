"""Uploads the invoice training set and starts an OpenAI fine-tuning job."""
import os

from openai import OpenAI

BASE_MODEL = "gpt-4o-mini-2024-07-18"
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

train = client.files.create(file=open("data/invoices-train.jsonl", "rb"), purpose="fine-tune")

job = client.fine_tuning.jobs.create(
    model=BASE_MODEL,  # dated snapshot on purpose
    training_file=train.id,
    validation_file="file-val456",
    suffix="invoices",
    seed=42,
    method={
        "type": "dpo",
        "dpo": {"hyperparameters": {"beta": 0.1, "n_epochs": 2}},
    },
)
print(job.id)
