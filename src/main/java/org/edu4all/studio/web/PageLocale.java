package org.edu4all.studio.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sets every page's language (message bundles follow it) when a resource creates its template instance, and loads
 * the flash then, on the request's worker thread, for {@link PageGlobals}.
 */
@Unremovable
@ApplicationScoped
public class PageLocale implements TemplateInstance.Initializer {

    @Inject
    UserLocale locale;

    @Inject
    Flash flash;

    @Override
    public void accept(TemplateInstance page) {
        page.setLocale(locale.get());
        flash.current();
    }
}
