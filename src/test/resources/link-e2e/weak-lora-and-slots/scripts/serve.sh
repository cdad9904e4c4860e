#!/usr/bin/env bash
# Serves the invoice adapter on the shared base model.
exec vllm serve meta-llama/Llama-3.1-8B-Instruct \
  --enable-lora \
  --lora-modules invoices=/adapters/invoices \
  --max-model-len 8192
