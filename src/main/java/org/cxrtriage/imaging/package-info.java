/**
 * From stored values to display pixels, one DICOM module per stage: Modality LUT, VOI LUT (linear, sigmoid,
 * presets, auto from histogram), Presentation LUT (invert, MONOCHROME1), then an 8-bit display buffer; and
 * heatmap colour mapping and blending, and the pictures made off screen from them (predict's heatmap PNG, teaching
 * slides), which share the screen's blend and legend. Plain Java with no JavaFX, so every stage is testable on
 * synthetic rasters.
 */
package org.cxrtriage.imaging;
