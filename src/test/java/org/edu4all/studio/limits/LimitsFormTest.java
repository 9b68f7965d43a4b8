package org.edu4all.studio.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A limit is a whole number from 1 to the field's maximum; anything else is refused, never an exception. */
class LimitsFormTest {

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "0", "-3", "abc", "2.5", "1e3", "1001", "99999999999999999999", "١٠" })
    void refusesWhatIsNotAWholeNumberInRange(String typed) {
        assertThat(LimitsForm.parse(typed, LimitsForm.MAX_PER_STUDENT)).isEmpty();
        assertThat(new LimitsForm(typed, "10").isImagesPerStudentPerDay()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "1, 1", "20, 20", "' 35 ', 35", "1000, 1000" })
    void acceptsWholeNumbersInRange(String typed, int expected) {
        assertThat(LimitsForm.parse(typed, LimitsForm.MAX_PER_STUDENT)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "100000", "1000" })
    void theClassLimitGoesHigher(String typed) {
        assertThat(new LimitsForm("5", typed).isImagesPerClassPerDay()).isTrue();
        assertThat(new LimitsForm("5", "100001").isImagesPerClassPerDay()).isFalse();
    }

    @Test
    void nullIsRefusedToo() {
        assertThat(new LimitsForm(null, null).isImagesPerStudentPerDay()).isFalse();
        assertThat(new LimitsForm(null, null).values()).containsEntry("imagesPerStudentPerDay", "");
    }
}
