package org.edu4all.studio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

import org.edu4all.studio.assignment.Assignment;
import org.edu4all.studio.classroom.SchoolClass;
import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.generation.Aspect;
import org.edu4all.studio.generation.GeneratedImage;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.ImageSize;
import org.edu4all.studio.generation.RequestStatus;
import org.edu4all.studio.generation.offline.OfflinePainter;
import org.edu4all.studio.image.ImageStore;
import org.edu4all.studio.image.PreparedImage;
import org.edu4all.studio.image.SafetyVerdict;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.image.Thumbnailer;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.support.PhotoLikeImage;
import org.edu4all.studio.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The gallery benchmark (issue 6, point 8), run only by {@code bench/gallery-bench.sh}: a class with 500 photo-like
 * images of provider size, a teacher signed in through the real OIDC flow, and wrk at 50 connections on the
 * assignment gallery (48 thumbnails a page), on the thumbnails themselves, and on a trivial signed-in text endpoint
 * of the same app ({@link BenchPing}) as the yardstick. It asserts only that the setup is right, never a timing:
 * targets become PASS/FAIL lines in the results.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "gallery")
class GalleryBench {

    private static final int IMAGES = 500;
    private static final int STUDENTS = 25;
    private static final int DISTINCT_PICTURES = 8;
    private static final int CONNECTIONS = 50;
    private static final ImageSize[] PROVIDER_SIZES = { new ImageSize(1024, 1024), new ImageSize(1536, 1024),
        new ImageSize(1024, 1536) };

    @TestHTTPResource("/")
    URI base;

    @Inject
    ImageStore images;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void galleryUnderLoad() throws Exception {
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
        // 20 s a target: after 5 s the JIT was still compiling through the measured runs (the ping before them ran at
        // half the rate of the ping after), which a school's server, up for days, has long finished.
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 20));
        BenchResults results = new BenchResults("gallery");

        String teacher = OidcSignIn.cookieHeader(base, "teo");
        String stranger = OidcSignIn.cookieHeader(base, "bea");
        Assignment assignment = seed(teacherSignedIn());
        settleDatabase();
        List<Long> ids = firstPageImageIds(assignment);

        List<String> galleryPages = IntStream.rangeClosed(1, IMAGES / 48)
                .mapToObj(p -> "/assignments/" + assignment.id + "/gallery?page=" + p).toList();
        List<String> thumbs = ids.stream().map(id -> "/images/" + id + "/thumb").toList();
        checkSetup(results, teacher, stranger, galleryPages.get(0), ids.get(0));
        thumbnailWeights(results);

        long jitBefore = BenchResults.jitMillis();
        for (List<String> paths : List.of(List.of("/bench/ping"), galleryPages, thumbs)) {
            Wrk.run("warm-up", base, paths, teacher, CONNECTIONS, warmUp);
        }
        long jitWarmUp = BenchResults.jitMillis() - jitBefore;
        jitBefore = BenchResults.jitMillis();
        Wrk.Result pingBefore = Wrk.run("ping-before", base, List.of("/bench/ping"), teacher, CONNECTIONS, measured);
        Wrk.Result gallery = Wrk.run("gallery-page", base, galleryPages, teacher, CONNECTIONS, measured);
        Wrk.Result thumbnails = Wrk.run("thumbnails", base, thumbs, teacher, CONNECTIONS, measured);
        Wrk.Result pingAfter = Wrk.run("ping-after", base, List.of("/bench/ping"), teacher, CONNECTIONS, measured);
        long jitMeasured = BenchResults.jitMillis() - jitBefore;
        checkStillSignedIn(teacher, galleryPages.get(0));

        double pingRate = (pingBefore.perSecond() + pingAfter.perSecond()) / 2;
        results.put("wrk", List.of(pingBefore, gallery, thumbnails, pingAfter));
        results.line("wrk, %d connections, %d s per run after a %d s warm-up, each run's own numbers:", CONNECTIONS,
                measured.toSeconds(), warmUp.toSeconds());
        for (Wrk.Result r : List.of(pingBefore, gallery, thumbnails, pingAfter)) {
            results.line("  %-13s %8.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %5.1f KB/resp"
                    + "  errors %d/%d", r.name(), r.perSecond(), r.p50() / 1000.0, r.p90() / 1000.0, r.p99Millis(),
                    r.max() / 1000.0, r.bytes() / 1024.0 / Math.max(1, r.requests()), r.errorsStatus(),
                    r.errorsSocket());
        }
        results.put("jitCompilationMs", Map.of("warmUp", jitWarmUp, "measured", jitMeasured));
        results.line("JIT compilation time (all compiler threads): %.1f s during the warm-ups, %.1f s during the four"
                + " measured runs", jitWarmUp / 1000.0, jitMeasured / 1000.0);
        results.line("Yardstick: GET /bench/ping (signed in, text/plain, test sources only), mean of before and after:"
                + " %.0f req/s", pingRate);
        for (Wrk.Result r : List.of(gallery, thumbnails)) {
            double ratio = r.perSecond() / pingRate;
            results.put(r.name() + "-ratio", ratio);
            results.target(r.name() + " throughput >= 0.5 x ping", ratio >= 0.5, String.format("%.2f", ratio));
            results.target(r.name() + " p99 < 50 ms", r.p99Millis() < 50, String.format("%.2f ms", r.p99Millis()));
            results.target(r.name() + " without errors", r.errorsStatus() + r.errorsSocket() == 0,
                    r.errorsStatus() + " status, " + r.errorsSocket() + " socket");
        }
        results.write();
    }

    private AppUser teacherSignedIn() {
        return AppUser.<AppUser> find("role = ?1 order by id desc", Role.TEACHER).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("signing in did not provision the teacher"));
    }

    /** 25 students with 20 images each, every fifth handed in; 8 distinct pictures of provider sizes, reused. */
    private Assignment seed(AppUser teacher) throws IOException {
        SchoolClass schoolClass = TestData.schoolClass(teacher, "Bench 4ºB");
        Assignment assignment = TestData.assignment(schoolClass, "Monumentos en nuevos contextos", 100);
        List<AppUser> students = new ArrayList<>();
        for (int s = 0; s < STUDENTS; s++) {
            AppUser student = TestData.user("bench-student-" + s, Role.STUDENT);
            TestData.enroll(schoolClass, student);
            students.add(student);
        }
        List<PreparedImage> pictures = new ArrayList<>();
        for (int p = 0; p < DISTINCT_PICTURES; p++) {
            ImageSize size = PROVIDER_SIZES[p % PROVIDER_SIZES.length];
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(PhotoLikeImage.paint(size.width(), size.height(), p), "png", png);
            // Thumbnails made now, as the background thumbnailer would have made them by the time a gallery is seen.
            pictures.add(images.withThumbnail(images.prepare(new GeneratedImage(png.toByteArray(), "image/png",
                    size))));
        }
        for (int batch = 0; batch < IMAGES; batch += 50) {
            int from = batch;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < from + 50; i++) {
                    store(assignment, students.get(i % STUDENTS), i, pictures.get(i % DISTINCT_PICTURES));
                }
            });
        }
        return assignment;
    }

    private void store(Assignment assignment, AppUser student, int i, PreparedImage picture) {
        GenerationRequest request = new GenerationRequest();
        request.assignment = Assignment.findById(assignment.id);
        request.student = AppUser.findById(student.id);
        request.prompt = "Perro junto a la Torre Eiffel, versión " + i;
        request.finalPrompt = request.prompt;
        request.aspect = Aspect.SQUARE;
        request.imageCount = 1;
        request.seed = i;
        request.status = RequestStatus.SUCCEEDED;
        request.idempotencyKey = UUID.randomUUID();
        request.createdAt = Instant.now();
        request.finishedAt = request.createdAt;
        request.provider = "openai";
        request.model = "gpt-image-1-mini";
        request.persist();
        StoredImage image = StoredImage.findById(images.store(request.id, request.student.id, 0, picture,
                SafetyVerdict.CLEAR));
        if (i % 5 == 0) {
            HandIn handIn = new HandIn();
            handIn.assignment = request.assignment;
            handIn.student = request.student;
            handIn.image = image;
            handIn.title = "Mi perro en París " + i;
            handIn.altText = "Un perro junto a la Torre Eiffel al amanecer";
            handIn.handedInAt = Instant.now();
            // One hand-in per student and assignment: only the first image of each student is handed in.
            if (HandIn.of(request.assignment, request.student).isEmpty()) {
                handIn.persist();
            }
        }
    }

    /**
     * Seeding writes 1.2 GB of images: without this, PostgreSQL's checkpoint and autovacuum of that bulk load run
     * during the first measurements (the first ping run measured a third of the last one). The benchmark is about
     * steady state, so the load is vacuumed, analysed and checkpointed first.
     */
    private void settleDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
    }

    private List<Long> firstPageImageIds(Assignment assignment) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select i.id from StoredImage i"
                + " where i.request.assignment.id = ?1 order by i.createdAt desc, i.id desc", Long.class)
                .setParameter(1, assignment.id).setMaxResults(48).getResultList());
    }

    /** The page and images answer as they should before any load: 48 tiles, cache headers, strangers get 404. */
    private void checkSetup(BenchResults results, String teacher, String stranger, String galleryPage, long imageId)
            throws IOException, InterruptedException {
        HttpResponse<String> page = send(galleryPage, teacher, Map.of());
        assertThat(page.statusCode()).as("gallery page").isEqualTo(200);
        assertThat(page.body().split("class=\"gallery-item\"", -1).length - 1).as("tiles").isEqualTo(48);
        HttpResponse<String> thumb = send("/images/" + imageId + "/thumb", teacher, Map.of());
        String etag = thumb.headers().firstValue("ETag").orElse("");
        String cache = thumb.headers().firstValue("Cache-Control").orElse("");
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(cache).isEqualTo("private, max-age=31536000, immutable");
        HttpResponse<String> again = send("/images/" + imageId + "/thumb", teacher, Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).as("revalidation").isEqualTo(304);
        HttpResponse<String> strangers = send("/images/" + imageId + "/thumb", stranger, Map.of());
        assertThat(strangers.statusCode()).as("a student of no class of this teacher").isEqualTo(404);
        assertThat(strangers.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> full = send("/images/" + imageId, teacher, Map.of());
        assertThat(full.headers().firstValue("Cache-Control")).contains("private, max-age=31536000, immutable");
        results.put("headers", Map.of("thumbnailETag", etag, "cacheControl", cache, "ifNoneMatchStatus",
                again.statusCode(), "strangerStatus", strangers.statusCode(), "galleryPageBytes",
                page.body().length()));
        results.line("Headers: thumbnail and full image ETag %s, Cache-Control \"%s\", If-None-Match -> %d,"
                + " another class's student -> %d (no ETag, no bytes)", etag, cache, again.statusCode(),
                strangers.statusCode());
    }

    private void checkStillSignedIn(String teacher, String galleryPage) throws IOException, InterruptedException {
        assertThat(send(galleryPage, teacher, Map.of()).statusCode()).as("session still valid after the runs")
                .isEqualTo(200);
    }

    /** Thumbnail bytes over full image bytes: the seeded photo-like set, and offline previews for comparison. */
    private void thumbnailWeights(BenchResults results) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select sum(length(thumbnail)), sum(length(bytes)), count(*) from image_data").getSingleResult());
        double photoRatio = ((Number) row[0]).doubleValue() / ((Number) row[1]).doubleValue();
        OfflinePainter painter = new OfflinePainter();
        Thumbnailer thumbnailer = new Thumbnailer();
        long offlineFull = 0;
        long offlineThumbs = 0;
        String[] prompts = { "Perro junto a la Torre Eiffel a primera hora de la mañana", "un gato en la playa al"
            + " atardecer", "castillo nevado de noche", "a robot reading in a library", "dragón amable en el bosque" };
        for (int i = 0; i < 20; i++) {
            byte[] png = painter.paint(prompts[i % prompts.length], PROVIDER_SIZES[i % PROVIDER_SIZES.length], i);
            offlineFull += png.length;
            offlineThumbs += thumbnailer.make(png).bytes().length;
        }
        double offlineRatio = (double) offlineThumbs / offlineFull;
        results.put("thumbnailRatio", Map.of("photoLike", photoRatio, "photoLikeImages", row[2],
                "photoLikeMeanFullBytes", ((Number) row[1]).longValue() / ((Number) row[2]).longValue(),
                "offlinePreview", offlineRatio, "offlinePreviewMeanFullBytes", offlineFull / 20));
        results.line("Thumbnail weight: photo-like provider-size PNGs (%d stored, mean %d KB) %.2f %% of the full"
                + " bytes", ((Number) row[2]).longValue(),
                ((Number) row[1]).longValue() / ((Number) row[2]).longValue() / 1024, 100 * photoRatio);
        results.target("thumbnails <= 10 % of photo-like image bytes", photoRatio <= 0.10,
                String.format("%.2f %%", 100 * photoRatio));
        // Not a target: the class's gallery is made of provider images. Offline previews are the no-key stand-in, flat
        // 25-48 KB PNGs; no legible JPEG thumbnail reaches a tenth of them (quality 0.2 still gives 10.3 %), and they
        // are not made heavier to pass. Their weight is printed so that a change to the thumbnailer shows here too.
        results.line("Offline previews (20, mean %d KB; for comparison, not the class's images): thumbnails %.1f %% of"
                + " their bytes, %d bytes on average", offlineFull / 20 / 1024, 100 * offlineRatio, offlineThumbs / 20);
    }

    private HttpResponse<String> send(String path, String cookie, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
