package org.edu4all.studio.admin;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The admin usage dashboard's settings. */
@ConfigMapping(prefix = "edu4all.usage")
public interface UsageConfig {

    /**
     * The school's time zone: a day on the dashboard runs from midnight to midnight here. application.properties sets
     * it from {@code edu4all.school.time-zone}, the zone the pages show times in, so a chart's day matches them.
     */
    @WithDefault("Europe/Madrid")
    ZoneId timeZone();

    /** How many days, up to today, the dashboard shows when no range is asked for. */
    @WithDefault("30")
    int defaultDays();

    /** The longest range one can ask for, in days; it keeps the charts readable and the queries bounded. */
    @WithDefault("366")
    int maxDays();

    /** Classes drawn as their own colour in the images chart; the rest are summed as "other classes". */
    @WithDefault("7")
    int chartedClasses();

    /** People listed per page. */
    @WithDefault("25")
    int usersPerPage();
}
