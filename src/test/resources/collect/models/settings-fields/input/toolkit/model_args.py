from dataclasses import dataclass, field


@dataclass
class ModelArguments:
    model: str = field(
        default="Qwen/Qwen3-4B-Instruct-2507",
        metadata={"help": "Path to the model or an identifier on the hub."},
    )
    model_revision: str = field(default="main")
    trust_remote_code: bool = field(default=False)


@dataclass
class ReportArguments:
    # look-alikes: a settings field that is not a hub id, and a record's model field
    model: str = field(default="invoice")
    summary_model: str = "rule-based"
