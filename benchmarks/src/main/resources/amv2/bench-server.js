// The Node Azure Mobile Apps server (protocol v2) as the peer of the `server` benchmark: the sqlite provider and
// the table items, with a dynamic schema and soft delete. Prints "LISTENING <port>" once it accepts requests, and
// exits when its standard input closes (the benchmark ended), so that no server outlives its run.
//
// Usage: NODE_PATH=<cache>/node_modules node bench-server.js <database file>
var express = require('express'),
    azureMobileApps = require('azure-mobile-apps');

var app = express(),
    mobile = azureMobileApps({
        data: { provider: 'sqlite', filename: process.argv[2] },
        logging: { level: 'error' }
    });

mobile.tables.add('items', { dynamicSchema: true, softDelete: true });
app.use(mobile);

mobile.tables.initialize().then(function () {
    var server = app.listen(0, '127.0.0.1', function () {
        console.log('LISTENING ' + server.address().port);
    });
}, function (error) {
    console.error('Could not initialize the tables: ' + error);
    process.exit(2);
});

process.stdin.on('end', function () { process.exit(0); });
process.stdin.resume();
