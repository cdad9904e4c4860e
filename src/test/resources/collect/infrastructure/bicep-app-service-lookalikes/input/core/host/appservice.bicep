// a template module that nobody calls: its site is named by a caller that does not exist
param name string
param appSettings object = {}

resource appService 'Microsoft.Web/sites@2022-03-01' = {
  name: name
  properties: {}
}
