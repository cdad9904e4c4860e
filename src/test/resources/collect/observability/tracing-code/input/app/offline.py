from langfuse import Langfuse, observe

# kept so that the code paths stay the same in the offline evaluation job
langfuse = Langfuse(enabled=False)


@observe(name="offline-eval")
def evaluate(sample):
    return sample
