package org.cxrtriage.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Study, series and SOP Instance UIDs for a PNG/JPEG picture, derived from its bytes so they are the same on every
 * run and every machine: the review store and the analysis cache are keyed by them, so a decision recorded on an
 * exported film today must find that film again tomorrow, and a different film must never share its key.
 *
 * <p>Each UID is "2.25." followed by the decimal value of a name-based UUID (RFC 9562 version 8 with SHA-256, the
 * RFC's own example of a hash-based v8 UUID): the first 128 bits of SHA-256(namespace || SHA-256(file bytes)), with
 * the version and variant bits set. PS3.5 B.2 allows any UUID under 2.25, so no registered root is needed. Each
 * role (study, series, instance) has its own namespace, so the three UIDs of one picture differ. The same bytes in
 * two files are the same picture and get the same UIDs, as two copies of a DICOM file keep theirs.
 */
final class PictureUids {
    /** Random namespaces made once for this application (never change them: stored decisions refer to them). */
    static final UUID STUDY = UUID.fromString("e58db1e1-da0a-4b7a-a7b0-6240588820b4");
    static final UUID SERIES = UUID.fromString("de3878dc-3ee2-4f55-a484-f4f16794f55c");
    static final UUID INSTANCE = UUID.fromString("716a2441-718a-48a6-b562-a4eb22415f1b");

    /** The three UIDs of one picture. */
    record Uids(String study, String series, String instance) {
    }

    private PictureUids() {
    }

    static Uids of(Path file) throws IOException {
        byte[] digest = sha256(file);
        return new Uids(uid(STUDY, digest), uid(SERIES, digest), uid(INSTANCE, digest));
    }

    /** "2.25." + the decimal value of the v8 UUID of {@code name} in {@code namespace} (at most 44 characters). */
    static String uid(UUID namespace, byte[] name) {
        MessageDigest sha = newSha256();
        sha.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha.digest(name);
        byte[] uuid = java.util.Arrays.copyOf(hash, 16);
        uuid[6] = (byte) ((uuid[6] & 0x0F) | 0x80); // version 8
        uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80); // variant 10 (RFC 9562)
        return "2.25." + new BigInteger(1, uuid);
    }

    private static byte[] sha256(Path file) throws IOException {
        MessageDigest sha = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the digest sees every byte on the way
        }
        return sha.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
