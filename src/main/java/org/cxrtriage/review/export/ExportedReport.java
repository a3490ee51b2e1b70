package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.SopReference;

import java.nio.file.Path;

/** One SR file written by an export, and how other objects reference it. */
public record ExportedReport(Path file, SopReference reference) {
}
