module example.com/gateway

go 1.22

require github.com/sashabaranov/go-openai v1.32.0

require (
	golang.org/x/text v0.19.0 // indirect
	github.com/tmc/langchaingo v0.1.12
)
