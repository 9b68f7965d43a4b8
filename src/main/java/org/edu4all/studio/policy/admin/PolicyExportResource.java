package org.edu4all.studio.policy.admin;

import org.edu4all.studio.security.Role;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * Both lists as downloads, in exactly the format the import and {@code bin/policy-check --list} read: an export
 * imported again (or handed to the CLI) is the same list.
 */
@Path("/")
@RolesAllowed(Role.ADMIN_NAME)
public class PolicyExportResource {

    private static final String TSV = "text/tab-separated-values;charset=UTF-8";
    private static final String CSV = "text/csv;charset=UTF-8";

    @GET
    @Path("admin/policy/terms.tsv")
    @Produces(TSV)
    public Response termsTsv() {
        return download(ListExport.termsTsv(), "edu4all-terms.tsv", TSV);
    }

    @GET
    @Path("admin/policy/terms.csv")
    @Produces(CSV)
    public Response termsCsv() {
        return download(ListExport.termsCsv(), "edu4all-terms.csv", CSV);
    }

    @GET
    @Path("admin/policy/allowlist.tsv")
    @Produces(TSV)
    public Response allowlistTsv() {
        return download(ListExport.phrasesTsv(), "edu4all-allowlist.tsv", TSV);
    }

    @GET
    @Path("admin/policy/allowlist.csv")
    @Produces(CSV)
    public Response allowlistCsv() {
        return download(ListExport.phrasesCsv(), "edu4all-allowlist.csv", CSV);
    }

    private static Response download(String body, String fileName, String type) {
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
