package dev.skillpulse.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Turns the paths a user names into the files to read, and opens them (gzip when the name ends in .gz). */
public final class InputFiles {
    private InputFiles() {
    }

    /** Files as given, folders expanded recursively to their regular non-hidden files in name order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or folder");
            }
        }
        return files;
    }

    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Text of a file, plain or gzip: UTF-8 with or without a byte-order mark; bytes that are not UTF-8 are read as
     * Windows-1252 (see {@link LenientUtf8Reader}).
     */
    public static BufferedReader openText(Path file) throws IOException {
        return new BufferedReader(new LenientUtf8Reader(open(file)), 1 << 16);
    }
}
