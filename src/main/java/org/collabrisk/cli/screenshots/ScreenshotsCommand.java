package org.collabrisk.cli.screenshots;

import org.collabrisk.app.screenshots.ScreenshotTaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code collabrisk screenshots DIR}: PNGs of the main screens with the sample cases, taken in a real window on a
 * temporary database. Needs a display: on a machine without one, run it under {@code xvfb-run -a}.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Write PNG screenshots of the main screens (sample data, temporary database) into DIR. "
                + "Needs a display; on a headless machine use: xvfb-run -a java -jar collabrisk.jar screenshots DIR")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder to write the PNG files into (created if absent)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ScreenshotTaker(dir, System.err).run();
        System.out.println(files.size() + " screenshots written to " + dir.toAbsolutePath());
        javafx.application.Platform.exit();
        return 0;
    }
}
