package org.edu4all.studio.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.regex.Pattern;

import io.quarkus.qute.Escaper;
import io.quarkus.qute.RawString;

/**
 * A stacked bar chart drawn as SVG on the server: no script, readable at a glance, with its title, description, axis
 * labels and (for more than one series) a legend inside the picture. Every text is XML-escaped here, because class
 * names are typed by teachers; that is what makes handing the markup to the page as a {@link RawString} safe.
 *
 * @param id          unique on the page; the ids of the title and description derive from it
 * @param title       what the chart shows
 * @param description a one-sentence summary for screen readers (the data table on the page has the details)
 * @param xAxisLabel  what the bars stand for (days)
 * @param yAxisLabel  what their height measures
 * @param categories  one label per bar, in order
 * @param series      stacked from the bottom, in order; each has one value per category
 * @param wholeNumbers whether the values are counts, so that the y axis ticks are whole numbers too
 * @param format      how values are written on the y axis
 */
public record BarChart(String id, String title, String description, String xAxisLabel, String yAxisLabel,
        List<String> categories, List<Series> series, boolean wholeNumbers, DoubleFunction<String> format) {

    /** One stacked layer of every bar. {@code colour} must reach 3:1 contrast on white (WCAG 1.4.11). */
    public record Series(String name, String colour, double[] values) {
    }

    static final int WIDTH = 720;
    static final int PLOT_LEFT = 64;
    static final int PLOT_TOP = 40;
    static final int PLOT_WIDTH = 620;
    static final int PLOT_HEIGHT = 220;
    static final int TICKS = 4;
    private static final String INK = "#1d2433";
    private static final String GRID = "#d9dde6";
    private static final Escaper XML = Escaper.builder().add('"', "&quot;").add('\'', "&#39;").add('&', "&amp;")
            .add('<', "&lt;").add('>', "&gt;").build();
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** The chart's SVG markup, ready to be placed in the page as it is. */
    public RawString svg() {
        int legendRows = series.size() > 1 ? (series.size() + 2) / 3 : 0;
        int height = PLOT_TOP + PLOT_HEIGHT + 56 + legendRows * 20;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        double top = niceTop(maximumStack(), wholeNumbers);
        yAxis(svg, top);
        bars(svg, top);
        xAxis(svg);
        legend(svg, PLOT_TOP + PLOT_HEIGHT + 56);
        return new RawString(svg.append("</svg>").toString());
    }

    /** The tallest stack, the scale's reference. */
    double maximumStack() {
        double maximum = 0;
        for (int i = 0; i < categories.size(); i++) {
            double stack = 0;
            for (Series layer : series) {
                stack += Math.max(0, layer.values()[i]);
            }
            maximum = Math.max(maximum, stack);
        }
        return maximum;
    }

    /**
     * The top of the y axis: {@link #TICKS} equal steps of 1, 2, 2.5 or 5 times a power of ten, so every tick label
     * reads easily; counts never get a step below 1 or of 2.5.
     */
    static double niceTop(double maximum, boolean wholeNumbers) {
        if (maximum <= 0) {
            return 1;
        }
        double rough = maximum / TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        if (wholeNumbers && power < 1) {
            power = 1;
        }
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            boolean fits = step * power >= rough;
            if (fits && !(wholeNumbers && power == 1 && step == 2.5)) {
                return step * power * TICKS;
            }
        }
        return 10 * power * TICKS;
    }

    private void yAxis(StringBuilder svg, double top) {
        // With nothing to draw, only the zero line: ticks of an arbitrary scale would suggest values.
        int ticks = maximumStack() > 0 ? TICKS : 0;
        for (int tick = 0; tick <= ticks; tick++) {
            double value = top * tick / TICKS;
            double y = PLOT_TOP + PLOT_HEIGHT - PLOT_HEIGHT * tick / (double) TICKS;
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_LEFT + PLOT_WIDTH)
                    .append("\" y1=\"").append(number(y)).append("\" y2=\"").append(number(y))
                    .append("\" stroke=\"").append(tick == 0 ? INK : GRID).append("\"/>");
            text(svg, PLOT_LEFT - 6, y + 4, "end", format.apply(value));
        }
        svg.append("<text x=\"16\" y=\"").append(PLOT_TOP + PLOT_HEIGHT / 2).append("\" fill=\"").append(INK)
                .append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
                .append(PLOT_TOP + PLOT_HEIGHT / 2).append(")\">").append(escape(yAxisLabel)).append("</text>");
    }

    private void bars(StringBuilder svg, double top) {
        double slot = PLOT_WIDTH / (double) Math.max(1, categories.size());
        double barWidth = Math.max(1, slot * 0.7);
        for (int i = 0; i < categories.size(); i++) {
            double x = PLOT_LEFT + slot * i + (slot - barWidth) / 2;
            double base = PLOT_TOP + PLOT_HEIGHT;
            for (Series layer : series) {
                double value = Math.max(0, layer.values()[i]);
                if (value == 0) {
                    continue;
                }
                double barHeight = PLOT_HEIGHT * value / top;
                base -= barHeight;
                svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(base))
                        .append("\" width=\"").append(number(barWidth)).append("\" height=\"")
                        .append(number(barHeight)).append("\" fill=\"").append(layer.colour()).append("\"><title>")
                        .append(escape(categories.get(i) + " · " + layer.name() + ": " + format.apply(value)))
                        .append("</title></rect>");
            }
        }
    }

    /** Labels every bar when they fit, else about eight evenly spaced ones. */
    private void xAxis(StringBuilder svg) {
        double slot = PLOT_WIDTH / (double) Math.max(1, categories.size());
        int every = Math.max(1, (int) Math.ceil(categories.size() / 8.0));
        for (int i = 0; i < categories.size(); i += every) {
            text(svg, PLOT_LEFT + slot * i + slot / 2, PLOT_TOP + PLOT_HEIGHT + 16, "middle", categories.get(i));
        }
        text(svg, PLOT_LEFT + PLOT_WIDTH / 2.0, PLOT_TOP + PLOT_HEIGHT + 38, "middle", xAxisLabel);
    }

    private void legend(StringBuilder svg, int y) {
        if (series.size() < 2) {
            return;
        }
        for (int i = 0; i < series.size(); i++) {
            int x = PLOT_LEFT + (i % 3) * 210;
            int rowY = y + (i / 3) * 20;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(rowY - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(series.get(i).colour()).append("\"/>");
            text(svg, x + 18, rowY, "start", series.get(i).name());
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String content) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" fill=\"")
                .append(INK).append("\" font-size=\"12\" text-anchor=\"").append(anchor).append("\">")
                .append(escape(content)).append("</text>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** XML-escapes text; XML 1.0 forbids most control characters even escaped, so a pasted one is dropped. */
    static String escape(String text) {
        return XML.escape(CONTROL.matcher(text).replaceAll(""));
    }
}
