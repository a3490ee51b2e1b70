package org.cxrtriage.inference.triage;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intended-use rules: what is read, and the reason shown for what is not. */
class EligibilityTest {
    private final Eligibility rules = new Eligibility(192);

    private static Instance instance(String modality, String view, String bodyPart, String photometric, int spp,
                                     int rows, int cols) {
        PixelDescription pixels = new PixelDescription(photometric, rows, cols, spp, 16, 12, false, 1,
                new ModalityLut.Rescale(1, 0, ""), List.of(), List.of(), "LINEAR");
        return new Instance(Path.of("x.dcm"), "1.2.3", "1.2.840.10008.5.1.4.1.1.1", "1.2", "1", modality, 1,
                "1.2.840.10008.1.2.1", view, bodyPart, PatientInfo.UNKNOWN, pixels);
    }

    @Test
    void frontalChestRadiographsAreRead() {
        assertEquals(Optional.empty(), rules.headerProblem(instance("CR", "PA", "CHEST", "MONOCHROME1", 1, 2000, 2000)));
        assertEquals(Optional.empty(), rules.headerProblem(instance("DX", "AP", "", "MONOCHROME2", 1, 1024, 1024)));
        assertEquals(Optional.empty(), rules.headerProblem(instance("DX", "", null, "MONOCHROME2", 1, 512, 600)),
                "a film without view or body part is read (many exports lack them)");
        assertEquals(Optional.empty(), rules.headerProblem(instance("OT", "", "CHEST", "MONOCHROME2", 1, 512, 512)),
                "a secondary capture of a chest film is read");
    }

    @Test
    void everythingElseSaysWhy() {
        assertReason("modality CT", instance("CT", "", "CHEST", "MONOCHROME2", 1, 512, 512));
        assertReason("modality MR", instance("MR", "", "", "MONOCHROME2", 1, 256, 256));
        assertReason("modality OT", instance("OT", "", "", "MONOCHROME2", 1, 512, 512));
        assertReason("lateral view (LL)", instance("CR", "LL", "CHEST", "MONOCHROME1", 1, 2000, 2000));
        assertReason("lateral view (RL)", instance("DX", "rl", "CHEST", "MONOCHROME2", 1, 2000, 2000));
        assertReason("body part LEG", instance("CR", "", "LEG", "MONOCHROME1", 1, 1760, 1760));
        assertReason("colour image", instance("DX", "PA", "CHEST", "RGB", 3, 1000, 1000));
        assertReason("image 16x16 is smaller", instance("CR", "", "", "MONOCHROME2", 1, 16, 16));
        Instance sr = new Instance(Path.of("sr.dcm"), "1.2.4", "1.2.840.10008.5.1.4.1.1.88.11", "1.2", "1", "SR", 1,
                "1.2.840.10008.1.2.1", "", "", PatientInfo.UNKNOWN, null);
        assertReason("no image data (SR)", sr);
    }

    @Test
    void blankFramesHaveNoUsablePixelsButRealFilmsDo() throws Exception {
        byte[] flat = new byte[256 * 256];
        Arrays.fill(flat, (byte) 117);
        flat[5] = (byte) 250;
        Optional<String> problem = rules.pixelProblem(new GreyImage(256, 256, flat));
        assertTrue(problem.isPresent() && problem.get().startsWith("no usable pixels"), problem.toString());
        GreyImage film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        assertEquals(Optional.empty(), rules.pixelProblem(film));
    }

    private void assertReason(String expected, Instance instance) {
        Optional<String> reason = rules.headerProblem(instance);
        assertTrue(reason.isPresent() && reason.get().startsWith(expected), expected + " but got " + reason);
    }
}
