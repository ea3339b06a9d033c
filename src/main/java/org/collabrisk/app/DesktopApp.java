package org.collabrisk.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.collabrisk.config.AppInfo;

/** The JavaFX application. A placeholder window until the desktop-app issue lands. */
public class DesktopApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        VBox root = new VBox(12, new Label("CollabRisk " + AppInfo.version()),
                new Label("Screening aid for the export-control office, not legal advice."));
        root.setPadding(new Insets(24));
        stage.setTitle("CollabRisk");
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }
}
