package com.acme;

import com.acme.shell.Shell;

public class Cleanup {
    void run(Shell shell) {
        shell.builder().system("rm -rf /tmp/invoice-cache && echo cleaned up the invoice cache").run();
    }
}
