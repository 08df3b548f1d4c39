package gongkai.cli;

import gongkai.model.ErrorCode;
import gongkai.model.ReportError;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The records a batch makes from its INPUT arguments, sorted by path, each path once ({@code ./x} and {@code x}
 * are one). Folders are walked following symbolic links, each real folder once (a loop is reported, not
 * followed); zip archives give one record per member; what cannot be read (a folder that cannot be listed, a
 * dangling link, a FIFO or device) gets a failed record and is never opened, so the walk neither aborts nor
 * blocks. The output folder and the SQLite file are never read as input. {@code --include}/{@code --exclude}
 * globs are matched against a walked file's name and its path below the INPUT folder.
 */
final class InputWalker {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Path skippedFolder;
    private final List<Path> skippedFiles;
    private final List<String> notices = new ArrayList<>();

    /** @param skippedFolder the output folder (null if none); @param skippedFiles files never read (the SQLite file) */
    InputWalker(List<String> includes, List<String> excludes, Path skippedFolder, List<Path> skippedFiles) {
        this.includes = includes.stream().map(InputWalker::glob).toList();
        this.excludes = excludes.stream().map(InputWalker::glob).toList();
        this.skippedFolder = realOrNull(skippedFolder);
        this.skippedFiles = skippedFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** Lines for standard error about what was left out (loops, folders seen twice). */
    List<String> notices() {
        return notices;
    }

    List<Input> walk(List<Path> arguments) throws IOException {
        TreeMap<String, Input> byPath = new TreeMap<>();
        List<Input> inputs = new ArrayList<>();
        Set<Object> folders = new HashSet<>();
        for (Path argument : arguments) {
            Path input = argument.normalize().toString().isEmpty() ? Path.of(".") : argument.normalize();
            if (Files.isDirectory(input)) {
                Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Visitor(input, folders, inputs));
            } else {
                addFile(input, Files.readAttributes(input, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), inputs);
            }
        }
        for (Input input : inputs) {
            byPath.putIfAbsent(input.path(), input);
        }
        return byPath.values().stream().sorted().toList();
    }

    private void addFile(Path file, BasicFileAttributes attrs, List<Input> inputs) {
        if (skippedFiles.contains(file.toAbsolutePath().normalize()) || isSqliteCompanion(file)) {
            return;
        }
        BasicFileAttributes target = attrs;
        if (attrs.isSymbolicLink()) {
            try {
                target = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                inputs.add(Input.problem(file, new ReportError(ErrorCode.UNREADABLE, "dangling symbolic link")));
                return;
            }
        }
        if (!target.isRegularFile()) {
            inputs.add(Input.problem(file, new ReportError(ErrorCode.UNREADABLE,
                    "not a regular file (a FIFO, socket or device): not opened")));
        } else if (ZipInputs.isArchive(file)) {
            inputs.addAll(ZipInputs.members(file));
        } else {
            inputs.add(Input.file(file));
        }
    }

    private boolean isSqliteCompanion(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        return skippedFiles.stream().anyMatch(s -> name.startsWith(s + "-"));
    }

    private boolean selected(Path root, Path file) {
        Path relative = root.relativize(file);
        Path name = file.getFileName();
        boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
        return included && excludes.stream().noneMatch(m -> m.matches(relative) || m.matches(name));
    }

    private static Path realOrNull(Path folder) {
        try {
            return folder == null || !Files.isDirectory(folder) ? null : folder.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Set<Object> folders;
        private final List<Input> inputs;

        Visitor(Path root, Set<Object> folders, List<Input> inputs) {
            this.root = root;
            this.folders = folders;
            this.inputs = inputs;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (skippedFolder != null && skippedFolder.equals(realOrNull(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            Object key = attrs.fileKey() == null ? dir.toRealPath() : attrs.fileKey();
            if (!folders.add(key)) {
                notices.add(Messages.get("walk.seen_twice", dir));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (selected(root, file)) {
                try {
                    addFile(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), inputs);
                } catch (IOException e) {
                    inputs.add(Input.problem(file, new ReportError(ErrorCode.UNREADABLE, "cannot read: " + e.getMessage())));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                notices.add(Messages.get("walk.loop", file));
            } else if (selected(root, file)) {
                inputs.add(Input.problem(file, new ReportError(ErrorCode.UNREADABLE,
                        "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage())));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                inputs.add(Input.problem(dir, new ReportError(ErrorCode.UNREADABLE, "cannot list the folder: " + e.getMessage())));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
