package dev.rubric.collect.git;

import dev.rubric.collect.git.internal.PackReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.eclipse.jgit.internal.storage.file.BasePackIndexWriter;
import org.eclipse.jgit.internal.storage.pack.DeltaEncoder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PackedObjectInfo;

/**
 * A pack written byte by byte, holding only REF_DELTA entries whose bases may lie anywhere: in
 * the same pack, in another pack, or loose. git keeps no such pack on disk (it completes a thin
 * pack on receipt), and JGit cannot read one; it is how the reader's cross-pack path is tested.
 */
final class RefDeltaPack {
    /** An object stored as a delta against {@code base}, whose content is {@code baseContent}. */
    record Delta(ObjectId id, byte[] content, ObjectId base, byte[] baseContent) {
    }

    private RefDeltaPack() {
    }

    static void write(Path packDir, List<Delta> deltas) throws IOException, NoSuchAlgorithmException {
        ByteArrayOutputStream pack = new ByteArrayOutputStream();
        pack.write(new byte[] {'P', 'A', 'C', 'K', 0, 0, 0, 2, 0, 0, 0, (byte) deltas.size()});
        List<PackedObjectInfo> entries = new ArrayList<>();
        for (Delta delta : deltas) {
            byte[] entry = entry(delta);
            PackedObjectInfo info = new PackedObjectInfo(delta.id());
            info.setOffset(pack.size());
            CRC32 crc = new CRC32();
            crc.update(entry);
            info.setCRC((int) crc.getValue());
            entries.add(info);
            pack.write(entry);
        }
        byte[] checksum = MessageDigest.getInstance("SHA-1").digest(pack.toByteArray());
        pack.write(checksum);
        entries.sort(Comparator.naturalOrder());
        String name = "pack-" + ObjectId.fromRaw(checksum).name();
        try (OutputStream out = Files.newOutputStream(packDir.resolve(name + ".idx"))) {
            BasePackIndexWriter.createVersion(out, 2).write(entries, checksum);
        }
        Files.write(packDir.resolve(name + ".pack"), pack.toByteArray());
    }

    /** Type 7 and the delta's size, the base id, then the delta deflated. */
    private static byte[] entry(Delta delta) throws IOException {
        byte[] instructions = instructions(delta.baseContent(), delta.content());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = instructions.length;
        int c = (PackReader.OBJ_REF_DELTA << 4) | (int) (size & 15);
        size >>>= 4;
        while (size != 0) {
            out.write(c | 0x80);
            c = (int) (size & 0x7f);
            size >>>= 7;
        }
        out.write(c);
        byte[] id = new byte[20];
        delta.base().copyRawTo(id, 0);
        out.write(id);
        Deflater deflater = new Deflater();
        deflater.setInput(instructions);
        deflater.finish();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Copies the prefix both share from the base, inserts the rest. */
    private static byte[] instructions(byte[] base, byte[] result) throws IOException {
        int common = 0;
        while (common < base.length && common < result.length && base[common] == result[common]) {
            common++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeltaEncoder encoder = new DeltaEncoder(out, base.length, result.length);
        if (common > 0) {
            encoder.copy(0, common);
        }
        if (common < result.length) {
            encoder.insert(result, common, result.length - common);
        }
        return out.toByteArray();
    }
}
