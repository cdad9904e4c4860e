param name string
param location string = resourceGroup().location
param tags object = {}
param env array = []
param imageName string = ''
param containerName string = 'main'
param containerCpuCoreCount string = '0.5'
param containerMemory string = '1.0Gi'
param targetPort int = 80

resource app 'Microsoft.App/containerApps@2023-05-02-preview' = {
  name: name
  location: location
  tags: tags
  properties: {
    configuration: {
      ingress: {
        external: true
        targetPort: targetPort
      }
    }
    template: {
      containers: [
        {
          image: !empty(imageName) ? imageName : 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest'
          name: containerName
          env: env
          resources: {
            cpu: json(containerCpuCoreCount)
            memory: containerMemory
          }
        }
      ]
    }
  }
}

output name string = app.name
