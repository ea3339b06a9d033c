package org.collabrisk.app.common;

import javafx.application.Platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catches whatever escapes (house style: never a silent failure): logs it once and shows it in a dialog on the
 * FX thread. Installed as the default handler and on the FX thread by the app.
 */
public final class FallbackErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FallbackErrorHandler.class.getName());

    private final DialogService dialogs;
    private boolean showing;

    public FallbackErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        Runnable show = () -> {
            if (showing) {
                return; // an error inside the dialog must not open dialogs without end
            }
            showing = true;
            try {
                dialogs.showException("Something went wrong", error);
            } catch (RuntimeException nested) {
                LOG.log(Level.SEVERE, "Could not show the error dialog", nested);
            } finally {
                showing = false;
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            try {
                Platform.runLater(show);
            } catch (IllegalStateException toolkitGone) {
                LOG.log(Level.SEVERE, "Toolkit not running; error only logged", error);
            }
        }
    }
}
