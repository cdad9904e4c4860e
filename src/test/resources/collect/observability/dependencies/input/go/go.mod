module example.com/agent

go 1.22

require (
	github.com/sashabaranov/go-openai v1.32.0
	go.opentelemetry.io/otel/sdk v1.31.0
)
