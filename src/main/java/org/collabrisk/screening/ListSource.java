package org.collabrisk.screening;

import org.collabrisk.domain.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The bytes of one list file with its name, decoded strictly as UTF-8 (a BOM is dropped). Bad bytes, binary
 * content and empty files are refused with one sentence naming the file (and line for bad bytes).
 */
final class ListSource {

    /** Larger than any official list file (the full CSL JSON is about 32 MB); refuses accidental huge inputs. */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    final String fileName;
    final byte[] bytes;
    final String text;
    /** Modification date of the file on disk, or null when imported from bytes. */
    final LocalDate modified;

    ListSource(String fileName, byte[] bytes, LocalDate modified) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.modified = modified;
        this.text = decode(fileName, bytes);
    }

    String sha256() {
        return sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String decode(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException(fileName + ": the file is empty; nothing was imported");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(fileName + ": the file is " + bytes.length / (1024 * 1024)
                    + " MB, larger than any screening list (limit " + MAX_BYTES / (1024 * 1024) + " MB); nothing was imported");
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new InvalidInputException(fileName + ": the file is UTF-16 text; save it as UTF-8 and import it again");
        }
        int end = bytes.length;
        // Some OFAC exports end with a DOS end-of-file byte (0x1A); it is not part of the data.
        while (end > start && bytes[end - 1] == 0x1A) {
            end--;
        }
        for (int i = start; i < Math.min(end, start + 8192); i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(fileName + ": the file is binary (it contains NUL bytes), not a CSV or "
                        + "JSON screening list; if it is a ZIP download, unpack it first");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
            String s = chars.toString();
            if (s.indexOf('\0') >= 0) {
                throw new InvalidInputException(fileName + ": the file is binary (it contains NUL bytes), not a screening list");
            }
            return s;
        } catch (MalformedInputException e) {
            int bad = findFirstBadByte(bytes, start, end);
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(String.format("%s line %d: byte 0x%02X is not UTF-8; the file is probably in "
                    + "another encoding (e.g. Latin-1/Windows-1252): save it as UTF-8 and import it again", fileName, line,
                    bytes[bad] & 0xFF));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(fileName + ": the file is not UTF-8 text: " + e.getMessage());
        }
    }

    private static int findFirstBadByte(byte[] b, int start, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start + 16);
        decoder.decode(in, out, true);
        return Math.min(in.position(), end - 1);
    }
}
