package org.cxrtriage.dicom;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * UIDs for objects this application creates, under our root, never a toolkit's. The default root "2.25" makes
 * each UID the decimal form of a random UUID (ITU-T X.667 / PS3.5 B.2), which needs no registered root. With an
 * organisation root configured, a UID is that root followed by random digits, up to the 64-character limit.
 */
public final class UidGenerator {
    public static final String UUID_ROOT = "2.25";
    private static final int MAX_LENGTH = 64;

    private final String root;
    private final SecureRandom random = new SecureRandom();

    public UidGenerator(String root) {
        if (!root.matches("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*") || root.length() > MAX_LENGTH - 20) {
            throw new IllegalArgumentException("not a usable UID root: \"" + root + "\"");
        }
        this.root = root;
    }

    public UidGenerator() {
        this(UUID_ROOT);
    }

    public String root() {
        return root;
    }

    public String next() {
        if (UUID_ROOT.equals(root)) {
            BigInteger value = new BigInteger(1, toBytes(UUID.randomUUID()));
            return UUID_ROOT + "." + value;
        }
        int room = Math.min(38, MAX_LENGTH - root.length() - 1);
        BigInteger value = new BigInteger(room * 3, random); // fewer than 'room' decimal digits
        return root + "." + value.add(BigInteger.ONE);
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long hi = uuid.getMostSignificantBits();
        long lo = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hi >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return bytes;
    }
}
