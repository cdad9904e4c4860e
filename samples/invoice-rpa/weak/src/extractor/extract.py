"""Invoice field extraction: renders the prompt and calls the model."""
import os

from prompty import load

PROMPT = load("prompts/extract-fields.prompty")


def extract(invoice_text: str, vendor_hint: str) -> dict:
    deployment = os.environ["AZURE_OPENAI_DEPLOYMENT"]
    return PROMPT(invoice_text=invoice_text, vendor_hint=vendor_hint, deployment=deployment)
