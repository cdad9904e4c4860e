param name string
param containerAppsEnvironmentName string
param containerRegistryName string

module containerAppsEnvironment 'container-apps-environment.bicep' = {
  name: '${name}-container-apps-environment'
  params: {
    name: containerAppsEnvironmentName
  }
}

module containerRegistry '../../registry.bicep' = {
  name: '${name}-container-registry'
  params: {
    name: containerRegistryName
  }
}
