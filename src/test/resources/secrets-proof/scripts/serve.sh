#!/bin/sh
exec vllm serve meta-llama/Llama-3.1-8B-Instruct --api-key seeded-vllm-shell-0023 --port 8000
