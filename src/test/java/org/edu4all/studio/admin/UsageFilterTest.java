package org.edu4all.studio.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class UsageFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    private static final UsageConfig CONFIG = new UsageConfig() {
        @Override
        public ZoneId timeZone() {
            return ZoneId.of("Europe/Madrid");
        }

        @Override
        public int defaultDays() {
            return 30;
        }

        @Override
        public int maxDays() {
            return 366;
        }

        @Override
        public int chartedClasses() {
            return 7;
        }

        @Override
        public int usersPerPage() {
            return 25;
        }
    };

    @Test
    void withoutDatesShowsTheLastThirtyDaysUpToToday() {
        UsageFilter filter = UsageFilter.read(null, "", TODAY, CONFIG);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.range()).isEqualTo(new UsageRange(LocalDate.of(2026, 3, 2), TODAY));
        assertThat(filter.range().days()).hasSize(30);
        assertThat(filter.fromValue()).isEqualTo("2026-03-02");
    }

    @Test
    void readsBothEndsInclusive() {
        UsageFilter filter = UsageFilter.read("2026-01-01", " 2026-01-31 ", TODAY, CONFIG);

        assertThat(filter.range()).isEqualTo(new UsageRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(filter.range().length()).isEqualTo(31);
    }

    @Test
    void onlyAnEndGivesTheDefaultLengthEndingThere() {
        UsageFilter filter = UsageFilter.read(null, "2025-12-31", TODAY, CONFIG);

        assertThat(filter.range()).isEqualTo(new UsageRange(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aBadDateKeepsWhatWasTypedAndShowsTheDefaultRange() {
        UsageFilter filter = UsageFilter.read("31/02/2026", "2026-02-30", TODAY, CONFIG);

        assertThat(filter.errors()).containsEntry("from", "error_usage_date_invalid")
                .containsEntry("to", "error_usage_date_invalid");
        assertThat(filter.fromValue()).isEqualTo("31/02/2026");
        assertThat(filter.toValue()).isEqualTo("2026-02-30");
        assertThat(filter.range()).isEqualTo(UsageRange.lastDays(TODAY, 30));
    }

    @Test
    void refusesAReversedOrOverlongRange() {
        assertThat(UsageFilter.read("2026-02-01", "2026-01-01", TODAY, CONFIG).errors())
                .containsEntry("to", "error_usage_range_reversed");
        assertThat(UsageFilter.read("2024-01-01", "2025-12-31", TODAY, CONFIG).errors())
                .containsEntry("to", "error_usage_range_too_long");
        assertThat(UsageFilter.read("2025-01-01", "2026-01-01", TODAY, CONFIG).valid()).isTrue();
    }

    @Test
    void theRangeEndsAtTheSchoolsMidnight() {
        UsageRange march = new UsageRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        ZoneId madrid = ZoneId.of("Europe/Madrid");

        assertThat(march.start(madrid)).hasToString("2026-02-28T23:00:00Z");
        // Summer time starts on 29 March: the next midnight is at 22:00 UTC.
        assertThat(march.end(madrid)).hasToString("2026-03-31T22:00:00Z");
    }
}
