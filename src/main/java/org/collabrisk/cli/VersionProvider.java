package org.collabrisk.cli;

import org.collabrisk.config.AppInfo;
import picocli.CommandLine;

/** Prints the application version (from the jar manifest, or the build's resource). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"CollabRisk " + AppInfo.version()};
    }
}
