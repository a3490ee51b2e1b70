package org.cxrtriage.dicom.sr;

/** General Equipment module of the documents we create: this workstation, not the modality. */
public record Equipment(String manufacturer, String modelName, String softwareVersion) {
}
