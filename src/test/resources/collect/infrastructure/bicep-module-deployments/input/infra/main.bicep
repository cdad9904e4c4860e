targetScope = 'subscription'

@minLength(1)
@description('Name of the environment')
param environmentName string

// The chat model: defaults here, overridden from main.parameters.json
param chatModelName string = 'gpt-4o-mini'
param chatDeploymentName string = 'chat'
@description('Keep in step with the model availability table')
param chatDeploymentVersion string = '2024-07-18'
param chatDeploymentCapacity int = 30

// The embedding model is set only in main.parameters.json
param embedModelName string
param embedDeploymentName string
param embedDeploymentVersion string

param evalModelName string = ''
param useEval bool = false

var evalModel = {
  modelName: !empty(evalModelName) ? evalModelName : 'gpt-4o'
  deploymentName: 'eval'
  deploymentVersion: '2024-11-20'
}

var coreDeployments = [
  {
    name: chatDeploymentName
    model: {
      format: 'OpenAI'
      name: chatModelName
      version: chatDeploymentVersion
    }
    versionUpgradeOption: 'NoAutoUpgrade'
    sku: {
      name: 'GlobalStandard'
      capacity: chatDeploymentCapacity
    }
  }
  {
    name: embedDeploymentName
    model: {
      format: 'OpenAI'
      name: embedModelName
      version: embedDeploymentVersion
    }
    sku: {
      name: 'Standard'
      capacity: 20
    }
  }
]

var allDeployments = concat(coreDeployments, useEval ? [
  {
    name: evalModel.deploymentName
    model: {
      format: 'OpenAI'
      name: evalModel.modelName
      version: evalModel.deploymentVersion
    }
    versionUpgradeOption: 'OnceCurrentVersionExpired'
  }
] : [])

module openAi 'core/ai/cognitiveservices.bicep' = {
  name: 'openai'
  scope: resourceGroup('rg-${environmentName}')
  params: {
    name: 'oai-${environmentName}'
    // a comment that mentions model: { name: 'gpt-35-turbo' } is not a deployment
    deployments: allDeployments
  }
}

var appSettings = {
  AZURE_OPENAI_EMBED_DEPLOYMENT: embedDeploymentName
  AZURE_OPENAI_EVAL_DEPLOYMENT: evalModel.deploymentName
  APP_TITLE: 'Ask the handbook'
}

module web 'core/host/appservice.bicep' = {
  name: 'web'
  scope: resourceGroup('rg-${environmentName}')
  params: {
    appSettings: appSettings
  }
}

output AZURE_OPENAI_CHAT_DEPLOYMENT string = useEval ? chatDeploymentName : chatDeploymentName
output AZURE_OPENAI_CHAT_MODEL string = chatModelName
