package io.milepost.ui;

import io.milepost.ui.dialog.Buttons;
import io.milepost.app.AboutMilepost;
import io.milepost.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version, what Milepost is, and the licences of the libraries and fonts it ships with. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert show(Window owner) {
        Messages m = Messages.ui();
        Label version = new Label(m.get("help.about.version", AboutMilepost.version()));
        version.setId("about-version");
        Label what = new Label(m.get("help.about.text"));
        what.setWrapText(true);

        TableView<AboutMilepost.Library> libraries = new TableView<>();
        libraries.setId("about-libraries");
        TableColumn<AboutMilepost.Library, String> name = new TableColumn<>(m.get("help.about.library"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(240);
        TableColumn<AboutMilepost.Library, String> licence = new TableColumn<>(m.get("help.about.licence"));
        licence.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().licence()));
        licence.setPrefWidth(380);
        libraries.getColumns().add(name);
        libraries.getColumns().add(licence);
        libraries.getItems().setAll(AboutMilepost.libraries());
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries.setPrefHeight(220);

        Label fonts = new Label(m.get("help.about.fontText"));
        fonts.setWrapText(true);
        TextArea fontLicence = new TextArea(AboutMilepost.fontLicence());
        fontLicence.setEditable(false);
        fontLicence.setPrefRowCount(8);
        TitledPane fontPane = new TitledPane(m.get("help.about.fontLicence"), fontLicence);
        fontPane.setExpanded(false);

        Label librariesHeading = new Label(m.get("help.about.libraries"));
        librariesHeading.getStyleClass().add("details-section");
        Label fontsHeading = new Label(m.get("help.about.fonts"));
        fontsHeading.getStyleClass().add("details-section");
        VBox content = new VBox(8, version, what, librariesHeading, libraries, fontsHeading, fonts, fontPane);
        content.setPrefWidth(660);

        Alert dialog = new Alert(Alert.AlertType.NONE, null, Buttons.close());
        dialog.initOwner(owner);
        dialog.setTitle(m.get("help.about.title"));
        dialog.setHeaderText(m.get("desk.app.name"));
        var icon = AboutDialog.class.getResource("icons/milepost-64.png");
        if (icon != null) {
            dialog.setGraphic(new ImageView(new Image(icon.toExternalForm())));
        }
        dialog.getDialogPane().setId("about");
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.show();
        return dialog;
    }
}
