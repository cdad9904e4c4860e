param name string
param location string = resourceGroup().location
param tags object = {}
param env array = []
param exists bool = false
param targetPort int = 80

resource existingApp 'Microsoft.App/containerApps@2023-05-02-preview' existing = if (exists) {
  name: name
}

module app 'container-app.bicep' = {
  name: '${deployment().name}-update'
  params: {
    name: name
    location: location
    tags: tags
    env: env
    imageName: exists ? existingApp.properties.template.containers[0].image : ''
    targetPort: targetPort
  }
}

output name string = app.outputs.name
