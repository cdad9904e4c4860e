package dev.rubric.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes the starter {@code .rubric.yaml} of {@code rubric init}: never over an existing file
 * unless asked (checked by the create itself, so two runs cannot both win), and with --force
 * replaced atomically, so an interrupted run leaves the old file whole.
 */
public final class StarterFile {
    private StarterFile() {
    }

    public static void write(Path file, String text, boolean force) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (force) {
                AtomicFile.write(file, out -> out.write(bytes));
            } else {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UserError(file + " already exists; rubric init does not overwrite it (use --force to replace it)");
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + IoProblems.describe(e));
        }
    }
}
