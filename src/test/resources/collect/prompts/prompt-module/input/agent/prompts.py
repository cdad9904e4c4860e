"""Prompts of the research agent."""

MAX_SOURCES = 8
CITATION_STYLE = "numbered"

compress_findings_human_message = """All messages above are notes from a research assistant. Clean them up
without summarising: keep every fact and every source, only remove repetition."""

report_writer_system = (
    "You write the final report from the research brief and the cleaned notes. "
    "Cite every claim with the number of its source."
)


def render(brief):
    # a local string in a function is not a module constant
    note = "This note is built at run time and is not one of the module's prompts, even if it is long."
    return note + brief
