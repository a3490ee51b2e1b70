package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.ModelIdentity;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.cxrtriage.dicom.sr.Relationship.CONTAINS;
import static org.cxrtriage.dicom.sr.Relationship.HAS_CONCEPT_MOD;
import static org.cxrtriage.dicom.sr.Relationship.HAS_OBS_CONTEXT;

/**
 * The content of the AI result SR, shaped like TID 1500 (Measurement Report): language, device observer
 * (the model), procedure, an image library of the analysed images, and one measurement group per flag with
 * finding, probability, threshold, the raised/not-raised call and the algorithm identification (TID 4019).
 */
final class AiResultReport {
    static final String TEMPLATE = "1500";

    private AiResultReport() {
    }

    static SrItem.Container content(List<ReportedFlag> flags) {
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("an AI result report needs at least one result");
        }
        ModelIdentity model = flags.get(0).result().key().model();
        List<SrItem> children = new ArrayList<>();
        children.add(new SrItem.Code(HAS_CONCEPT_MOD, Codes.LANGUAGE, Codes.ENGLISH));
        children.add(new SrItem.Code(HAS_OBS_CONTEXT, Codes.OBSERVER_TYPE, Codes.DEVICE));
        children.add(new SrItem.UidRef(HAS_OBS_CONTEXT, Codes.DEVICE_OBSERVER_UID, deviceUid(model)));
        children.add(new SrItem.Text(HAS_OBS_CONTEXT, Codes.DEVICE_OBSERVER_NAME, model.id()));
        children.add(new SrItem.Text(HAS_OBS_CONTEXT, Codes.DEVICE_OBSERVER_MODEL_NAME,
                model.id() + " " + model.version()));
        children.add(new SrItem.Code(HAS_CONCEPT_MOD, Codes.PROCEDURE_REPORTED, Codes.CHEST_X_RAY));
        children.add(imageLibrary(flags));
        List<SrItem> groups = new ArrayList<>();
        for (ReportedFlag flag : flags) {
            groups.add(measurementGroup(flag));
        }
        children.add(new SrItem.Container(CONTAINS, Codes.IMAGING_MEASUREMENTS, "", groups));
        return new SrItem.Container(null, Codes.IMAGING_MEASUREMENT_REPORT, TEMPLATE, children);
    }

    /** The same model file always gets the same device UID, so PACS can group results per model build. */
    static String deviceUid(ModelIdentity model) {
        UUID nameBased = UUID.nameUUIDFromBytes(("cxr-triage-model:" + model.sha256())
                .getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = ByteBuffer.allocate(16).putLong(nameBased.getMostSignificantBits())
                .putLong(nameBased.getLeastSignificantBits()).array();
        return UidGenerator.UUID_ROOT + "." + new BigInteger(1, bytes); // PS3.5 B.2: UUID as one component
    }

    static List<SopReference> evidence(List<ReportedFlag> flags) {
        Map<String, SopReference> unique = new LinkedHashMap<>();
        flags.forEach(flag -> unique.putIfAbsent(flag.image().sopInstanceUid(), flag.image().reference()));
        return List.copyOf(unique.values());
    }

    private static SrItem imageLibrary(List<ReportedFlag> flags) {
        Map<String, AnalysedImage> images = new LinkedHashMap<>();
        flags.forEach(flag -> images.putIfAbsent(flag.image().sopInstanceUid(), flag.image()));
        List<SrItem> entries = new ArrayList<>();
        images.values().forEach(image -> entries.add(
                new SrItem.Image(CONTAINS, null, image.sopClassUid(), image.sopInstanceUid())));
        SrItem group = new SrItem.Container(CONTAINS, Codes.IMAGE_LIBRARY_GROUP, "", entries);
        return new SrItem.Container(CONTAINS, Codes.IMAGE_LIBRARY, "", List.of(group));
    }

    private static SrItem measurementGroup(ReportedFlag flag) {
        AiResult result = flag.result();
        ModelIdentity model = result.key().model();
        CodedConcept finding = Codes.finding(result.key().finding());
        List<SrItem> items = List.of(
                new SrItem.Text(HAS_OBS_CONTEXT, Codes.TRACKING_IDENTIFIER,
                        result.key().finding() + " on " + result.key().sopUid()),
                new SrItem.UidRef(HAS_OBS_CONTEXT, Codes.TRACKING_UID, flag.trackingUid()),
                new SrItem.Code(CONTAINS, Codes.FINDING, finding),
                new SrItem.Text(HAS_CONCEPT_MOD, Codes.ALGORITHM_NAME, model.id()),
                new SrItem.Text(HAS_CONCEPT_MOD, Codes.ALGORITHM_VERSION, model.version()),
                new SrItem.Text(CONTAINS, Codes.MODEL_SHA256, model.sha256()),
                new SrItem.Num(CONTAINS, Codes.PROBABILITY, decimal(result.probability()), Codes.NO_UNITS),
                new SrItem.Num(CONTAINS, Codes.THRESHOLD, decimal(result.threshold()), Codes.NO_UNITS),
                new SrItem.Code(CONTAINS, Codes.FLAG_RAISED, result.flagged() ? Codes.YES : Codes.NO),
                new SrItem.Image(CONTAINS, Codes.SOURCE_OF_MEASUREMENT, flag.image().sopClassUid(),
                        flag.image().sopInstanceUid()));
        return new SrItem.Container(CONTAINS, Codes.MEASUREMENT_GROUP, "", items);
    }

    /** DS allows 16 characters; six decimals keep what a [0, 1] probability needs. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
