package org.hitpath.render;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A folder the preview writes one bake after another, and what it wrote into each file. A bake writes a
 * file only when its bytes differ from what the folder holds, and deletes, when it ends, every file it
 * did not write (and every folder left empty), so the folder then holds exactly what a bake into an
 * empty folder would. Creating files was a dear part of a re-bake: on ext4, after many deletions, each
 * new file costs a search for a free inode (it showed in every profile of repeated bakes); a file
 * rewritten keeps its own, and most files are not written at all.
 *
 * <p>Each bake begins by looking at every file's size, time and identity: a file that is not as this
 * folder last wrote it (another bake swapped its own folder in, say) is no longer taken as known, so it
 * is written again or deleted. Past a budget the bytes are not kept in memory, only compared on disk.
 */
public final class KeptFolder implements SiteFolder {

    /** Bytes kept in memory to compare with: far more than this site (1.6 MB), a share of the heap for 10,000 pages. */
    private static final long BUDGET = 48L << 20;

    /** What one file holds as this folder wrote it: its bytes (null when past the budget) and how the disk saw it. */
    private record Known(byte[] bytes, long size, FileTime modified, Object identity) {}

    private Path root;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong held = new AtomicLong();
    private final Set<String> found = new HashSet<>();
    private final List<Path> emptyFolders = new ArrayList<>();
    private volatile boolean damaged;

    public KeptFolder(Path root) {
        this.root = root;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public boolean startedEmpty() {
        return false;
    }

    /** Whether a write failed, so that what a file holds is no longer known: the folder is then not kept. */
    public boolean damaged() {
        return damaged;
    }

    /** The same files, now at ROOT, where the folder was moved whole. */
    public void movedTo(Path moved) {
        root = moved;
    }

    /** Starts a bake: looks at what the folder holds, forgetting every file that is not as it was written. */
    public void begin() throws IOException {
        written.clear();
        found.clear();
        emptyFolders.clear();
        Deque<int[]> entries = new ArrayDeque<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!entries.isEmpty()) {
                    entries.peek()[0]++;
                }
                entries.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                entries.peek()[0]++;
                String path = relative(file);
                found.add(path);
                Known was = known.get(path);
                if (was != null && !(attrs.isRegularFile() && matches(was, attrs))) {
                    forget(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                if (entries.pop()[0] == 0 && !dir.equals(root)) {
                    emptyFolders.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (String path : List.copyOf(known.keySet())) {
            if (!found.contains(path)) {
                forget(path);
            }
        }
    }

    @Override
    public Path write(String path, byte[] bytes) throws IOException {
        written.add(path);
        Path target = root.resolve(path);
        Known was = known.get(path);
        if (was != null && holds(was, target, bytes)) {
            return target;
        }
        try {
            try {
                if (was == null) {
                    Files.createDirectories(target.getParent());
                }
                // Rewritten in place, the file keeps its inode; no new one has to be found for it.
                Files.write(target, bytes);
            } catch (IOException inTheWay) {
                makeWay(target);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
            BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
            forget(path);
            boolean keep = held.addAndGet(bytes.length) <= BUDGET;
            if (!keep) {
                held.addAndGet(-bytes.length);
            }
            known.put(path, new Known(keep ? bytes : null, attrs.size(), attrs.lastModifiedTime(), attrs.fileKey()));
        } catch (IOException e) {
            damaged = true;
            throw e;
        }
        return target;
    }

    /**
     * Ends a bake's writing: deletes every file it did not write, then every folder left empty, so the
     * folder holds this bake's site and nothing else.
     */
    public void finish() throws IOException {
        // Deepest first, so a folder whose only content was an emptied folder goes too.
        Comparator<Path> deepestFirst = Comparator.comparingInt(Path::getNameCount);
        Set<Path> folders = new TreeSet<>(deepestFirst.reversed().thenComparing(Comparator.naturalOrder()));
        folders.addAll(emptyFolders);
        for (String path : found) {
            if (!written.contains(path)) {
                Path file = root.resolve(path);
                // Unless a folder of this bake's files now stands there, or a file where its folder was.
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
                forget(path);
                for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
                    folders.add(dir);
                }
            }
        }
        for (Path dir : folders) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    continue;
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * Clears what an earlier bake left in TARGET's way: a file where this bake needs a folder, or a folder
     * where it needs a file (a page that became a folder of pages, say). Either is deleted when the bake
     * ends anyway, since this bake does not write it.
     */
    private void makeWay(Path target) throws IOException {
        Path at = root;
        for (Path name : root.relativize(target.getParent())) {
            at = at.resolve(name);
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(at);
                forget(relative(at));
                return;
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> tree = Files.walk(target)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private boolean holds(Known was, Path target, byte[] bytes) throws IOException {
        if (was.size() != bytes.length) {
            return false;
        }
        return Arrays.equals(was.bytes() != null ? was.bytes() : Files.readAllBytes(target), bytes);
    }

    private static boolean matches(Known was, BasicFileAttributes attrs) {
        return was.size() == attrs.size()
                && was.modified().equals(attrs.lastModifiedTime())
                && Objects.equals(was.identity(), attrs.fileKey());
    }

    private void forget(String path) {
        Known was = known.remove(path);
        if (was != null && was.bytes() != null) {
            held.addAndGet(-was.bytes().length);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
