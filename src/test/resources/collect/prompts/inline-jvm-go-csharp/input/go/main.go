package main

import "github.com/sashabaranov/go-openai"

const systemPrompt = `You are a terse assistant for warehouse staff. Answer in one sentence.`

func request(q string) openai.ChatCompletionRequest {
	return openai.ChatCompletionRequest{
		Model: "gpt-4o-mini-2024-07-18",
		Messages: []openai.ChatCompletionMessage{
			{Role: "system", Content: systemPrompt},
			{Role: "user", Content: q},
		},
	}
}
