package org.edu4all.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text exists in both languages: a key missing in one of them fails here, not in front of a child. */
class MessageBundleSyncTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Properties spanish = load("messages/msg_es.properties");
        Properties english = load("messages/msg_en.properties");

        assertThat(keys(english)).as("keys in Spanish but not in English").containsAll(keys(spanish));
        assertThat(keys(spanish)).as("keys in English but not in Spanish").containsAll(keys(english));
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String file : new String[] { "messages/msg_es.properties", "messages/msg_en.properties" }) {
            Properties texts = load(file);
            for (String key : keys(texts)) {
                assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundleSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
