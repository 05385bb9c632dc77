import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Zips a directory the same way every time: entries in name order, each dated TIMESTAMP, with its Unix
 * permissions (the launcher stays executable) and nothing else from the file system (no access or
 * creation times, no owner). JReleaser's archiver copies each file's access and creation times into its
 * zips, so two builds of one commit never matched.
 *
 *   java src/dist/Zip.java DIRECTORY ZIP TIMESTAMP
 *
 * DIRECTORY's name is the one folder at the top of the zip. A single-file program (JEP 330): the JDK's own
 * zip file system, nothing to build or download.
 */
public class Zip {
    public static void main(String[] args) throws IOException {
        var directory = Path.of(args[0]).toAbsolutePath().normalize();
        var zip = Path.of(args[1]).toAbsolutePath();
        var time = FileTime.from(Instant.parse(args[2]));
        Files.deleteIfExists(zip);
        var options = Map.of("create", "true", "enablePosixFileAttributes", "true");
        try (var out = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), options);
             Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.sorted().toList();
            for (var file : files) {
                var name = directory.getFileName().resolve(directory.relativize(file)).toString();
                var entry = out.getPath("/" + name);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(entry);
                } else {
                    Files.copy(file, entry);
                }
                Files.setPosixFilePermissions(entry, Files.getPosixFilePermissions(file));
                // All three times: zipfs dates an entry's access and creation "now" unless told.
                Files.getFileAttributeView(entry, BasicFileAttributeView.class).setTimes(time, time, time);
            }
        }
    }
}
