// azd's template test: deploys main.bicep with fixed values
targetScope = 'subscription'

module main 'main.bicep' = {
  name: 'main-test'
  params: {
    environmentName: 'testing'
    location: 'westeurope'
  }
}
