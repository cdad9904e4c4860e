param location string = resourceGroup().location

// a plan, a static web app, a slot and a plan module: none of them runs the application
resource plan 'Microsoft.Web/serverfarms@2022-03-01' = {
  name: 'plan-invoices'
  location: location
}

resource web 'Microsoft.Web/staticSites@2022-03-01' = {
  name: 'invoices-web'
  location: location
  properties: {}
}

resource slot 'Microsoft.Web/sites/slots@2022-03-01' = {
  name: 'invoices-api/staging'
  location: location
  properties: {
    siteConfig: {
      appSettings: [ { name: 'AZURE_OPENAI_CHAT_DEPLOYMENT', value: 'chat' } ]
    }
  }
}

module appServicePlan 'core/host/appserviceplan.bicep' = {
  name: 'appserviceplan'
  params: {
    name: 'plan-${location}'
  }
}

output appServiceName string = 'invoices-api'

// resource old 'Microsoft.Web/sites@2022-03-01' = {
//   name: 'invoices-old'
// }
