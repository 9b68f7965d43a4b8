package org.edu4all.studio.gallery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.image.ImageData;
import org.edu4all.studio.image.SafetyStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * An assignment's images as a ZIP, with {@code images.csv} and {@code images.json} describing each one (student,
 * prompt, final prompt, model, date, alt text, feedback). Streamed: one image's bytes are in memory at a time, never
 * the whole archive.
 */
@ApplicationScoped
public class GalleryExport {

    /** What the CSV and JSON say about one image. */
    record Row(long imageId, String file, String student, String prompt, String finalPrompt, String model,
            String createdAt, boolean handedIn, String title, String altText, String feedback) {
    }

    private static final List<String> COLUMNS = List.of("file", "student", "prompt", "final_prompt", "model",
            "created_at", "handed_in", "title", "alt_text", "feedback");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public void write(Assignment assignment, OutputStream target) throws IOException {
        List<Row> rows = QuarkusTransaction.requiringNew().call(() -> rows(assignment.id));
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            for (Row row : rows) {
                byte[] bytes = QuarkusTransaction.requiringNew().call(() -> {
                    ImageData data = em.find(ImageData.class, row.imageId());
                    byte[] found = data.bytes;
                    em.detach(data); // keep the session from holding every image of the export
                    return found;
                });
                zip.putNextEntry(new ZipEntry(row.file()));
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("images.csv"));
            Writer csv = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            csv.write('\uFEFF'); // so that spreadsheet programs read the accents right
            csv.write(String.join(",", COLUMNS) + "\r\n");
            for (Row row : rows) {
                csv.write(csvLine(row));
            }
            csv.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("images.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows.stream().map(GalleryExport::asMap)
                    .toList()));
            zip.closeEntry();
        }
    }

    private List<Row> rows(long assignmentId) {
        List<Object[]> found = em.createQuery("select i.id, i.mediaType, s.displayName, r.prompt, r.finalPrompt, r.model,"
                + " i.createdAt, h.title, h.altText, h.feedback from StoredImage i join i.request r join r.student s"
                + " left join HandIn h on h.image = i where r.assignment.id = ?1 and i.safetyStatus in ?2"
                + " order by s.displayName, i.id", Object[].class).setParameter(1, assignmentId)
                .setParameter(2, SafetyStatus.SHOWN_TO_STUDENTS).getResultList();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] f : found) {
            long id = (Long) f[0];
            String extension = "image/jpeg".equals(f[1]) ? "jpg" : "png";
            rows.add(new Row(id, "images/" + id + "." + extension, (String) f[2], (String) f[3], (String) f[4],
                    (String) f[5], String.valueOf(f[6]), f[7] != null, (String) f[7], (String) f[8], (String) f[9]));
        }
        return rows;
    }

    private static Map<String, Object> asMap(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> values = values(row);
        for (int i = 0; i < COLUMNS.size(); i++) {
            map.put(COLUMNS.get(i), values.get(i));
        }
        return map;
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        values.add(row.file());
        values.add(row.student());
        values.add(row.prompt());
        values.add(row.finalPrompt());
        values.add(row.model());
        values.add(row.createdAt());
        values.add(row.handedIn());
        values.add(row.title());
        values.add(row.altText());
        values.add(row.feedback());
        return values;
    }

    private static String csvLine(Row row) {
        List<String> cells = new ArrayList<>();
        for (Object value : values(row)) {
            cells.add(csvCell(value == null ? "" : value.toString()));
        }
        return String.join(",", cells) + "\r\n";
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralised so that a prompt never runs as a spreadsheet formula. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
