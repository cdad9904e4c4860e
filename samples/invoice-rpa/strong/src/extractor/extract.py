"""Invoice field extraction: runs the versioned prompt, which names the model snapshot it was tested with.

The prompt's name and version go on every span made inside the call (llm.prompt_template.*), so a
trace of a wrong extraction says which prompt version produced it.
"""
import prompty
from openinference.instrumentation import using_prompt_template

from src.extractor import telemetry

telemetry.setup()

PROMPT = "prompts/extract-fields.prompty"


def extract(invoice_text: str, vendor_hint: str) -> dict:
    prompt = prompty.load(PROMPT)
    inputs = {"invoice_text": invoice_text, "vendor_hint": vendor_hint}
    with using_prompt_template(template=prompt.name, variables=inputs, version=prompt.metadata["version"]):
        return prompty.execute(prompt, inputs=inputs)
