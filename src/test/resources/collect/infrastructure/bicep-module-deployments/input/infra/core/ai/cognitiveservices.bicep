param name string
param location string = resourceGroup().location
param deployments array = []

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
}

// a generic module: which models it deploys is decided by its caller
@batchSize(1)
resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = [for item in deployments: {
  parent: account
  name: item.name
  properties: {
    model: item.model
    versionUpgradeOption: contains(item, 'versionUpgradeOption') ? item.versionUpgradeOption : null
  }
  sku: contains(item, 'sku') ? item.sku : {
    name: 'Standard'
    capacity: 10
  }
}]

output endpoint string = account.properties.endpoint
