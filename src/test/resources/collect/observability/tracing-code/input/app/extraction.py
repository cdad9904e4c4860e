"""Extraction calls carry the prompt template and its version on their spans."""
from openinference.instrumentation import using_prompt_template
from openai import OpenAI

EXTRACT_TEMPLATE = "Extract the fields of invoice {invoice_id} from: {text}"
client = OpenAI()


def extract(invoice_id: str, text: str) -> str:
    variables = {"invoice_id": invoice_id, "text": text}
    with using_prompt_template(template=EXTRACT_TEMPLATE, variables=variables, version="extract-v3"):
        return client.chat.completions.create(
            model="gpt-4o-mini-2024-07-18",
            messages=[{"role": "user", "content": EXTRACT_TEMPLATE.format(**variables)}],
        ).choices[0].message.content
