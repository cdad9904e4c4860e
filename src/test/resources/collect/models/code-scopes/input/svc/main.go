package main

import (
	"os"

	"github.com/sashabaranov/go-openai"
)

func request(question string) openai.ChatCompletionRequest {
	model := os.Getenv("CHAT_MODEL")
	return openai.ChatCompletionRequest{Model: model}
}
