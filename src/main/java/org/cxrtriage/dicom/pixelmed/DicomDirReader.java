package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.LoadResult.LoadFailure;
import org.cxrtriage.dicom.scan.FileStructure;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files a DICOMDIR references (Referenced File ID of each directory record), resolved relative to
 * the DICOMDIR's folder. A reference that leaves that folder or names a missing file becomes a failure.
 */
final class DicomDirReader {
    private final StructureScanner scanner;

    DicomDirReader(StructureScanner scanner) {
        this.scanner = scanner;
    }

    record References(List<Path> files, List<LoadFailure> failures) {
    }

    References read(Path dicomDir) throws DicomException {
        FileStructure structure = scanner.scan(dicomDir);
        if (!structure.dicom()) {
            throw new DicomException(dicomDir, "is not a DICOM file");
        }
        AttributeList list = PixelMedReading.read(dicomDir, structure, null, false);
        Attribute records = list.get(TagFromName.DirectoryRecordSequence);
        if (!(records instanceof SequenceAttribute sequence)) {
            throw new DicomException(dicomDir, "is not a DICOMDIR (no Directory Record Sequence)");
        }
        Path folder = dicomDir.toAbsolutePath().normalize().getParent();
        Set<Path> files = new LinkedHashSet<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (int i = 0; i < sequence.getNumberOfItems(); i++) {
            String[] components = Attribute.getStringValues(sequence.getItem(i).getAttributeList(),
                    TagFromName.ReferencedFileID);
            if (components == null || components.length == 0) {
                continue; // patient, study and series records reference no file
            }
            Path file = folder;
            for (String component : components) {
                file = file.resolve(component.trim());
            }
            file = file.normalize();
            String id = String.join("\\", components);
            if (!file.startsWith(folder)) {
                failures.add(new LoadFailure(dicomDir, "references \"" + id + "\" outside its folder"));
            } else if (!Files.isRegularFile(file)) {
                failures.add(new LoadFailure(file, "is referenced by the DICOMDIR but missing"));
            } else {
                files.add(file);
            }
        }
        return new References(List.copyOf(files), failures);
    }
}
