param location string = resourceGroup().location
param environmentName string
param chatDeployment string = 'chat'
param imageTag string = '1.4.2'

var tags = { 'azd-env-name': environmentName }

resource plan 'Microsoft.Web/serverfarms@2022-03-01' = {
  name: 'plan-invoices'
  location: location
  sku: { name: 'P1v3' }
}

// a containerised API: its image is the runtime
resource api 'Microsoft.Web/sites@2022-03-01' = {
  name: 'invoices-api'
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'app,linux,container'
  properties: {
    serverFarmId: plan.id
    siteConfig: {
      linuxFxVersion: 'DOCKER|acrinvoices.azurecr.io/invoices-api:${imageTag}'
      appSettings: [
        { name: 'AZURE_OPENAI_CHAT_DEPLOYMENT', value: chatDeployment }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'OPENAI_API_KEY', value: 'sk-live-1234567890abcdef1234567890abcdef' }
      ]
    }
  }
}

// a Python function app whose settings are a config resource of its own
resource worker 'Microsoft.Web/sites@2022-03-01' = {
  name: 'invoices-worker'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
    siteConfig: {
      linuxFxVersion: 'PYTHON|3.11'
    }
  }
}

resource workerSettings 'Microsoft.Web/sites/config@2022-03-01' = {
  parent: worker
  name: 'appsettings'
  properties: {
    FUNCTIONS_WORKER_RUNTIME: 'python'
    EXTRACTION_MODEL_DEPLOYMENT: chatDeployment
  }
}
