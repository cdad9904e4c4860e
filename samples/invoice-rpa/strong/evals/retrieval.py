"""Retrieval quality of a procedures collection on labelled invoice summaries, measured with ragas.

Each labelled summary names the procedure a bookkeeper used; the retriever must bring it back
among its passages. The release job fails when context precision drops under the threshold.
"""
import argparse
import csv
import sys

from ragas import EvaluationDataset, evaluate
from ragas.metrics import LLMContextPrecisionWithReference, LLMContextRecall

from src.retriever.query import procedures_for


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--collection", required=True)
    parser.add_argument("--min-context-precision", type=float, default=0.8)
    args = parser.parse_args()
    with open("evals/retrieval-labels.csv", newline="") as labelled:
        rows = list(csv.DictReader(labelled))
    samples = [{
        "user_input": row["invoice_summary"],
        "retrieved_contexts": procedures_for(row["invoice_summary"]),
        "reference": row["procedure"],
    } for row in rows]
    result = evaluate(EvaluationDataset.from_list(samples), metrics=[LLMContextPrecisionWithReference(), LLMContextRecall()])
    precision = result["llm_context_precision_with_reference"]
    print(f"{args.collection}: context precision {precision:.3f}, recall {result['context_recall']:.3f}")
    return 0 if precision >= args.min_context_precision else 1


if __name__ == "__main__":
    sys.exit(main())
