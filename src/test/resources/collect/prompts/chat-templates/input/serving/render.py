from openai import OpenAI

SYSTEM_PROMPT = "You are a support assistant for Acme routers. Answer in two sentences."

# passed to the server as --chat-template; renders any conversation, so it is no prompt
CHAT_PROMPT_TEMPLATE = """{%- for message in messages %}{{- '<|turn_start|>' + message['role'] + '\n' + message['content'] + '<|turn_end|>\n' }}{%- endfor %}{%- if add_generation_prompt %}{{- '<|turn_start|>assistant\n' }}{%- endif %}"""


def answer(client: OpenAI, question: str) -> str:
    response = client.chat.completions.create(
        model="support-ft",
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question}],
        extra_body={"chat_template": CHAT_PROMPT_TEMPLATE},
    )
    return response.choices[0].message.content
