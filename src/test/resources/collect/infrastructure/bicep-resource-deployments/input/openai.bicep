param location string = resourceGroup().location
param accountName string

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: accountName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }

  // a child resource written inside its parent: the type is relative
  resource triage 'deployments@2024-10-01' = {
    name: 'triage-4o'
    sku: {
      name: 'Standard'
      capacity: 10
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: 'gpt-4o'
        version: '2024-08-06'
      }
      versionUpgradeOption: 'NoAutoUpgrade'
    }
  }
}

resource summarizer 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: 'summarizer'
  sku: {
    name: 'GlobalStandard'
    capacity: 50
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: 'gpt-4o-mini'
    }
  }
  dependsOn: [ account::triage ]
}

output AZURE_OPENAI_TRIAGE_DEPLOYMENT string = account::triage.name
output SUMMARIZER_DEPLOYMENT string = summarizer.name
