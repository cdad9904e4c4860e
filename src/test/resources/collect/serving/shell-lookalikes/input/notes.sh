#!/bin/bash
# To serve locally, run: vllm serve meta-llama/Llama-3.1-8B-Instruct --max-lora-rank 64
echo "vllm serve is started by the Helm chart, not by this script"
pip install vllm==0.6.3
