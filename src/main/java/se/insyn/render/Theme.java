package se.insyn.render;

import se.insyn.problem.LocalisedIOException;
import se.insyn.problem.Text;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The theme: the default one shipped in the jar, and optionally a user's theme folder that overrides
 * it file by file (templates, messages, static files).
 */
public final class Theme {
    /** Where the default theme lies on the class path (copied there from themes/default by Maven). */
    static final String DEFAULT_ROOT = "insyn/theme";

    private final Path userTheme;

    /** @param userTheme a theme folder, or null for the default theme alone */
    public Theme(Path userTheme) {
        this.userTheme = userTheme;
    }

    public Path userTheme() {
        return userTheme;
    }

    TemplateLoader templateLoader() {
        ClassTemplateLoader defaults = new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_ROOT + "/templates");
        if (userTheme == null || !Files.isDirectory(userTheme.resolve("templates"))) {
            return defaults;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTheme.resolve("templates").toFile()), defaults});
        } catch (IOException e) {
            throw new LocalisedIOException(Text.of("render.themeFolderUnreadable", userTheme), e);
        }
    }

    /** The UI strings: the default theme's, with the user theme's own strings on top. */
    public Map<String, String> messages() {
        Properties properties = new Properties();
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT_ROOT + "/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("standardtemats messages.properties saknas i programmet");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (userTheme != null && Files.isRegularFile(userTheme.resolve("messages.properties"))) {
                try (Reader user = Files.newBufferedReader(userTheme.resolve("messages.properties"), StandardCharsets.UTF_8)) {
                    properties.load(user);
                }
            }
        } catch (IOException e) {
            throw new LocalisedIOException(Text.of("render.themeTextsUnreadable"), e);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> messages.put(key, properties.getProperty(key)));
        return Collections.unmodifiableMap(messages);
    }

    /** Static files (CSS …) by their path below the output folder; the user theme's win. */
    public Map<String, byte[]> staticFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        withDefaultRoot(root -> collect(root.resolve("static"), files));
        if (userTheme != null) {
            collect(userTheme.resolve("static"), files);
        }
        return files;
    }

    private static void collect(Path staticRoot, Map<String, byte[]> into) {
        if (!Files.isDirectory(staticRoot)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staticRoot)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = staticRoot.relativize(file).toString().replace('\\', '/');
                into.put(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new LocalisedIOException(Text.of("render.themeFilesUnreadable", staticRoot), e);
        }
    }

    /** The default theme as a folder, whether the program runs from a jar or from compiled classes. */
    private static void withDefaultRoot(java.util.function.Consumer<Path> action) {
        URL url = Theme.class.getClassLoader().getResource(DEFAULT_ROOT + "/messages.properties");
        if (url == null) {
            throw new IllegalStateException("standardtemat saknas i programmet");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                action.accept(fs.getPath("/" + DEFAULT_ROOT));
            } else {
                action.accept(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("standardtemat kunde inte läsas", e);
        }
    }
}
