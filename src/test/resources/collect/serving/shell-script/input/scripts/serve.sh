#!/usr/bin/env bash
# Starts the LoRA server for the consumer app.
set -euo pipefail

MODEL="${MODEL:-meta-llama/Llama-3.1-8B-Instruct}"
PORT=8000

exec vllm serve "$MODEL" \
  --revision "${REVISION}" \
  --served-model-name chat chat-v2 \
  --enable-lora \
  --lora-modules support=/adapters/support sales=/adapters/sales \
  --max-lora-rank 64 \
  --max-loras=4 \
  --gpu-memory-utilization 0.85 \
  --max-model-len "${MAX_LEN:-8192}" \
  --tensor-parallel-size $TP \
  --port "$PORT" \
  --api-key "$VLLM_API_KEY" \
  --enable-log-requests
