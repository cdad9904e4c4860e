param accountName string
param chatModel string = 'gpt-4o'

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  name: '${accountName}/chat'
  sku: {
    name: 'Standard'
    capacity: 20
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chatModel
    }
  }
}
