package org.edu4all.studio.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.edu4all.studio.generation.Aspect;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The teacher's assignment form. Every field arrives as text, so a tampered or half-typed value becomes a field error
 * on the form instead of a failed request.
 */
public record AssignmentForm(
        @RestForm @NotBlank(message = "error_title_required") @Size(max = 200, message = "error_title_too_long") String title,
        @RestForm @NotBlank(message = "error_brief_required") @Size(max = 4000, message = "error_brief_too_long") String brief,
        @RestForm String dueDate,
        @RestForm @NotBlank(message = "error_images_per_student") @Pattern(regexp = "\\d{1,3}", message = "error_images_per_student") String imagesPerStudent,
        @RestForm @Size(max = 1000, message = "error_meta_lines_too_long") String metaPromptLines,
        @RestForm List<String> aspects,
        @RestForm String approvalRequired) {

    /** The values a new assignment's form starts with. */
    public static final Map<String, String> DEFAULTS = Map.of("imagesPerStudent", "8",
            "aspects", "LANDSCAPE,SQUARE,PORTRAIT");

    @AssertTrue(message = "error_aspects_required")
    public boolean isAspects() {
        return !parsedAspects().isEmpty() && parsedAspects().size() == (aspects == null ? 0 : aspects.size());
    }

    /** The shapes ticked, in canonical order; tampered names are dropped (and fail {@link #isAspects()}). */
    public List<Aspect> parsedAspects() {
        return Aspect.parseList(aspects == null ? "" : String.join(",", aspects));
    }

    public boolean approval() {
        return approvalRequired != null && !approvalRequired.isBlank();
    }

    @AssertTrue(message = "error_due_date")
    public boolean isDueDate() {
        return dueDate == null || dueDate.isBlank() || parsedDueDate() != null;
    }

    @AssertTrue(message = "error_images_per_student")
    public boolean isImagesPerStudent() {
        Integer images = images();
        return images == null || (images >= 1 && images <= 100);
    }

    public LocalDate parsedDueDate() {
        try {
            return dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Integer images() {
        try {
            return imagesPerStudent == null ? null : Integer.valueOf(imagesPerStudent.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Map<String, String> values() {
        return Map.of("title", orEmpty(title), "brief", orEmpty(brief), "dueDate", orEmpty(dueDate),
                "imagesPerStudent", orEmpty(imagesPerStudent), "metaPromptLines", orEmpty(metaPromptLines),
                "aspects", aspects == null ? "" : String.join(",", aspects), "approvalRequired", approval() ? "on" : "");
    }

    /** The form's values for an existing assignment, to edit it. */
    public static Map<String, String> valuesOf(Assignment assignment) {
        return Map.of("title", assignment.title, "brief", assignment.brief,
                "dueDate", assignment.dueDate == null ? "" : assignment.dueDate.toString(),
                "imagesPerStudent", Integer.toString(assignment.imagesPerStudent),
                "metaPromptLines", orEmpty(assignment.metaPromptLines), "aspects", assignment.allowedAspects,
                "approvalRequired", assignment.approvalRequired ? "on" : "");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
