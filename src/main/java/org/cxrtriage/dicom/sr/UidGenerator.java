package org.cxrtriage.dicom.sr;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UIDs for objects we create, under our own root rather than the toolkit's. With the default root
 * {@value #UUID_ROOT} UIDs are UUID-derived (PS3.5 B.2), which needs no registration; a site with its own
 * registered root configures it and gets {@code root.<time>.<random>}.
 */
public final class UidGenerator {
    public static final String UUID_ROOT = "2.25";
    private static final Pattern ROOT = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");
    private static final int MAX_ROOT_LENGTH = 30; // leaves room for ".<millis 13>.<random 19>" in 64

    private final String root;
    private final SecureRandom random = new SecureRandom();

    public UidGenerator(String root) {
        if (root == null || !ROOT.matcher(root).matches() || root.length() > MAX_ROOT_LENGTH) {
            throw new IllegalArgumentException("UID root must be dotted numbers without leading zeros, at most "
                    + MAX_ROOT_LENGTH + " characters, got '" + root + "'");
        }
        this.root = root;
    }

    public String root() {
        return root;
    }

    public synchronized String next() {
        if (UUID_ROOT.equals(root)) {
            return fromUuid(UUID.randomUUID());
        }
        long randomPart = random.nextLong() & Long.MAX_VALUE;
        return root + "." + System.currentTimeMillis() + "." + randomPart;
    }

    /** The same name always gives the same UID (name-based UUID), e.g. a device UID for one model file. */
    public static String fromName(byte[] name) {
        return fromUuid(UUID.nameUUIDFromBytes(name));
    }

    private static String fromUuid(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return UUID_ROOT + "." + new BigInteger(1, bytes.array());
    }
}
