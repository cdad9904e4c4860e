"""A batch worker: traced with Langfuse's client alone, and a queue whose 'mask' is a bit mask."""
from langfuse import Langfuse

from worker.queue import Client

langfuse = Langfuse(host="https://langfuse.example.com")
queue = Client(mask=0b1010)


def run(job):
    with langfuse.start_as_current_span(name="job"):
        return queue.push(job)
