import mlflow
from langfuse import Langfuse
from langsmith import Client

langfuse = Langfuse()
smith = Client()

extraction = langfuse.get_prompt("invoice-extraction", version=3)
advice = langfuse.get_prompt("procedure-advice", label="production")
fallback = langfuse.get_prompt("fallback-answer")
routing = smith.pull_prompt("invoice-routing:1a2b3c4d")
summary = smith.pull_prompt("invoice-summary")
posting = mlflow.genai.load_prompt("prompts:/sap-posting/2")
review = mlflow.genai.load_prompt("prompts:/posting-review@champion")
