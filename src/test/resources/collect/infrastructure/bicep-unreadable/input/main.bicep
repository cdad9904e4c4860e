param chatModelName string = 'gpt-4o-mini'

var deployments = [
  {
    name: 'chat'
    model: {
      format: 'OpenAI'
      name: chatModelName
      version: '2024-07-18
    }
  }
]
