def build(sample):
    # a Llama 3 conversation assembled around the dataset's own texts: a format, not a prompt
    prompt = (
        f"<|start_header_id|>system<|end_header_id|>\n\n{sample['system']}<|eot_id|>"
        f"<|start_header_id|>user<|end_header_id|>\n\n{sample['input']}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    return prompt + f"{sample['chosen']}<|eot_id|>"


# look-alike: the same format around a system message written here, which is a prompt
JUDGE_PROMPT = (
    "<|start_header_id|>system<|end_header_id|>\n\n"
    "You compare two answers and reply with the letter of the better one.<|eot_id|>"
)


def with_timings(prompt, elapsed):
    # text appended to a prompt built elsewhere is not a prompt of its own
    prompt = f"{prompt}\n\n## Time elapsed:\n  - Total: {elapsed:.1f}ms\n  - Retrieval: {elapsed:.1f}ms\n"
    return prompt
