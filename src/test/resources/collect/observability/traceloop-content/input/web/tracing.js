const traceloop = require("@traceloop/node-server-sdk");

traceloop.initialize({ appName: "web-assistant", traceContent: false, disableBatch: true });
