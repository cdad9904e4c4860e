import os

# no LLM library in this file: "model" is the data model of an export job
data_model = os.getenv("EXPORT_DATA_MODEL") or "invoice-v2"
