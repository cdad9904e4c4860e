class MCPServerStdio:
    """Our own wrapper, not the SDK's."""

    def __init__(self, params):
        self.params = params


local = MCPServerStdio(params={"command": "npx", "args": ["some-tool"]})
