from dataclasses import dataclass

templates = {}


@dataclass
class QuizTemplate:
    system: str
    choice: str


def register(name, system, choice):
    templates[name] = QuizTemplate(system=system, choice=choice)


register(
    name="en",
    system="The following are multiple choice questions about {subject}. Answer with one letter.\n\n",
    choice="\n{choice}. {content}",
)

register_chat_format(
    name="plain",
    format_system=Formatter(slots=["<|system|>\n{{content}}<|end|>\n"]),
    default_system=(
        "You are a careful assistant. Answer briefly and say when you do not know the answer."
    ),
)

# look-alikes: the operating system, and a role value
system = platform_name() or "linux-x86_64-generic-kernel-with-a-long-build-string"
message = {"role": "system", "content": user_text}
