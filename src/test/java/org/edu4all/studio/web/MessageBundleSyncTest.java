package org.edu4all.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in both languages, for every message bundle: a key missing in one of them fails here, not in
 * front of a child.
 */
class MessageBundleSyncTest {

    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_es.properties"))
                    .map(n -> n.substring(0, n.length() - "_es.properties".length())).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void spanishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties spanish = load(bundle + "_es.properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(keys(english)).as(bundle + ": keys in Spanish but not in English").containsAll(keys(spanish));
        assertThat(keys(spanish)).as(bundle + ": keys in English but not in Spanish").containsAll(keys(english));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsLeftEmpty(String bundle) throws IOException {
        for (String file : new String[] { bundle + "_es.properties", bundle + "_en.properties" }) {
            Properties texts = load(file);
            for (String key : keys(texts)) {
                assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }

    /**
     * Quarkus 3.34.1 generates code for a bundle that fails bytecode verification at start once the bundle passes
     * about 300 messages (a {@code VerifyError} in {@code AppMessages_Bundle}, seen at 311 and 325): this says why
     * here, instead. A feature with many texts gets a bundle of its own (see {@code UsageMessages}).
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void noBundleGrowsPastWhatQuarkusCanGenerate(String bundle) throws IOException {
        assertThat(keys(load(bundle + "_es.properties"))).as(bundle + ": messages in one bundle").hasSizeLessThan(290);
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Path path = MESSAGES.resolve(file);
        assertThat(path).as(file).exists();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }
}
