// The Node Azure Mobile Apps server (protocol v2) for LegacyServerIT: the sqlite provider and the tables
// todoitems and createdtodos, with a dynamic schema and soft delete. Prints "LISTENING <port>" once it accepts
// requests, and exits when its standard input closes (the test JVM ended), so that no server outlives its test.
//
// Usage: NODE_PATH=<cache>/node_modules node server.js <database file> <port, 0 for any free one>
var express = require('express'),
    azureMobileApps = require('azure-mobile-apps');

var app = express(),
    mobile = azureMobileApps({
        data: { provider: 'sqlite', filename: process.argv[2] },
        logging: { level: 'error' }
    });

mobile.tables.add('todoitems', { dynamicSchema: true, softDelete: true });
mobile.tables.add('createdtodos', { dynamicSchema: true, softDelete: true });
app.use(mobile);

mobile.tables.initialize().then(function () {
    var server = app.listen(Number(process.argv[3] || 0), '127.0.0.1', function () {
        console.log('LISTENING ' + server.address().port);
    });
}, function (error) {
    console.error('Could not initialize the tables: ' + error);
    process.exit(2);
});

process.stdin.on('end', function () { process.exit(0); });
process.stdin.resume();
