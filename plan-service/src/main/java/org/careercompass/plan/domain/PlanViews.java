package org.careercompass.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of plans, goals and actions. PATCH bodies: a missing or null field is left unchanged. */
public final class PlanViews {

    private PlanViews() {
    }

    /** An O*NET-SOC code as people write it ({@code 43-1011.00}, {@code 43-1011}, {@code 431011}). */
    static final String OCCUPATION_CODE = OccupationCodes.AS_WRITTEN;

    @Schema(name = "Plan", description = "A career plan with its goals, actions and progress")
    public record PlanView(UUID id, @Schema(examples = "Move into office management") String title, Phase phase,
            @Schema(examples = "alice") String owner, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(description = "Optimistic-locking version; also the ETag", examples = "3") long version,
            List<GoalView> goals, Progress.Summary progress) {
    }

    @Schema(name = "PlanSummary")
    public record PlanSummary(UUID id, String title, Phase phase, OffsetDateTime updatedAt, long version,
            @Schema(examples = "2") int goals, @Schema(examples = "37.5") double progressPercent) {
    }

    @Schema(name = "Goal", description = "A SMART goal and its actions")
    public record GoalView(UUID id, UUID planId, @Schema(examples = "Become an office manager") String title,
            @Schema(nullable = true, examples = "43-1011.00") String targetOccupation,
            @Schema(nullable = true, examples = "First-Line Supervisors of Office and Administrative Support Workers") String targetTitle,
            @Schema(nullable = true) String aim,
            @Schema(examples = "Hired as office manager at a company of 50+ staff") String measurableOutcome,
            LocalDate targetDate, GoalStatus status, long version, List<ActionView> actions, Progress.Summary progress,
            Progress.TrackView track) {
    }

    @Schema(name = "Action", description = "One step towards a goal; type-specific fields are null where they do not apply")
    public record ActionView(UUID id, UUID goalId, ActionType type,
            @Schema(examples = "Certified Administrative Professional exam") String title,
            @Schema(nullable = true) String notes, @Schema(nullable = true) LocalDate dueDate, ActionStatus status,
            @Schema(nullable = true) LocalDate completedOn, @Schema(nullable = true) BigDecimal effortHours,
            @Schema(nullable = true, examples = "425.00") BigDecimal cost,
            @Schema(nullable = true, examples = "IAAP") String provider, @Schema(nullable = true) Boolean accredited,
            @Schema(nullable = true) String contact, @Schema(nullable = true) String organization,
            @Schema(nullable = true, examples = "OFFER") ActionOutcome outcome,
            @Schema(nullable = true) String lessonsLearned,
            @Schema(nullable = true, description = "Education programmes: the level it leads to") EducationLevel educationLevel,
            @Schema(description = "Due date passed and not done or cancelled") boolean overdue, long version) {
    }

    @Schema(name = "PlanInput")
    public record PlanInput(@NotBlank @Size(max = 200) @Schema(examples = "Move into office management") String title,
            Phase phase) {
    }

    @Schema(name = "PlanPatch", description = "Fields to change; send If-Match or version to guard against lost updates")
    public record PlanPatch(@Size(min = 1, max = 200) String title, Phase phase,
            @Schema(description = "The version you read; a stale one is rejected with 409") Long version) {
    }

    @Schema(name = "GoalInput", description = "A goal to create; actions may come with it (e.g. an accepted proposal)")
    public record GoalInput(@NotBlank @Size(max = 200) @Schema(examples = "Become an office manager") String title,
            @Pattern(regexp = OCCUPATION_CODE, message = "must be an O*NET-SOC code such as 43-1011.00") @Schema(examples = "43-1011.00") String targetOccupation,
            @Size(max = 500) @Schema(nullable = true) String aim,
            @NotBlank @Size(max = 500) @Schema(examples = "Hired as office manager") String measurableOutcome,
            @NotNull @Schema(examples = "2027-12-31") LocalDate targetDate, @Schema(nullable = true) GoalStatus status,
            @Size(max = 50) List<@Valid @NotNull ActionInput> actions) {
    }

    @Schema(name = "GoalPatch")
    public record GoalPatch(@Size(min = 1, max = 200) String title,
            @Pattern(regexp = OCCUPATION_CODE, message = "must be an O*NET-SOC code such as 43-1011.00") String targetOccupation,
            @Size(max = 500) String aim, @Size(min = 1, max = 500) String measurableOutcome, LocalDate targetDate,
            GoalStatus status, Long version) {
    }

    @Schema(name = "ActionInput")
    public record ActionInput(@NotNull ActionType type,
            @NotBlank @Size(max = 200) @Schema(examples = "Certified Administrative Professional exam") String title,
            @Size(max = 4000) @Schema(nullable = true) String notes, @Schema(examples = "2027-03-31") LocalDate dueDate,
            @Schema(nullable = true) ActionStatus status, @Schema(nullable = true) LocalDate completedOn,
            @DecimalMin(value = "0.5") @DecimalMax("10000") BigDecimal effortHours,
            @PositiveOrZero @DecimalMax("10000000") @Schema(nullable = true) BigDecimal cost,
            @Size(max = 200) @Schema(nullable = true) String provider, @Schema(nullable = true) Boolean accredited,
            @Size(max = 200) @Schema(nullable = true) String contact,
            @Size(max = 200) @Schema(nullable = true) String organization,
            @Schema(nullable = true, examples = "OFFER") ActionOutcome outcome,
            @Size(max = 4000) @Schema(nullable = true) String lessonsLearned,
            @Schema(nullable = true, description = "Education programmes only: the level it leads to; the return on education needs it", examples = "BACHELOR") EducationLevel educationLevel) {
    }

    @Schema(name = "ActionPatch")
    public record ActionPatch(ActionType type, @Size(min = 1, max = 200) String title, @Size(max = 4000) String notes,
            LocalDate dueDate, ActionStatus status, LocalDate completedOn,
            @DecimalMin(value = "0.5") @DecimalMax("10000") BigDecimal effortHours,
            @PositiveOrZero @DecimalMax("10000000") BigDecimal cost, @Size(max = 200) String provider,
            Boolean accredited, @Size(max = 200) String contact, @Size(max = 200) String organization,
            ActionOutcome outcome, @Size(max = 4000) String lessonsLearned, EducationLevel educationLevel,
            Long version) {
    }
}
