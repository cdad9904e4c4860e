from langsmith import traceable
from langsmith.wrappers import wrap_openai
from openai import OpenAI

client = wrap_openai(OpenAI())


@traceable(run_type="chain")
def grade(answer: str) -> str:
    return client.chat.completions.create(model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": answer}])
