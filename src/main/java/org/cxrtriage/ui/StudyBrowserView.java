package org.cxrtriage.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cxrtriage.imaging.GreyImage;

/** Left-hand list of images with thumbnails; selecting one shows it in the viewport. */
public final class StudyBrowserView extends VBox {

    public StudyBrowserView(StudyBrowserViewModel model, Messages messages) {
        getStyleClass().add("study-browser");
        Label heading = new Label(messages.text("browser.heading"));
        heading.getStyleClass().add("panel-heading");
        ListView<BrowserItem> list = new ListView<>(model.items());
        list.setId("study-browser");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ItemCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    private static final class ItemCell extends ListCell<BrowserItem> {
        private final Messages messages;
        private final ImageView thumb = new ImageView();
        private final Label placeholder = new Label();
        private final StackPane frame = new StackPane(placeholder, thumb);
        private final javafx.beans.value.ChangeListener<GreyImage> onThumbnail = (obs, old, now) -> showThumbnail(now);
        private BrowserItem watched;
        private final Label caption = new Label();
        private final VBox box = new VBox(4, frame, caption);

        ItemCell(Messages messages) {
            this.messages = messages;
            placeholder.setText(messages.text("browser.decoding"));
            frame.getStyleClass().add("thumbnail-frame");
            frame.setPrefSize(StudyBrowserViewModel.THUMBNAIL_SIZE + 8, StudyBrowserViewModel.THUMBNAIL_SIZE + 8);
            frame.setMaxWidth(Double.MAX_VALUE);
            caption.getStyleClass().add("thumbnail-caption");
            caption.setWrapText(true);
            caption.setMaxWidth(Double.MAX_VALUE);
            caption.setAlignment(Pos.CENTER);
            caption.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            // cells as wide as the list, never wider: no horizontal scroll bar for long series descriptions
            setPrefWidth(0);
            placeholder.getStyleClass().add("thumbnail-caption");
            box.setAlignment(Pos.CENTER);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(BrowserItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (watched != null) {
                watched.thumbnailProperty().removeListener(onThumbnail);
                watched = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            caption.setText(item.caption());
            watched = item;
            item.thumbnailProperty().addListener(onThumbnail);
            showThumbnail(item.thumbnailProperty().get());
            String problem = item.problemProperty().get();
            if (problem != null) {
                placeholder.setText(messages.text("browser.cannotDecode"));
            }
            setTooltip(new Tooltip(item.fileName() + (problem == null ? "" : "\n" + problem)));
            setGraphic(box);
        }

        private void showThumbnail(GreyImage image) {
            thumb.setImage(image == null ? null : toFx(image));
            placeholder.setVisible(image == null);
            placeholder.setText(messages.text("browser.decoding"));
        }

        private static WritableImage toFx(GreyImage image) {
            WritableImage fx = new WritableImage(image.width(), image.height());
            int[] argb = new int[image.width() * image.height()];
            for (int i = 0; i < argb.length; i++) {
                int v = image.pixels()[i] & 0xFF;
                argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
            }
            fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                    argb, 0, image.width());
            return fx;
        }
    }
}
