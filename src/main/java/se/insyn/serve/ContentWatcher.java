package se.insyn.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.insyn.load.ContentLoader;

/**
 * Watches folders (and every folder created below them) and calls back once per burst of changes:
 * an editor's save often touches a file several times within a few milliseconds. It tells which
 * paths changed, or nothing when that is not known (the system dropped events).
 */
final class ContentWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 30;

    private final WatchService service;
    private final Thread thread;

    ContentWatcher(List<Path> roots, Consumer<Optional<Set<Path>>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(onChange), "insyn-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        // A folder given as a link is watched where it leads: a walk does not follow the link it starts from.
        try (Stream<Path> folders = Files.walk(ContentLoader.folderItself(root))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Consumer<Optional<Set<Path>>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Burst burst = new Burst();
                burst.drain(key);
                // Collect the rest of the burst before rebuilding once.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    burst.drain(more);
                }
                onChange.accept(burst.lost ? Optional.empty() : Optional.of(Set.copyOf(burst.paths)));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The paths one burst of changes touched, unless events were lost. */
    private final class Burst {
        private final Set<Path> paths = new HashSet<>();
        private boolean lost;

        void drain(WatchKey key) {
            Path folder = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (!(event.context() instanceof Path name)) {
                    lost = true;
                    continue;
                }
                Path path = folder.resolve(name);
                paths.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    try {
                        registerTree(path);
                    } catch (IOException e) {
                        // A folder that vanished again needs no watching.
                    }
                }
            }
            // A key that cannot be reset watches a folder no more: what happens below it is not known.
            lost |= !key.reset();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
