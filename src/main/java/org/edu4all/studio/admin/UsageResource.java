package org.edu4all.studio.admin;

import java.time.LocalDate;

import org.edu4all.studio.generation.ImageGenerator;
import org.edu4all.studio.generation.provider.ProviderStatus;
import org.edu4all.studio.security.Role;
import org.edu4all.studio.web.UserLocale;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The admins' usage dashboard: charts of what the school's classes did, the people, and the image service. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class UsageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(UsageFilter filter, UsageReport report, UsageCharts charts,
                UserPage users, ProviderStatus.Snapshot provider);
    }

    @Inject
    UsageQueries queries;

    @Inject
    UsageConfig config;

    @Inject
    UserLocale locale;

    @Inject
    ImageGenerator generator;

    /**
     * Dates and the page number arrive as text: a hand-edited URL with a bad date shows the default range with a
     * message and keeps what was typed; a bad page number shows page 1 ({@link org.edu4all.studio.web.PageSpan}).
     */
    @GET
    @Path("admin/usage")
    public TemplateInstance dashboard(@RestQuery String from, @RestQuery String to, @RestQuery String page) {
        UsageFilter filter = UsageFilter.read(from, to, LocalDate.now(config.timeZone()), config);
        UsageRange range = filter.range();
        Figures figures = new Figures(locale.get());
        UsageMessages text = MessageBundles.get(UsageMessages.class, Localized.Literal.of(locale.language()));
        UsageReport report = UsageReport.of(range, queries.dailyTotals(range, config.timeZone()),
                queries.imagesPerClass(range, config.timeZone()), queries.errorCodes(range, config.timeZone()),
                config.chartedClasses(), text.usage_other_classes(), figures);
        return Templates.dashboard(filter, report, UsageCharts.of(report, text, figures),
                UserPage.load(page, config.usersPerPage()), generator.status());
    }
}
