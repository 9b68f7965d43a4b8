package org.edu4all.studio.admin;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers written the way the page's language writes them: counts, percentages and dollar amounts. */
final class Figures {

    private final Locale locale;

    Figures(Locale locale) {
        this.locale = locale;
    }

    String count(double value) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    /** A share from 0 to 1 as a percentage with one decimal, or a dash when there is nothing to divide. */
    String percent(double share) {
        if (Double.isNaN(share)) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** US dollars with four decimals: one image costs cents, so two decimals would show most days as zero. */
    String dollars(BigDecimal amount) {
        return dollars(amount.doubleValue());
    }

    String dollars(double amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(4);
        format.setMaximumFractionDigits(4);
        return "$" + format.format(amount);
    }

    /** A share, guarding against an empty day. */
    static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
