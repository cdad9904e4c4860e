"""Invoice field extraction: runs the versioned prompt, which names the model snapshot it was tested with."""
import prompty

from src.extractor import telemetry

telemetry.setup()


def extract(invoice_text: str, vendor_hint: str) -> dict:
    return prompty.execute(
        "prompts/extract-fields.prompty",
        inputs={"invoice_text": invoice_text, "vendor_hint": vendor_hint},
    )
