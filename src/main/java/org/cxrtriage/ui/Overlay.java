package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.imaging.PreparedFrame;
import org.cxrtriage.imaging.VoiLutStage;

import java.util.ArrayList;
import java.util.List;

/**
 * The four corner texts of the viewport. Patient name and ID appear only while {@link #showPhiProperty()} is on
 * (off by default) so a screen share or screenshot does not leak them by accident.
 */
public final class Overlay {
    private final BooleanProperty showPhi = new SimpleBooleanProperty(false);
    private final StringBinding topLeft;
    private final StringBinding topRight;
    private final StringBinding bottomLeft;
    private final StringBinding bottomRight;
    private final Messages messages;

    Overlay(ViewportViewModel vm, Messages messages) {
        this.messages = messages;
        topLeft = Bindings.createStringBinding(() -> patientText(vm.instanceProperty().get()),
                vm.instanceProperty(), showPhi);
        topRight = Bindings.createStringBinding(() -> seriesText(vm.instanceProperty().get(),
                vm.seriesLabelProperty().get(), vm.frameIndexProperty().get()), vm.instanceProperty(),
                vm.seriesLabelProperty(), vm.frameIndexProperty());
        bottomLeft = Bindings.createStringBinding(() -> windowText(vm), vm.voiProperty(), vm.voiNameProperty(),
                vm.invertProperty());
        bottomRight = Bindings.createStringBinding(() -> sizeText(vm), vm.transformProperty(), vm.frameProperty());
    }

    public BooleanProperty showPhiProperty() {
        return showPhi;
    }

    public StringBinding topLeft() {
        return topLeft;
    }

    public StringBinding topRight() {
        return topRight;
    }

    public StringBinding bottomLeft() {
        return bottomLeft;
    }

    public StringBinding bottomRight() {
        return bottomRight;
    }

    private String patientText(Instance instance) {
        if (instance == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        PatientInfo p = instance.patient();
        if (showPhi.get() && p != null) {
            lines.add(p.name().replace('^', ' ').trim());
            List<String> details = new ArrayList<>(List.of(messages.format("overlay.patientId", p.id())));
            if (!p.sex().isBlank()) {
                details.add(p.sex());
            }
            if (!p.birthDate().isBlank()) {
                details.add(messages.format("overlay.birthDate", p.birthDate()));
            }
            lines.add(String.join("   ", details));
        } else {
            lines.add(messages.text("overlay.phiHidden"));
        }
        if (!text(instance.bodyPartExamined()).isBlank()) {
            lines.add(instance.bodyPartExamined());
        }
        return String.join("\n", lines);
    }

    private String seriesText(Instance instance, String seriesLabel, int frameIndex) {
        if (instance == null) {
            return "";
        }
        // numbers that name things go in as text: a MessageFormat number would become "1,001"
        String number = instance.instanceNumber() == Integer.MAX_VALUE ? "–" : String.valueOf(instance.instanceNumber());
        List<String> lines = new ArrayList<>(List.of(text(instance.modality()), seriesLabel,
                messages.format("overlay.image", number)));
        if (instance.frameCount() > 1) {
            lines.add(messages.format("overlay.frame", String.valueOf(frameIndex + 1),
                    String.valueOf(instance.frameCount())));
        }
        if (!text(instance.viewPosition()).isBlank()) {
            lines.add(messages.format("overlay.view", instance.viewPosition()));
        }
        return String.join("\n", lines);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String windowText(ViewportViewModel vm) {
        VoiLutStage voi = vm.voiProperty().get();
        if (voi == null) {
            return "";
        }
        return voi.describe() + "   (" + vm.voiNameProperty().get() + ")"
                + (vm.invertProperty().get() ? "\n" + messages.text("overlay.inverted") : "");
    }

    private String sizeText(ViewportViewModel vm) {
        PreparedFrame f = vm.frameProperty().get();
        if (f == null) {
            return "";
        }
        return messages.format("overlay.zoom", vm.transformProperty().get().scale() * 100) + "\n"
                + messages.format("overlay.size", f.raster().width(), f.raster().height());
    }
}
