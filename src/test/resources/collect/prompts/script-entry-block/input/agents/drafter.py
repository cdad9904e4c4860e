import sys

from openai import OpenAI

client = OpenAI()


def draft(topic: str) -> str:
    instructions = "You are the outline writer of a travel blog. Write a short outline for the topic you are given."
    response = client.responses.create(model="gpt-4o-mini", instructions=instructions, input=topic)
    return response.output_text


def main() -> None:
    # a real prompt in a function that the script block calls: read as any other
    system_prompt = "You are the editor of a travel blog. Tighten the outline and keep its headings."
    print(client.responses.create(model="gpt-4o-mini", instructions=system_prompt, input=draft(sys.argv[1])).output_text)


if __name__ == "__main__":
    # the sample input of a try-out run
    if len(sys.argv) < 2:
        instructions = "Can you outline a post about winter hiking trails along the coast?"
    else:
        instructions = sys.argv[1]
    print(draft(instructions))
    main()
