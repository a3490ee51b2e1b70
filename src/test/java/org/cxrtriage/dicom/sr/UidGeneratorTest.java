package org.cxrtriage.dicom.sr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UidGeneratorTest {
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    @Test
    void uidsAreValidUniqueAndUnderTheConfiguredRoot() {
        for (String root : new String[] {UidGenerator.UUID_ROOT, "1.2.826.0.1.3680043.9.7777",
                "1.23456789012345678901234567890"}) {
            UidGenerator generator = new UidGenerator(root.length() > 30 ? root.substring(0, 30) : root);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                String uid = generator.next();
                assertTrue(uid.startsWith(generator.root() + "."), uid);
                assertTrue(uid.length() <= 64, uid + " is longer than 64");
                assertTrue(UID.matcher(uid).matches(), uid + " is not a valid UID");
                assertTrue(seen.add(uid), "duplicate " + uid);
            }
        }
    }

    @Test
    void invalidRootsAreRefused() {
        for (String root : new String[] {"", "1", "1.02", "1..2", "abc", "1.2.", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15"}) {
            assertThrows(IllegalArgumentException.class, () -> new UidGenerator(root), root);
        }
    }

    @Test
    void nameBasedUidsAreStable() {
        byte[] name = "model:abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals(UidGenerator.fromName(name), UidGenerator.fromName(name));
        assertNotEquals(UidGenerator.fromName(name), UidGenerator.fromName("model:abd".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(UID.matcher(UidGenerator.fromName(name)).matches());
    }
}
