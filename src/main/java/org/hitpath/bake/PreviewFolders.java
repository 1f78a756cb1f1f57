package org.hitpath.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.hitpath.render.KeptFolder;

/**
 * The preview's two folders: the one it serves, and a spare, which is the one it served before. A
 * re-bake writes into the spare what changed since the spare was last written (so two bakes' changes),
 * then the two change places: the output folder is renamed aside, the spare renamed into its place, and
 * the old one becomes the spare. Three renames, where a bake into a new folder created every file anew
 * and deleted the old site.
 */
final class PreviewFolders {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Path output;
    // What the output folder holds, as the last bake that published left it; null when not known.
    private KeptFolder served;
    private KeptFolder spare;

    Lock reading() {
        return lock.readLock();
    }

    /** The folder to bake into for OUTPUT: the spare, or a new one next to OUTPUT when there is none yet. */
    KeptFolder staging(Path target) throws IOException {
        if (!target.equals(output)) {
            close();
            output = target;
        }
        if (spare == null) {
            // One name per output folder: a preview stopped with Ctrl+C leaves its spare, the next one clears it.
            Path root = target.resolveSibling("." + target.getFileName() + "-spare");
            SiteBaker.deleteTree(root);
            spare = new KeptFolder(Files.createDirectories(root));
        }
        spare.begin();
        return spare;
    }

    /**
     * Puts STAGING (the spare, fully written and checked) in the output folder's place, while no one reads
     * it, and keeps the old output as the next spare when what it holds is known.
     */
    void publish(KeptFolder staging) throws IOException {
        Path aside = output.resolveSibling("." + output.getFileName() + "-old-" + System.nanoTime());
        Path spareRoot = staging.root();
        boolean hadOutput = Files.exists(output);
        lock.writeLock().lock();
        try {
            if (hadOutput) {
                Files.move(output, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(spareRoot, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOutput) {
                    Files.move(aside, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
        staging.movedTo(output);
        KeptFolder old = served;
        served = staging;
        spare = null;
        if (!hadOutput) {
            return;
        }
        if (old == null) {
            // The folder the session found, from before it began: what it holds is not known.
            SiteBaker.deleteTree(aside);
            return;
        }
        Files.move(aside, spareRoot, StandardCopyOption.ATOMIC_MOVE);
        old.movedTo(spareRoot);
        spare = old;
    }

    /** After a bake that failed: the spare stays, unless a write into it failed and left it unknown. */
    void failed(KeptFolder staging) throws IOException {
        if (staging.damaged()) {
            spare = null;
            SiteBaker.deleteTree(staging.root());
        }
    }

    /** Deletes the spare; the output folder stays as it is. */
    void close() {
        if (spare != null) {
            try {
                SiteBaker.deleteTree(spare.root());
            } catch (IOException e) {
                // A spare folder left behind is harmless: it is hidden, and the next preview makes its own.
            }
        }
        spare = null;
        served = null;
        output = null;
    }
}
