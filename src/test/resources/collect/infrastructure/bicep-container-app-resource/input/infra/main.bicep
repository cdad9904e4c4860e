targetScope = 'resourceGroup'

@description('Name of the azd environment, filled by azd')
param environmentName string
param location string = 'westeurope'
param apiImage string
param chatDeploymentName string = 'chat'

var tags = { 'azd-env-name': environmentName }

resource env 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-${environmentName}'
  location: location
  tags: tags
  properties: {}
}

resource api 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'invoice-api'
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  properties: {
    managedEnvironmentId: env.id
    configuration: {
      secrets: [
        {
          name: 'openai-key'
          value: 'not-in-evidence'
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'api'
          image: apiImage
          env: [
            {
              name: 'AZURE_OPENAI_CHAT_DEPLOYMENT'
              value: chatDeploymentName
            }
            {
              name: 'AZURE_OPENAI_ENDPOINT'
              value: openai.properties.endpoint
            }
            {
              name: 'AZURE_OPENAI_API_KEY'
              secretRef: 'openai-key'
            }
            {
              name: 'SERVICE_TOKEN'
              value: 'tok-3f9a8b7c6d5e4f3a2b1c'
            }
            {
              name: 'LOG_LEVEL'
              value: 'info'
            }
          ]
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
        }
        {
          name: 'otel-sidecar'
          image: 'otel/opentelemetry-collector-contrib:0.98.0@sha256:5d0f6b2a9b1c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f'
        }
      ]
    }
  }
}

resource openai 'Microsoft.CognitiveServices/accounts@2023-05-01' existing = {
  name: 'oai-${environmentName}'
}

// one worker per queue: the loop is one workload, its name decided per item
param queues array = [
  'invoices'
  'receipts'
]

resource workers 'Microsoft.App/containerApps@2024-03-01' = [for queue in queues: {
  name: 'worker-${queue}'
  location: location
  tags: union(tags, { 'azd-service-name': 'worker' })
  properties: {
    managedEnvironmentId: env.id
    template: {
      containers: [
        {
          name: 'worker'
          image: 'contoso.azurecr.io/worker:2.0.1'
          env: [
            {
              name: 'QUEUE_NAME'
              value: queue
            }
          ]
        }
      ]
    }
  }
}]
