package org.careercompass.catalog.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The files of one release, by file name, wherever they are: a directory, a zip (such as the official O*NET
 * {@code db_29_0_text.zip}, whose files sit in one folder) or the data bundle on the classpath. Names are matched
 * without the folder part.
 */
abstract class ReleaseFiles implements AutoCloseable {

    /** What the files are, for reports and the release record. */
    abstract String describe();

    abstract boolean has(String name);

    abstract InputStream open(String name) throws IOException;

    @Override
    public void close() {
    }

    static ReleaseFiles of(Path path) {
        if (Files.isDirectory(path)) {
            return new Directory(path);
        }
        try {
            return new Zip(path, new ZipFile(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + path.getFileName() + " as a zip", e);
        }
    }

    /** Reads a zip from the classpath into memory (the bundle: a few MB compressed). */
    static ReleaseFiles ofResource(String resource) {
        InputStream in = classpath(resource);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(baseName(entry.getName()), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog data bundle " + resource, e);
        }
        return new ReleaseFiles() {
            @Override
            String describe() {
                return "classpath:" + resource;
            }

            @Override
            boolean has(String name) {
                return entries.containsKey(name);
            }

            @Override
            InputStream open(String name) {
                return new ByteArrayInputStream(entries.get(name));
            }
        };
    }

    /** The properties file {@code name} of a zip on the classpath, read without inflating the entries after it. */
    static java.util.Properties firstProperties(String resource, String name) {
        InputStream in = classpath(resource);
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (baseName(entry.getName()).equals(name)) {
                    java.util.Properties properties = new java.util.Properties();
                    properties.load(zip);
                    return properties;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog data bundle " + resource, e);
        }
        throw new IllegalStateException("The catalog data bundle " + resource + " has no " + name);
    }

    private static InputStream classpath(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The catalog data bundle " + resource + " is not on the classpath");
        }
        return in;
    }

    static String baseName(String entryName) {
        int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
        return entryName.substring(slash + 1);
    }

    private static final class Directory extends ReleaseFiles {
        private final Path dir;

        Directory(Path dir) {
            this.dir = dir;
        }

        @Override
        String describe() {
            return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        }

        @Override
        boolean has(String name) {
            return Files.isRegularFile(dir.resolve(name));
        }

        @Override
        InputStream open(String name) throws IOException {
            return Files.newInputStream(dir.resolve(name));
        }
    }

    private static final class Zip extends ReleaseFiles {
        private final Path path;
        private final ZipFile zip;
        private final Map<String, ZipEntry> byName = new HashMap<>();

        Zip(Path path, ZipFile zip) {
            this.path = path;
            this.zip = zip;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    byName.putIfAbsent(baseName(entry.getName()), entry);
                }
            }
        }

        @Override
        String describe() {
            return path.getFileName().toString();
        }

        @Override
        boolean has(String name) {
            return byName.containsKey(name);
        }

        @Override
        InputStream open(String name) throws IOException {
            return zip.getInputStream(byName.get(name));
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
