package org.edu4all.studio.image;

import java.util.LinkedHashMap;
import java.util.Map;

import org.edu4all.studio.gallery.HandIn;
import org.edu4all.studio.generation.offline.OfflineImageGenerator;
import org.edu4all.studio.security.AppUser;
import org.edu4all.studio.security.CurrentUser;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Serves image bytes, after checking who is asking, and before any byte is read. Images never change once stored,
 * so they are cached for a year in the user's own browser (private: never in a shared proxy) with an ETag. A
 * thumbnail not made yet (see {@link ThumbnailWorker}) is answered with the original under another ETag and without
 * that year: the browser asks again and gets the real thumbnail once it exists.
 */
@Path("/")
@Authenticated
public class ImageResource {

    private static final String CACHE = "private, max-age=31536000, immutable";
    /** For the original standing in for a thumbnail still being made: kept, but checked again on every use. */
    private static final String REVALIDATE = "private, no-cache";

    @Inject
    CurrentUser currentUser;

    @Inject
    ImageAccess access;

    @Inject
    ThumbnailCache thumbnails;

    @GET
    @Path("images/{id}")
    public Response full(@RestPath long id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return serve(id, ifNoneMatch, false);
    }

    @GET
    @Path("images/{id}/thumb")
    public Response thumbnail(@RestPath long id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return serve(id, ifNoneMatch, true);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(StoredImage image, HandIn handIn, boolean insider, boolean editable);
    }

    /**
     * One image with what is known about it. Its maker, their teacher and admins see the prompt and the final prompt;
     * classmates see what was handed in (title, alt text).
     */
    @GET
    @Path("images/{id}/view")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance view(@RestPath long id) {
        AppUser me = currentUser.get();
        StoredImage image = visible(id);
        boolean insider = image.owner.id.equals(me.id) || me.isAdmin() || me.isTeacher();
        // Its maker may edit it with a mask while the assignment is open (edit.EditResource).
        boolean editable = image.owner.id.equals(me.id) && me.isStudent() && !image.request.assignment.isClosed();
        return Templates.view(image, HandIn.ofImage(image.id).orElse(null), insider, editable);
    }

    /**
     * The original bytes, with text metadata added in front of the end (prompt, model, date, "AI-generated" or
     * "offline preview"): the image data itself is never re-encoded.
     */
    @GET
    @Path("images/{id}/download")
    public Response download(@RestPath long id) {
        StoredImage image = visible(id);
        ImageData data = ImageData.findById(id);
        boolean offline = OfflineImageGenerator.ID.equals(image.request.provider);
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", image.request.prompt);
        text.put("Software", "Edu4All Image Studio");
        text.put("Source", image.request.model == null ? "unknown" : image.request.model);
        text.put("Creation Time", image.createdAt.toString());
        text.put("Comment", offline ? "Offline preview, not AI-generated" : "AI-generated");
        byte[] bytes = "image/png".equals(image.mediaType) ? PngTextChunks.withText(data.bytes, text) : data.bytes;
        String extension = "image/png".equals(image.mediaType) ? "png" : "jpg";
        return Response.ok(bytes).type(image.mediaType)
                .header("Content-Disposition", "attachment; filename=\"edu4all-" + image.id + "." + extension + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The image, once {@link ImageAccess} has said this person may see it; 404 for everyone else. */
    private StoredImage visible(long id) {
        access.visibleTo(currentUser.identity(), id).orElseThrow(NotFoundException::new);
        return StoredImage.find("from StoredImage i join fetch i.request r join fetch r.assignment a"
                + " join fetch a.schoolClass where i.id = ?1", id).firstResult();
    }

    private Response serve(long id, String ifNoneMatch, boolean thumbnail) {
        ImageFacts image = access.visibleTo(currentUser.identity(), id).orElseThrow(NotFoundException::new);
        boolean standIn = thumbnail && image.thumbnailState() != ThumbnailState.READY;
        EntityTag etag = new EntityTag(image.sha256() + (standIn ? "-o" : thumbnail ? "-t" : ""));
        String cache = standIn ? REVALIDATE : CACHE;
        if (ifNoneMatch != null && ifNoneMatch.contains(etag.getValue())) {
            return Response.notModified(etag).header("Cache-Control", cache).build();
        }
        // Only what this answer needs: a gallery page asks for 48 thumbnails of 10-40 KB each, and loading every
        // image's 1-3 MB original alongside would multiply the database traffic by a hundred.
        // Only READY thumbnails reach the cache: a stand-in is the original, read each time until the thumbnail exists.
        ImageData.Served body = thumbnail && !standIn ? thumbnails.get(id)
                : new ImageData.Served(ImageData.originalOf(id), image.mediaType());
        return Response.ok(body.bytes()).type(body.mediaType()).tag(etag)
                .header("Cache-Control", cache)
                .build();
    }
}
