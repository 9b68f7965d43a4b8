package org.edu4all.studio.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;


import io.quarkus.qute.TemplateExtension;

/**
 * Dates and times as people read them: in the school's time zone and the page's language ({@code {x.createdAt.when}}).
 */
@TemplateExtension
public class TimeFormats {

    private static volatile ZoneId zone;

    static String when(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : UserLocale.SUPPORTED.get(0);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(language).withZone(schoolZone())
                .format(instant);
    }

    private static ZoneId schoolZone() {
        if (zone == null) {
            zone = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("edu4all.school.time-zone", String.class)
                    .orElse("Europe/Madrid"));
        }
        return zone;
    }
}
