targetScope = 'subscription'

param environmentName string
param openAIModel string = 'turbo16k'
param openAIModelName string = 'gpt-35-turbo-16k'
param searchIndexName string = 'gptkbindex'

var tags = { 'azd-env-name': environmentName }

// azd's core module: the settings are an object, the runtime two parameters
module backend 'core/host/appservice.bicep' = {
  name: 'web'
  params: {
    name: 'app-backend-${uniqueString(environmentName)}'
    tags: union(tags, { 'azd-service-name': 'backend' })
    runtimeName: 'python'
    runtimeVersion: '3.10'
    appSettings: {
      AZURE_SEARCH_INDEX: searchIndexName
      AZURE_OPENAI_MODEL: openAIModel
      AZURE_OPENAI_MODEL_NAME: openAIModelName
      AZURE_OPENAI_KEY: openAi.outputs.key
    }
  }
}

// the Azure Verified Module
module frontend 'br/public:avm/res/web/site:0.15.1' = {
  name: 'frontend'
  params: {
    name: 'app-frontend'
    kind: 'app,linux'
    tags: union(tags, { 'azd-service-name': 'frontend' })
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
    }
    appSettingsKeyValuePairs: {
      BACKEND_URL: 'https://app-backend.azurewebsites.net'
    }
  }
}

module openAi 'core/ai/cognitiveservices.bicep' = {
  name: 'openai'
  params: {
    name: 'oai-${uniqueString(environmentName)}'
  }
}
