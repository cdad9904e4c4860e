param environmentName string

// the environment and registry, through azd's plural core module: no app runs in it yet
module containerApps 'core/host/container-apps.bicep' = {
  name: 'container-apps'
  params: {
    name: 'app'
    containerAppsEnvironmentName: 'cae-${environmentName}'
    containerRegistryName: 'cr${environmentName}'
  }
}

// a parameter object shaped like an app's settings is no app
param containerApp object = {
  name: 'api'
  image: 'nginx:1.25'
}

/*
resource api 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'api'
  properties: {
    template: {
      containers: [
        {
          name: 'api'
          image: 'nginx:1.25'
        }
      ]
    }
  }
}
*/

// module web 'core/host/container-app.bicep' = { name: 'web', params: { name: 'web' } }

// a module outside the audited tree is not read
module shared '../../platform/apps.bicep' = {
  name: 'shared'
  params: {
    environmentName: environmentName
  }
}
