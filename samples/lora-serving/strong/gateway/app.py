"""Support gateway: routes a question to the right LoRA adapter on the shared vLLM server."""
import os

from openai import OpenAI
from openinference.instrumentation import using_prompt_template
from openinference.instrumentation.openai import OpenAIInstrumentor
from prompty import load

import telemetry

telemetry.setup(service_version=os.environ.get("APP_VERSION", "2.4.0"))
OpenAIInstrumentor().instrument()

SUPPORT_PROMPT = load("prompts/support-answer.prompty")
client = OpenAI(base_url=os.environ["VLLM_BASE_URL"], api_key="unused")


def answer(question: str, article: str) -> str:
    # the prompt's name and version go on the spans of the call (llm.prompt_template.*)
    inputs = {"question": question, "article": article}
    with using_prompt_template(template=SUPPORT_PROMPT.name, variables=inputs, version=SUPPORT_PROMPT.metadata["version"]):
        return SUPPORT_PROMPT(**inputs)


def billing_answer(question: str) -> str:
    reply = client.chat.completions.create(
        model="billing",
        messages=[{"role": "user", "content": question}],
        temperature=0,
        seed=11,
    )
    return reply.choices[0].message.content
