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

    @picocli.CommandLine.Option(names = "--headless", description = "Render with Monocle, no display at all "
            + "(needs org.testfx:openjfx-monocle on the class path, e.g. java -cp collabrisk.jar:openjfx-monocle-17.0.10.jar "
            + "org.collabrisk.Launcher screenshots --headless DIR)")
    boolean headless;

    @Override
    public Integer call() throws Exception {
        if (headless) {
            try {
                Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            } catch (ClassNotFoundException e) {
                throw new org.collabrisk.domain.InvalidInputException("--headless needs Monocle "
                        + "(org.testfx:openjfx-monocle) on the class path; or run under xvfb-run -a without --headless");
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1280x800-32");
        }
        List<Path> files = new ScreenshotTaker(dir, System.err).run();
        System.out.println(files.size() + " screenshots written to " + dir.toAbsolutePath());
        javafx.application.Platform.exit();
        return 0;
    }
}
