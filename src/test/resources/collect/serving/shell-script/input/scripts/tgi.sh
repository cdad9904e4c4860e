#!/bin/sh
text-generation-launcher --model-id mistralai/Mistral-7B-Instruct-v0.3@0417f4babd26db0b5ed07c1d0bc85658ab526ea3 \
    --max-total-tokens 4096 --quantize bitsandbytes-nf4 ${TOKENIZER_REV:+--tokenizer-revision "$TOKENIZER_REV"} \
    --lora-adapters "support=acme/support-lora,acme/sales-lora"
