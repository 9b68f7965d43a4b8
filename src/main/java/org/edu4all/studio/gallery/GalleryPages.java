package org.edu4all.studio.gallery;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.edu4all.studio.security.SignedInIdentity;
import org.edu4all.studio.web.Flash;
import org.edu4all.studio.web.UserLocale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rendered gallery pages, kept in memory under everything they depend on. A teacher pages through a gallery of
 * hundreds of images again and again while it hardly changes; a page from the cache costs no query once the
 * assignment is known ({@link AssignmentGallery#managedBy}), instead of four queries and a template.
 *
 * <p>Safe because the key holds all a page shows: the assignment's stamp (which moves with every change a database
 * trigger announces: images, hand-ins, reviews, enrolments, names; {@link GalleryVersions}), its title, the viewer
 * (the layout shows their name and role), the language and the filters. A page with a flash message, or rendered
 * while changes cannot be seen (no stamp), is never cached. The page must hold nothing
 * secret per session (no CSRF token): {@code GalleryPagesTest} checks it.
 */
@ApplicationScoped
public class GalleryPages {

    /** What one rendered page depends on. */
    public record Key(long assignmentId, GalleryVersions.Stamp stamp, String title, SignedInIdentity viewer,
            String language, String filters) {

        public Key(GalleryHeader assignment, SignedInIdentity viewer, String language, GalleryFilter filter) {
            this(assignment.id(), assignment.stamp(), assignment.title(), viewer, language,
                    filter.queryFor(filter.pageIndex() + 1));
        }
    }

    private final Cache<Key, byte[]> pages;
    private final Flash flash;
    private final UserLocale locale;

    @Inject
    GalleryPages(GalleryConfig config, Flash flash, UserLocale locale) {
        this.flash = flash;
        this.locale = locale;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(config.pageCacheMegabytes() * 1024L * 1024L)
                .weigher((Key key, byte[] html) -> html.length)
                .expireAfterAccess(config.pageCacheIdle())
                .build();
    }

    /**
     * The page for this key, as UTF-8: from the cache, or rendered (once, however many ask at the same moment) and
     * kept. Kept encoded, so a page served from the cache is not encoded again.
     */
    public byte[] html(Key key, Supplier<TemplateInstance> page) {
        if (key.stamp() == null || flash.current().hasMessage()) {
            return render(page);
        }
        return pages.get(key, k -> render(page));
    }

    /**
     * Quarkus REST sets the language of a page it renders itself (from {@code Accept-Language}, which
     * {@code LanguageChoiceFilter} aligns with the language switch); a page rendered here gets the same language.
     */
    private byte[] render(Supplier<TemplateInstance> page) {
        return page.get().setLocale(locale.get()).render().getBytes(StandardCharsets.UTF_8);
    }

    /** How many pages are held: for tests. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
