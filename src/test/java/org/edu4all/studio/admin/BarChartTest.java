package org.edu4all.studio.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static final Figures FIGURES = new Figures(Locale.ENGLISH);

    @Test
    void isWellFormedSvgWithItsTitleAndDescriptionAsAccessibleName() throws Exception {
        Document svg = parse(chart(List.of(new BarChart.Series("3º A", "#2d5bd7", new double[] { 1, 2, 3 }))));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c-title c-desc");
        assertThat(text(svg, "title", 0)).isEqualTo("Images per day");
        assertThat(text(svg, "desc", 0)).isEqualTo("6 images in all");
    }

    @Test
    void drawsAxisLabelsAndBarHeightsInProportion() throws Exception {
        Document svg = parse(chart(List.of(new BarChart.Series("3º A", "#2d5bd7", new double[] { 1, 2, 4 }))));

        List<Element> bars = elements(svg, "rect");
        assertThat(bars).hasSize(3);
        double one = Double.parseDouble(bars.get(0).getAttribute("height"));
        assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))).isCloseTo(2 * one, org.assertj.core.data.Offset.offset(0.2));
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height"))).isCloseTo(4 * one, org.assertj.core.data.Offset.offset(0.2));
        List<String> texts = elements(svg, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("Day", "Images", "03-01", "03-03", "0", "1", "2", "3", "4");
    }

    @Test
    void stacksSeriesAndShowsALegendOnlyForMoreThanOne() throws Exception {
        List<BarChart.Series> two = List.of(new BarChart.Series("A", "#2d5bd7", new double[] { 1, 0, 2 }),
                new BarChart.Series("B", "#b3261e", new double[] { 1, 1, 0 }));
        Document stacked = parse(chart(two));
        // Four non-empty segments plus two legend swatches.
        assertThat(elements(stacked, "rect")).hasSize(6);
        assertThat(elements(stacked, "text").stream().map(Element::getTextContent)).contains("A", "B");

        Document single = parse(chart(List.of(new BarChart.Series("Solo", "#2d5bd7", new double[] { 1, 1, 1 }))));
        assertThat(elements(single, "text").stream().map(Element::getTextContent)).doesNotContain("Solo");
    }

    @Test
    void escapesEveryTextSoAClassNameCannotInjectMarkup() throws Exception {
        String name = "<script>alert('x')</script> & \"co\"\u0007";
        String markup = chart(List.of(new BarChart.Series(name, "#2d5bd7", new double[] { 1, 0, 0 }),
                new BarChart.Series("B", "#b3261e", new double[] { 0, 1, 0 })));

        assertThat(markup).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(elements(parse(markup), "text").stream().map(Element::getTextContent))
                .contains("<script>alert('x')</script> & \"co\"");
    }

    @Test
    void anEmptyRangeStillDrawsItsAxes() throws Exception {
        Document svg = parse(chart(List.of(new BarChart.Series("A", "#2d5bd7", new double[] { 0, 0, 0 }))));

        assertThat(elements(svg, "rect")).isEmpty();
        assertThat(elements(svg, "line")).hasSize(1);
    }

    @Test
    void theScaleStepsAreRoundAndCountsStepByWholeNumbers() {
        assertThat(BarChart.niceTop(0, true)).isEqualTo(1);
        assertThat(BarChart.niceTop(2, true)).isEqualTo(4);
        assertThat(BarChart.niceTop(5, true)).isEqualTo(8);
        assertThat(BarChart.niceTop(9, true)).isEqualTo(20);
        assertThat(BarChart.niceTop(9, false)).isEqualTo(10);
        assertThat(BarChart.niceTop(220, true)).isEqualTo(400);
        assertThat(BarChart.niceTop(0.5, false)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BarChart.niceTop(0.04, false)).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static String chart(List<BarChart.Series> series) {
        return new BarChart("c", "Images per day", "6 images in all", "Day", "Images",
                List.of("03-01", "03-02", "03-03"), series, true, FIGURES::count).svg().getValue();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document svg, String tag, int index) {
        return svg.getElementsByTagNameNS("*", tag).item(index).getTextContent();
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagNameNS("*", tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
