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
import java.util.Locale;

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

    Overlay(ViewportViewModel vm) {
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
            lines.add("ID " + p.id() + (p.sex().isBlank() ? "" : "   " + p.sex())
                    + (p.birthDate().isBlank() ? "" : "   DOB " + p.birthDate()));
        } else {
            lines.add("Patient details hidden (P)");
        }
        if (!text(instance.bodyPartExamined()).isBlank()) {
            lines.add(instance.bodyPartExamined());
        }
        return String.join("\n", lines);
    }

    private static String seriesText(Instance instance, String seriesLabel, int frameIndex) {
        if (instance == null) {
            return "";
        }
        String number = instance.instanceNumber() == Integer.MAX_VALUE ? "–" : String.valueOf(instance.instanceNumber());
        String view = text(instance.viewPosition()).isBlank() ? "" : "\nView " + instance.viewPosition();
        String frames = instance.frameCount() > 1 ? "\nFrame " + (frameIndex + 1) + " / " + instance.frameCount() : "";
        return text(instance.modality()) + "\n" + seriesLabel + "\nImage " + number + frames + view;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String windowText(ViewportViewModel vm) {
        VoiLutStage voi = vm.voiProperty().get();
        if (voi == null) {
            return "";
        }
        return voi.describe() + "   (" + vm.voiNameProperty().get() + ")"
                + (vm.invertProperty().get() ? "\nInverted" : "");
    }

    private static String sizeText(ViewportViewModel vm) {
        PreparedFrame f = vm.frameProperty().get();
        if (f == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Zoom %.0f %%\n%d × %d", vm.transformProperty().get().scale() * 100,
                f.raster().width(), f.raster().height());
    }
}
