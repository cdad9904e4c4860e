"""Posts an approved booking to SAP; records which extraction and advice produced it."""
import os

import requests


def post(booking: dict, trace_id: str) -> str:
    response = requests.post(
        os.environ["SAP_POSTING_URL"],
        json={**booking, "externalReference": trace_id},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["documentNumber"]
