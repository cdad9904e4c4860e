param name string
param location string = resourceGroup().location
param tags object = {}
param serviceName string = 'api'
param chatDeploymentName string
param environmentVariables array = []

module app '../core/host/container-app-upsert.bicep' = {
  name: '${serviceName}-container-app-module'
  params: {
    name: name
    location: location
    tags: union(tags, { 'azd-service-name': serviceName })
    env: union(environmentVariables, [
      {
        name: 'AZURE_OPENAI_CHAT_DEPLOYMENT'
        value: chatDeploymentName
      }
      {
        name: 'RUNNING_IN_PRODUCTION'
        value: 'true'
      }
    ])
    targetPort: 8000
  }
}

output SERVICE_API_NAME string = app.outputs.name
