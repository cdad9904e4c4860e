param workspaceName string

// An Azure Machine Learning online deployment also has a model property: not an OpenAI deployment
resource endpointDeployment 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2024-04-01' = {
  name: '${workspaceName}/scoring/blue'
  location: resourceGroup().location
  sku: {
    name: 'Default'
    capacity: 1
  }
  properties: {
    endpointComputeType: 'Managed'
    model: {
      name: 'churn-classifier'
      version: '3'
    }
  }
}

// deployments of container revisions, handed to a module that is not about models
var slotDeployments = [
  {
    name: 'blue'
    weight: 80
  }
]

module slots 'core/host/slots.bicep' = {
  name: 'slots'
  params: {
    deployments: slotDeployments
    description: 'model: { name: \'gpt-4o\' } in a string is text'
  }
}
