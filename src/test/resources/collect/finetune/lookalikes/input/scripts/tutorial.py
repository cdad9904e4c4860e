"""How a fine-tuning job is started (a tutorial, not a job):

    client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file="file-abc")
"""
# client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-old")


def describe():
    return "see the docstring"
