import logging
import os

from azure.monitor.opentelemetry import configure_azure_monitor


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO)
    if os.getenv("APPLICATIONINSIGHTS_CONNECTION_STRING"):
        configure_azure_monitor(logger_name="orders")
