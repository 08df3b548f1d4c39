package gongkai.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The Tesseract 5 command-line engine. Many small images go to one process (a list file), so the model loads once
 * per pass; the TSV output gives each word its box and confidence. The command is {@code tesseract} on the PATH,
 * or the one named by the system property {@code gongkai.tesseract}.
 */
public final class Tesseract {
    /** What to install when the engine is missing (Debian/Ubuntu). */
    public static final String INSTALL_HINT = "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim";
    private static final long TIMEOUT_SECONDS_PER_IMAGE = 10;
    private static final long MIN_TIMEOUT_SECONDS = 60;
    private static final String TSV_HEADER = "level";
    private static final int WORD_LEVEL = 5;
    private static volatile Optional<Tesseract> found;

    private final String command;

    private Tesseract(String command) {
        this.command = command;
    }

    /** The engine when Tesseract 5 with Chinese (chi_sim) and English is installed; empty otherwise. */
    public static Optional<Tesseract> find() {
        Optional<Tesseract> engine = found;
        if (engine == null) {
            engine = probe(System.getProperty("gongkai.tesseract", "tesseract"));
            found = engine;
        }
        return engine;
    }

    static Optional<Tesseract> probe(String command) {
        try {
            String version = run(List.of(command, "--version"));
            String languages = run(List.of(command, "--list-langs"));
            boolean five = version.lines().findFirst().orElse("").matches("(?i)tesseract v?5\\..*");
            List<String> langs = languages.lines().map(String::strip).toList();
            return five && langs.contains("chi_sim") && langs.contains("eng")
                    ? Optional.of(new Tesseract(command)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The words of each image, in the images' order (an image with nothing legible gives an empty list). */
    public List<List<OcrWord>> recognise(List<BufferedImage> images, OcrPass pass) throws IOException {
        List<List<OcrWord>> words = new ArrayList<>();
        images.forEach(i -> words.add(new ArrayList<>()));
        if (images.isEmpty()) {
            return words;
        }
        Path dir = Files.createTempDirectory("gongkai-ocr");
        try {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path png = dir.resolve(i + ".png");
                ImageIO.write(images.get(i), "png", png.toFile());
                list.append(png).append('\n');
            }
            Path listFile = dir.resolve("images.txt");
            Files.writeString(listFile, list, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(command, listFile.toString(), dir.resolve("out").toString()));
            args.addAll(pass.arguments());
            args.add("tsv");
            long timeout = Math.max(MIN_TIMEOUT_SECONDS, TIMEOUT_SECONDS_PER_IMAGE * images.size());
            execute(args, timeout);
            parse(Files.readAllLines(dir.resolve("out.tsv"), StandardCharsets.UTF_8), words);
            return words;
        } finally {
            delete(dir);
        }
    }

    private static void parse(List<String> tsv, List<List<OcrWord>> words) {
        for (String line : tsv) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || f[0].equals(TSV_HEADER) || Integer.parseInt(f[0]) != WORD_LEVEL || f[11].isBlank()) {
                continue;
            }
            int image = Integer.parseInt(f[1]) - 1;
            if (image < 0 || image >= words.size()) {
                continue;
            }
            double confidence = Math.max(0, Math.min(100, Double.parseDouble(f[10]))) / 100.0;
            words.get(image).add(new OcrWord(f[11].strip(), confidence, Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), f[2] + "." + f[3] + "." + f[4]));
        }
    }

    private static String run(List<String> args) throws IOException {
        return execute(args, MIN_TIMEOUT_SECONDS);
    }

    /** Runs the command and returns its standard output (and error); fails on a non-zero exit or a timeout. */
    private static String execute(List<String> args, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("OMP_THREAD_LIMIT", "1"); // pages run in parallel; one thread per process
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract did not finish within " + timeoutSeconds + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("tesseract failed (exit " + process.exitValue() + "): " + text.strip());
            }
            return text;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running tesseract", e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
