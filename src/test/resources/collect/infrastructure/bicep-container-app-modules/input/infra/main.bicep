targetScope = 'subscription'

param environmentName string
param location string
param openAiDeploymentName string = ''
param searchImage string = 'contoso.azurecr.io/search:1.4.2'

var tags = { 'azd-env-name': environmentName }

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

// the chat API: a module of this repository that calls azd's core container app module
module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: 'chat-api'
    location: location
    tags: tags
    chatDeploymentName: !empty(openAiDeploymentName) ? openAiDeploymentName : 'gpt-4o-chat'
  }
}

// the search API: azd's core module called directly
module search 'core/host/container-app.bicep' = {
  name: 'search'
  scope: rg
  params: {
    name: 'search-api'
    tags: union(tags, { 'azd-service-name': 'search' })
    imageName: searchImage
    containerCpuCoreCount: '1.0'
    containerMemory: '2.0Gi'
    env: [
      {
        name: 'SEARCH_INDEX'
        value: 'products'
      }
    ]
  }
}

// the indexer: the Azure Verified Module from the public registry
module indexer 'br/public:avm/res/app/container-app:0.11.0' = {
  name: 'indexer'
  scope: rg
  params: {
    name: 'indexer'
    environmentResourceId: 'cae-id'
    tags: union(tags, { 'azd-service-name': 'indexer' })
    containers: [
      {
        name: 'main'
        image: 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest'
        resources: {
          cpu: json('0.25')
          memory: '0.5Gi'
        }
        env: [
          {
            name: 'AZURE_OPENAI_EMBED_DEPLOYMENT'
            value: 'embed'
          }
        ]
      }
    ]
  }
}
