/**
 * A toolkit-independent pre-scan of a file's element structure. It runs before any toolkit reads the file so a
 * hostile or truncated length field is rejected with a reason instead of becoming an unbounded allocation
 * inside the toolkit. Reads tags and lengths only and seeks over values, so it costs milliseconds even for
 * large files.
 */
package org.cxrtriage.dicom.scan;
