"""Retrieval quality of the catalogue collection, per segment, measured with ragas.

Each golden question is asked in both segments; the passages the retriever returns are scored for
context precision against the expected answer. The release job fails under the threshold.
"""
import argparse
import csv
import sys

from ragas import EvaluationDataset, evaluate
from ragas.metrics import LLMContextPrecisionWithReference

from app.retriever import search


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--golden", required=True)
    parser.add_argument("--min-context-precision", type=float, default=0.75)
    args = parser.parse_args()
    with open(args.golden, newline="") as golden:
        rows = list(csv.DictReader(golden))
    worst = 1.0
    for segment in ("general", "beta"):
        samples = [{
            "user_input": row["question"],
            "retrieved_contexts": search(row["question"], segment=segment),
            "reference": row["__expected"].removeprefix("contains:"),
        } for row in rows]
        result = evaluate(EvaluationDataset.from_list(samples), metrics=[LLMContextPrecisionWithReference()])
        precision = result["llm_context_precision_with_reference"]
        print(f"{segment}: context precision {precision:.3f}")
        worst = min(worst, precision)
    return 0 if worst >= args.min_context_precision else 1


if __name__ == "__main__":
    sys.exit(main())
