// azd's module: a template named by its callers, never reported itself
param name string
param location string = resourceGroup().location
param tags object = {}
param appSettings object = {}
param runtimeName string
param runtimeVersion string
param linuxFxVersion string = '${runtimeName}|${runtimeVersion}'

resource appService 'Microsoft.Web/sites@2022-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    siteConfig: {
      linuxFxVersion: linuxFxVersion
    }
  }

  resource configAppSettings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, { SCM_DO_BUILD_DURING_DEPLOYMENT: 'true' })
  }
}
