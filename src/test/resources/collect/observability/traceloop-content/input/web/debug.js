const traceloop = require("@traceloop/node-server-sdk");

traceloop.initialize({ appName: "web-debug", traceContent: true });
