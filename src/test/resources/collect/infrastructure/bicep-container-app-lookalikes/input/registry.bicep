// only the registry the apps pull from, and the managed environment they run in
param name string
param location string = resourceGroup().location

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  sku: {
    name: 'Basic'
  }
}

resource containerAppsEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-${name}'
  location: location
  properties: {}
}

output containerApps object = {
  registry: registry.name
  environment: containerAppsEnvironment.name
}
